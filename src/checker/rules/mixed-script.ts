import { hostToUnicode } from "../domain";
import { isMixedScript, scriptNamesOf } from "../unicode";
import { found, type Found } from "./found";

/** mixed-script: one label of the domain mixes alphabets (Latin and Cyrillic), a way to imitate. */
export function mixedScript(host: string): Found | undefined {
  // Only a host with international (xn--) labels can mix scripts.
  if (!host.includes("xn--")) return undefined;
  const mixedLabel = hostToUnicode(host)
    .split(".")
    .find((label) => isMixedScript(label));
  if (!mixedLabel) return undefined;
  return found("mixed-script", { says: "mixed-script", typed: host, scripts: scriptNamesOf(mixedLabel) });
}
