/**
 * Outside addresses everyone on the message can see (issue 12, part 2): more than
 * externalRecipients.visibleAbove (default 15) recipients outside the organisation in To and Cc,
 * not all of one organisation, make a message-level warning that advises Bcc.
 */
import {
  createChecker,
  resolvePolicy,
  visibleExternalIndexes,
  type Policy,
  type RecipientInput,
} from "../src/checker";

const people = (n: number, domain: (i: number) => string, field: RecipientInput["field"] = "to") =>
  Array.from({ length: n }, (_, i) => ({ emailAddress: `person${i}@${domain(i)}`, field }));
/** Ordinary outside domains that no rule questions. */
const partners = (i: number) => ["fabrikam.com", "tailspintoys.com", "wingtiptoys.com"][i % 3]!;
const codes = (policy: Policy, recipients: RecipientInput[], ownAddress?: string) =>
  createChecker(resolvePolicy(policy))
    .checkRecipients(recipients, ownAddress ? { ownAddress } : {})
    .findings.map((f) => f.code);

describe("outside addresses everyone can see", () => {
  test("16 outside addresses from three organisations in To: a warning that says how many and advises Bcc", () => {
    const result = createChecker(resolvePolicy({})).checkRecipients(people(16, partners));
    expect(result.verdict).toBe("warn");
    expect(result.findings).toEqual([
      expect.objectContaining({
        code: "visible-external-recipients",
        severity: "warn",
        message:
          "Everyone who gets this message will see 16 addresses outside your organisation in To and Cc. Unless they need to see each other, move them to Bcc.",
      }),
    ]);
    // The recipients themselves are fine: only the message is questioned.
    expect(result.recipients.every((r) => r.verdict === "allow")).toBe(true);
  });

  test("15 is the default's limit; To and Cc count together", () => {
    expect(codes({}, people(15, partners))).toEqual([]);
    expect(codes({}, [...people(8, partners), ...people(8, partners, "cc")])).toEqual([
      "visible-external-recipients",
    ]);
  });

  test.each<[string, RecipientInput[]]>([
    ["in Bcc", people(40, partners, "bcc")],
    [
      "where the field is unknown (the command line)",
      people(40, partners).map(({ emailAddress }) => ({ emailAddress })),
    ],
    ["all of one organisation", people(40, () => "fabrikam.com")],
    ["one organisation under several subdomains", people(40, (i) => `${["uk", "us"][i % 2]}.fabrikam.com`)],
  ])("no warning for outside addresses %s", (_why, recipients) => {
    expect(codes({}, recipients)).toEqual([]);
  });

  test("each address at a well-known mail provider is its own person: 40 at gmail.com are warned about", () => {
    expect(
      codes(
        {},
        people(40, () => "gmail.com"),
      ),
    ).toEqual(["visible-external-recipients"]);
  });

  test("colleagues do not count: the policy's internal domains and the user's own domain", () => {
    const colleaguesAndTwoPartners = [...people(30, () => "contoso.com"), ...people(2, partners)];
    expect(codes({}, colleaguesAndTwoPartners)).toEqual(["visible-external-recipients"]);
    expect(codes({ internalDomains: ["contoso.com"] }, colleaguesAndTwoPartners)).toEqual([]);
    expect(codes({}, colleaguesAndTwoPartners, "me@contoso.com")).toEqual([]);
    // The user's registrable domain: an address at a subdomain of it is a colleague too.
    expect(codes({}, colleaguesAndTwoPartners, "me@eu.contoso.com")).toEqual([]);
  });

  test("the policy sets the limit and the action", () => {
    expect(codes({ externalRecipients: { visibleAbove: 3 } }, people(4, partners))).toEqual([
      "visible-external-recipients",
    ]);
    const quiet = createChecker(
      resolvePolicy({ actions: { "visible-external-recipients": "allow" } }),
    ).checkRecipients(people(16, partners));
    expect(quiet.verdict).toBe("allow");
    expect(quiet.findings.map((f) => f.severity)).toEqual(["info"]);
  });

  test("visibleExternalIndexes names exactly the outside recipients in To and Cc", () => {
    const recipients: RecipientInput[] = [
      { emailAddress: "ann@contoso.com", field: "to" },
      { emailAddress: "bob@fabrikam.com", field: "to" },
      { emailAddress: "carol@tailspintoys.com", field: "cc" },
      { emailAddress: "dan@wingtiptoys.com", field: "bcc" },
      { emailAddress: "not an address", field: "to" },
      { emailAddress: "eve@sales.contoso.com", field: "cc" },
    ];
    const results = createChecker(resolvePolicy({})).checkRecipients(recipients).recipients;
    expect(visibleExternalIndexes(recipients, results, "me@contoso.com")).toEqual([1, 2]);
    expect(visibleExternalIndexes(recipients, results)).toEqual([0, 1, 2, 5]);
  });
});
