/**
 * The one adapter between Recipient Guard and Office.js, shared by the send handler and the task
 * pane: calls with a queue and timeouts, capability and permission checks, recipients, storage.
 * ES2016 only: the send handler imports it.
 */
export * from "./apis";
export * from "./call";
export * from "./compose";
export * from "./content";
export * from "./deadlines";
export * from "./recipients";
export * from "./storage";
