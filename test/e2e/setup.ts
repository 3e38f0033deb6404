// One retry, logged, for every browser test. Its known cause is fixed: the simulator's early-warning
// bar used to appear above the Send button and push it down, so a click aimed at Send as the bar
// appeared missed it and the send never started (1 in about 60 sends in a loop; 0 in 120 since).
// The retry stays as a logged safety net on this shared machine; a real break fails both tries.
jest.retryTimes(1, { logErrorsBeforeRetry: true });
