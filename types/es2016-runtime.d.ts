// The host functions the send handler's runtimes give it beyond the ES2016 library. Only
// tsconfig.launchevent.json reads this file: the rest of the project gets them from the DOM and Node
// types. Classic Outlook's JavaScript-only runtime has timers but no DOM
// (docs/testing/runtimes.md).
declare function setTimeout(handler: () => void, timeout?: number): number;
declare function clearTimeout(id: number | undefined): void;
