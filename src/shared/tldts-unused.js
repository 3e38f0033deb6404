/**
 * Stands in, in the browser bundles only, for the parts of tldts-core that the checker never
 * reaches: it calls tldts `parse` with hostname extraction, IP detection, hostname validation,
 * special-use detection and extra suffixes all turned off (see SPLIT_OPTIONS in
 * src/checker/domain.ts). Leaving them out keeps the send handler inside its size budget; reaching
 * one anyway is a bug, and says so instead of answering wrongly.
 */
// Plain JavaScript: webpack swaps it in after choosing loaders for tldts-core's own .js files.
export default function unusedTldtsFeature() {
  throw new Error("this build of tldts leaves out hostname extraction, IP and validity checks");
}

/** Read by tldts-core only after hostname extraction, which never happens here. */
export const extractedHostnameValidated = false;
