// The user's own domain, protected with no configuration (issue 12): how many ordinary domains
// become alarms because the sender's own domain resembles them. 200 of the evaluation corpus's
// negative domains, evenly spaced, each taken in turn as the sender's own; the 20,000 negatives are
// checked as one message and compared with the same message checked with no sender.
//   npm run build && node scripts/eval-own-domain.mjs
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const lib = require("../dist/lib/checker.cjs");
const negatives = readFileSync(new URL("../test/eval-corpus/negatives.txt", import.meta.url), "utf8")
  .trim()
  .split("\n")
  .map((line) => line.split("\t")[0]);
const checker = lib.createChecker(lib.resolvePolicy(lib.parsePolicy({}).data));
const recipients = negatives.map((domain) => ({ emailAddress: `x@${domain}`, field: "bcc" }));
const flagged = (result) =>
  new Set(result.recipients.filter((r) => r.verdict !== "allow").map((r) => r.address));
const before = flagged(checker.checkRecipients(recipients, {}));

const step = Math.floor(negatives.length / 200);
const owners = negatives.filter((_, i) => i % step === 0).slice(0, 200);
let alarms = 0;
let ownersAlarmed = 0;
const examples = [];
for (const own of owners) {
  let mine = 0;
  for (const address of flagged(checker.checkRecipients(recipients, { ownAddress: `me@${own}` }))) {
    if (before.has(address) || address.endsWith(`@${own}`)) continue;
    mine++;
    if (examples.length < 10) examples.push(`${own} → ${address.slice(2)}`);
  }
  alarms += mine;
  if (mine > 0) ownersAlarmed++;
}
const pairs = owners.length * negatives.length;
console.log(`senders: ${owners.length}; recipient domains each: ${negatives.length}`);
console.log(`new alarms: ${alarms} of ${pairs} (${((100 * alarms) / pairs).toFixed(4)}%)`);
console.log(`senders with at least one: ${ownersAlarmed} of ${owners.length}`);
console.log(`examples: ${examples.join(", ")}`);
