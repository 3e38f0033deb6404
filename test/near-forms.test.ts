/**
 * The two near-form tables of the protected index (DeletionTable, VariantTable) answer the same
 * question: after probe's distanceAtMostOne filter, the same forms, in the same order, as a scan of
 * every form; and the checker gives the same results whichever a policy's layer uses.
 */
import fc from "fast-check";
import { createChecker, parsePolicy, resolvePolicy } from "../src/checker";
import { deletionHashes, distanceAtMostOne } from "../src/checker/edit";
import { oneEditStrings } from "./one-edit-strings";
import { policyAndRecipients, recipientsAt, validRandomPolicy } from "./random-policies";
import {
  DeletionTable,
  setVariantTableMinForms,
  VariantTable,
  type FormRef,
  type ProtectedDomain,
} from "../src/checker/protected-index";

const SEED = 4243;

/** Domain characters, and non-ASCII ones such as skeletons of international names keep. */
const FORM_CHARS = [..."abcxyz019-.", "\u00e9", "\u0430", "\u4e2d", "\u00df"];
/** Characters no form has, for probes. */
const OTHER_CHARS = ["q", "7", "_", "\u0436", "\uffff"];
/** What the one-edit probes of a form insert or substitute: some of its characters, some of none. */
const PROBE_EDITS = ["a", "-", ".", "\u00e9", "\u4e2d", "q", "\u0436"];

function refs(forms: readonly string[]): FormRef[] {
  const target = { host: "example.com" } as ProtectedDomain;
  return forms.map((form, seq) => ({ target, form, ascii: form, seq }));
}

function deletionTable(all: readonly FormRef[]): DeletionTable {
  const table = new DeletionTable();
  const hashes: number[] = [];
  for (const ref of all) table.add(hashes, deletionHashes(ref.form, hashes), ref);
  table.seal();
  return table;
}

function variantTable(all: readonly FormRef[]): VariantTable {
  const table = new VariantTable(all.length);
  for (const ref of all) table.addForm(ref);
  table.seal();
  return table;
}

/**
 * The forms a table offers for `probe` that are within one edit of it, each once and in the order
 * they were made: what ProtectedIndex.probe judges.
 */
function confirmed(table: DeletionTable | VariantTable, probe: string): FormRef[] {
  const hashes: number[] = [];
  const found: FormRef[] = [];
  const n = table.collect(probe, hashes, deletionHashes(probe, hashes), found);
  return [...new Set(found.slice(0, n))]
    .filter((ref) => distanceAtMostOne(probe, ref.form) <= 1)
    .sort((a, b) => a.seq - b.seq);
}

describe("near-form tables", () => {
  const form = fc.string({ unit: fc.constantFrom(...FORM_CHARS), maxLength: 9 });
  // Few characters and short forms, so that forms are often one edit from each other and share
  // hashes; repeated forms stand for different protected domains filed under the same text.
  const forms = fc.array(form, { minLength: 1, maxLength: 16 });

  test("DeletionTable and VariantTable confirm the same forms as a scan of every form", () => {
    fc.assert(
      fc.property(
        forms,
        fc.array(fc.string({ unit: fc.constantFrom(...FORM_CHARS, ...OTHER_CHARS), maxLength: 10 }), {
          maxLength: 10,
        }),
        (texts, randomProbes) => {
          const all = refs(texts);
          const deletion = deletionTable(all);
          const variant = variantTable(all);
          // Each form, every string one edit from it, and random strings.
          const probes = new Set(randomProbes);
          for (const text of texts) {
            probes.add(text);
            for (const near of oneEditStrings(text, PROBE_EDITS)) probes.add(near);
          }
          const same = (a: FormRef[], b: FormRef[]): boolean =>
            a.length === b.length && a.every((ref, i) => ref === b[i]);
          for (const probe of probes) {
            const scan = all.filter((ref) => distanceAtMostOne(probe, ref.form) <= 1);
            const byDeletion = confirmed(deletion, probe);
            const byVariant = confirmed(variant, probe);
            // expect() only on a difference: it is slow, and there are thousands of probes.
            if (!same(byDeletion, scan) || !same(byVariant, scan)) {
              const forms = (list: FormRef[]) => list.map((ref) => all.indexOf(ref));
              expect({ probe, deletion: forms(byDeletion), variant: forms(byVariant) }).toEqual({
                probe,
                deletion: forms(scan),
                variant: forms(scan),
              });
            }
          }
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });

  test("a variant table's alphabet is every character of its forms, each once", () => {
    const table = variantTable(refs(["ab.c", "b\u4e2d", ""]));
    expect(table.alphabet.map((c) => String.fromCharCode(c)).join("")).toBe("ab.c\u4e2d");
  });
});

describe("the checker gives the same results whichever table a policy's layer uses", () => {
  afterEach(() => setVariantTableMinForms());

  test("of two policy domains one slip from a typed one, the one listed first is suggested", () => {
    const names = ["abcd", "mnop", "qrst", "wxyz", "ghij", "klmn", "uvwx", "efgh", "pqrs", "hijk"];
    for (const minForms of [0, Infinity]) {
      setVariantTableMinForms(minForms);
      for (const name of names) {
        const stem = name.slice(0, -1);
        for (const [first, second] of [
          ["a", "b"],
          ["b", "a"],
        ]) {
          const parsed = parsePolicy({ trustedDomains: [`${stem}${first}.com`, `${stem}${second}.com`] });
          if (!parsed.success) throw new Error("the policy should parse");
          const result = createChecker(resolvePolicy(parsed.data)).checkAddress(`user@${stem}z.com`);
          expect([minForms, result.findings[0]?.suggestion]).toEqual([minForms, `user@${stem}${first}.com`]);
        }
      }
    }
  });

  test("checkRecipients, for random policies and recipients near their domains", () => {
    let slips = 0;
    fc.assert(
      fc.property(policyAndRecipients, ([p, domains]) => {
        const policy = validRandomPolicy(p);
        fc.pre(policy !== undefined);
        if (!policy) return;
        const recipients = recipientsAt(domains);
        const results = [0, Infinity].map((minForms) => {
          setVariantTableMinForms(minForms);
          return createChecker(resolvePolicy(policy)).checkRecipients(recipients);
        });
        expect(results[0]).toEqual(results[1]);
        for (const r of results[0]!.recipients)
          if (r.findings.some((f) => f.code === "lookalike-domain")) slips++;
      }),
      { seed: SEED, numRuns: 300 },
    );
    // The generated recipients do reach the tables: many are reported as slips of a policy domain.
    expect(slips).toBeGreaterThan(300);
  });
});
