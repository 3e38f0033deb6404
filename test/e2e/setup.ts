// One retry, logged, for every browser test: on this shared machine a browser step has once timed
// out in a clean run (a web-client send that never showed its alert; 1 in about 8 runs of the
// suite). A real break fails both tries.
jest.retryTimes(1, { logErrorsBeforeRetry: true });
