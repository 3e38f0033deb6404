// The host functions the send handler's runtimes give it beyond the ES2016 library. Only
// tsconfig.launchevent.json reads this file: the rest of the project gets them from the DOM and Node
// types. Classic Outlook's JavaScript-only runtime has timers but no DOM
// (docs/testing/runtimes.md).
declare function setTimeout(handler: () => void, timeout?: number): number;
declare function clearTimeout(id: number | undefined): void;
// Every runtime that runs the handler downloads over fetch (absolute URLs in the JavaScript-only
// one); the page runtimes (web, new Outlook, Mac) also have localStorage and location. The handler
// tests each for presence before use.
declare function fetch(
  url: string,
  init?: { cache?: string },
): Promise<{ ok: boolean; status: number; text(): Promise<string> }>;
declare const localStorage: {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
};
declare const location: { origin: string };
