/** The US .gov registry out of the box: federal names in every surface, owners where carried. */
import { createChecker, resolvePolicy } from "../src/checker";
import { protectWholeDotgovRegistry } from "../src/checker/full-registry";

const lookalike = (address: string) =>
  createChecker(resolvePolicy())
    .checkAddress(address)
    .findings.find((f) => f.suggestion || f.alternatives);

describe("the .gov registry", () => {
  test("federal domains are protected with no table of owners (as in the send handler)", () => {
    const f = lookalike("x@irs-gov.us");
    expect(f).toMatchObject({ code: "embedded-domain", suggestion: "x@irs.gov", suggestionSource: "dotgov" });
    expect(f?.message).toContain("a US federal government domain in the .gov registry");
    expect(lookalike("x@austintexas-gov.org")).toBeUndefined();
  });

  test("with the whole registry (the command-line tool and the pane), every domain and its owner", () => {
    protectWholeDotgovRegistry();
    const irs = lookalike("x@irs-gov.us");
    expect(irs?.message).toContain("Internal Revenue Service, Department of the Treasury");
    expect(irs?.suggestedIs).toBe(
      "a US government domain (Internal Revenue Service, Department of the Treasury, in the .gov registry)",
    );
    const austin = lookalike("x@austintexas-gov.org");
    expect(austin).toMatchObject({ suggestion: "x@austintexas.gov", suggestionSource: "dotgov" });
    expect(austin?.message).toContain("City of Austin, TX");
    expect(createChecker(resolvePolicy()).checkAddress("x@austintexas.gov").verdict).toBe("allow");
  });
});
