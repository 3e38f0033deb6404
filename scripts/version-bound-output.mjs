// For generators whose output comes from this Node's own data (its Unicode or CLDR version): on a
// Node with another version, keep the checked-in file (and say so) rather than call it stale.
// Setting the named environment variable regenerates it anyway, for a move to a newer Node.
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * `{ path: output, content }`, or the checked-in file when the version it records (the first group
 * of `recordedVersion`) differs from `version`. `what` names the data in the warning.
 */
export async function versionBoundOutput({
  generator,
  output,
  content,
  recordedVersion,
  version,
  what,
  override,
}) {
  const existing = await readFile(resolve(ROOT, output), "utf8").catch(() => null);
  const recorded = existing && recordedVersion.exec(existing);
  if (recorded && recorded[1] !== version && !process.env[override]) {
    console.warn(
      `${generator}: this Node has ${what} ${version}, the checked-in file ${recorded[1]}; kept the checked-in file`,
    );
    return { path: output, content: existing };
  }
  return { path: output, content };
}
