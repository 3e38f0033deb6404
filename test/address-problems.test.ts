/**
 * Addresses no mail system accepts, found by an independent check of the journeys: characters an
 * unquoted local part cannot hold were let through (`a>b@x.com`, what is left of
 * `<<script>…</script>@x.com>`), and a domain that starts with a dot was said to have "two dots in a
 * row".
 */
import { createChecker, parseAddress, resolvePolicy } from "../src/checker";
import { CATALOGUES } from "../src/checker/messages";

const check = (address: string, lang: keyof typeof CATALOGUES = "en") =>
  createChecker(resolvePolicy(), CATALOGUES[lang]).checkAddress(address);

describe("what a local part may hold", () => {
  test.each([
    ["/script>@x.com", ">"],
    ["a<b@x.com", "<"],
    ["a,b@x.com", ","],
    ["a;b@x.com", ";"],
    ["a:b@x.com", ":"],
    ["a(b)@x.com", "("],
    ["a[b@x.com", "["],
    ["a\\b@x.com", "\\"],
    ["a b@x.com", " "],
  ])("%s cannot be read: the part before the @ holds %j", (address, character) => {
    const parsed = parseAddress(address);
    expect(parsed).toMatchObject({ kind: "unreadable", problem: { why: "local-bad-character", character } });
    expect(check(address).verdict).not.toBe("allow");
  });

  test.each([
    "first.last@x.com",
    "o'brien@x.com",
    "a+tag@x.com",
    "a/b=c@x.com",
    '"a b"@x.com',
    '"a>b"@x.com',
  ])("%s is an address", (address) => {
    expect(parseAddress(address).kind).not.toBe("unreadable");
  });

  test("the reason names the character in every language", () => {
    expect(check("a>b@x.com").findings[0]!.message).toBe(
      'This address can\'t be read: the part before the @ contains ">" (U+003E).',
    );
    expect(check("a>b@x.com", "de").findings[0]!.message).toContain("der Teil vor dem @ enthält");
    expect(check("a>b@x.com", "fr").findings[0]!.message).toContain("la partie avant le @ contient");
    expect(check("a>b@x.com", "ja").findings[0]!.message).toContain("@ の前の部分に");
  });
});

describe("a domain that starts with a dot", () => {
  test("is said to start with a dot, not to have two dots in a row", () => {
    expect(parseAddress("a@.com")).toMatchObject({ kind: "unreadable", problem: { why: "dot-first" } });
    expect(check("a@.com").findings[0]!.message).toBe(
      "This address can't be read: the domain starts with a dot.",
    );
    expect(parseAddress("a@x..com")).toMatchObject({ problem: { why: "double-dot" } });
  });
});
