/** @jest-environment jsdom */
import { createChecker, resolvePolicy, type AddressResult } from "../../src/checker";
import {
  alternativesFor,
  displayNameAfterReplace,
  groupByDomain,
  moveToBcc,
  replaceEach,
  suggestedFixes,
  findRecipient,
  removeRecipient,
  replaceRecipient,
  reviewRecipients,
  suggestionsFor,
  trustableDomain,
} from "../../src/taskpane/fixes";
import { entry } from "./fake-host";

const list = [
  entry("alice@example.org", "Alice Example"),
  entry("ops@army.ml", "Ops Desk"),
  entry("bob@example.org", "bob@example.org"),
  entry("carol@example.org"),
];

describe("replaceRecipient", () => {
  test("changes only the address, keeps the display name, order and every other recipient", () => {
    const next = replaceRecipient(list, { entry: list[1]!, index: 1 }, "ops@army.mil");
    expect(next).toEqual([
      entry("alice@example.org", "Alice Example"),
      entry("ops@army.mil", "Ops Desk"),
      entry("bob@example.org", "bob@example.org"),
      entry("carol@example.org"),
    ]);
  });

  test("a display name that was only the old address becomes the new address", () => {
    const next = replaceRecipient(list, { entry: list[2]!, index: 2 }, "bob@example.com");
    expect(next?.[2]).toEqual(entry("bob@example.com", "bob@example.com"));
    expect(displayNameAfterReplace(entry("X@Army.ML", " x@army.ml "), "x@army.mil")).toBe("x@army.mil");
    expect(displayNameAfterReplace(entry("x@army.ml", ""), "x@army.mil")).toBe("x@army.mil");
  });

  test("finds the recipient again when the list changed since the check", () => {
    const edited = [entry("new@example.org", "New"), ...list];
    const next = replaceRecipient(edited, { entry: list[1]!, index: 1 }, "ops@army.mil");
    expect(next?.map((r) => r.emailAddress)).toEqual([
      "new@example.org",
      "alice@example.org",
      "ops@army.mil",
      "bob@example.org",
      "carol@example.org",
    ]);
  });

  test("returns null, changing nothing, when the recipient is gone", () => {
    expect(
      replaceRecipient(list, { entry: entry("gone@army.ml", "Gone"), index: 0 }, "gone@army.mil"),
    ).toBeNull();
    expect(replaceRecipient(list, { entry: list[1]!, index: 1 }, "  ")).toBeNull();
  });

  test("does not modify the list it was given", () => {
    const before = JSON.stringify(list);
    replaceRecipient(list, { entry: list[1]!, index: 1 }, "ops@army.mil");
    removeRecipient(list, { entry: list[1]!, index: 1 });
    expect(JSON.stringify(list)).toBe(before);
  });
});

describe("removeRecipient", () => {
  test("removes one recipient and keeps the others in order", () => {
    expect(removeRecipient(list, { entry: list[1]!, index: 1 })).toEqual([list[0], list[2], list[3]]);
  });

  test("removes only the first of two identical recipients", () => {
    const twice = [list[1]!, list[0]!, list[1]!];
    expect(removeRecipient(twice, { entry: list[1]!, index: 2 })).toEqual([list[1], list[0]]);
    expect(removeRecipient(twice, { entry: list[1]!, index: 9 })).toEqual([list[0], list[1]]);
  });

  test("returns null when the recipient is gone", () => {
    expect(removeRecipient(list, { entry: entry("gone@army.ml"), index: 1 })).toBeNull();
  });
});

describe("findRecipient", () => {
  test("prefers the hint, then the same address and name, then the same address", () => {
    const l = [entry("a@x.org", "A"), entry("a@x.org", "Other A")];
    expect(findRecipient(l, entry("a@x.org", "Other A"), 1)).toBe(1);
    expect(findRecipient(l, entry("a@x.org", "Other A"), 0)).toBe(1);
    expect(findRecipient(l, entry("a@x.org", "Renamed"), 1)).toBe(0);
    expect(findRecipient(l, entry("b@x.org", "A"))).toBe(-1);
  });
});

describe("reviewRecipients", () => {
  const checker = createChecker(resolvePolicy({ blockedDomains: ["blocked.example"] }));

  test("checks all three fields as one message and maps results back to each field and index", () => {
    const review = reviewRecipients(checker, {
      to: [entry("alice@example.org"), entry("ops@army.ml", "Ops")],
      cc: [entry("jane@gmial.com")],
      bcc: [entry("x@blocked.example")],
    });
    expect(review.recipients.map((r) => [r.field, r.index, r.result.verdict])).toEqual([
      ["to", 0, "allow"],
      ["to", 1, "warn"],
      ["cc", 0, "warn"],
      ["bcc", 0, "block"],
    ]);
    expect(review.flagged.map((r) => r.entry.emailAddress)).toEqual([
      "ops@army.ml",
      "jane@gmial.com",
      "x@blocked.example",
    ]);
    expect(review.verdict).toBe("block");
  });

  test("suggestions and the domain to trust", () => {
    const review = reviewRecipients(checker, {
      to: [entry("ops@army.ml")],
      cc: [entry("x@blocked.example")],
      bcc: [entry("not an address"), entry("billing@\u0430pple.com")],
    });
    const [ml, blocked, unreadable, homoglyph] = review.recipients;
    expect(suggestionsFor(ml!.result)).toEqual(["ops@army.mil"]);
    expect(trustableDomain(ml!.result)).toBe("army.ml");
    expect(trustableDomain(blocked!.result)).toBeNull(); // the organisation's block would win anyway
    expect(trustableDomain(unreadable!.result)).toBeNull();
    expect(trustableDomain(homoglyph!.result)).toBeNull(); // set to block: not undone from the pane
    expect(suggestionsFor(homoglyph!.result)).toEqual(["billing@apple.com"]);
  });

  test("a slip of the user's own domain is fixed towards it, with no internal domains in the policy", () => {
    const review = reviewRecipients(
      createChecker(resolvePolicy({})),
      { to: [entry("colleague@contosso.com"), entry("boss@contoso.com")], cc: [], bcc: [] },
      { ownAddress: "me@contoso.com" },
    );
    expect(review.flagged.map((r) => r.entry.emailAddress)).toEqual(["colleague@contosso.com"]);
    expect(suggestionsFor(review.recipients[0]!.result)).toEqual(["colleague@contoso.com"]);
    expect(review.recipients[1]!.result.internal).toBe(false);
  });

  test("an empty message has nothing flagged", () => {
    const review = reviewRecipients(checker, { to: [], cc: [], bcc: [] });
    expect(review).toMatchObject({ verdict: "allow", recipients: [], flagged: [], messageFindings: [] });
  });
});

describe("suggestions and alternatives", () => {
  const result = (findings: AddressResult["findings"]): AddressResult => ({
    address: "jane@gmal.com",
    normalised: "jane@gmal.com",
    internal: false,
    verdict: "warn",
    findings,
  });

  test("only a finding's single suggestion is a one-click fix; alternatives are listed apart", () => {
    const r = result([
      {
        code: "lookalike-domain",
        severity: "warn",
        message: "m",
        alternatives: ["jane@gmail.com", "jane@gmx.com", "jane@gmail.com", "jane@gmal.com"],
      },
      { code: "unfamiliar-domain", severity: "info", message: "n", suggestion: "jane@gmail.com" },
    ]);
    expect(suggestedFixes(r).map((s) => [s.address, s.finding.code])).toEqual([
      ["jane@gmail.com", "unfamiliar-domain"],
    ]);
    // Distinct, never the address itself, never one already offered as the fix.
    expect(alternativesFor(r)).toEqual(["jane@gmx.com"]);
    expect(alternativesFor(result([]))).toEqual([]);
  });
});

describe("groupByDomain", () => {
  const checker = createChecker(resolvePolicy({}));

  test("recipients at one domain with the same findings and the same fix are one group, in order", () => {
    const review = reviewRecipients(checker, {
      to: [entry("ops@army.ml", "Ops"), entry("jane@gmial.com"), entry("logs@ARMY.ML")],
      cc: [entry("pay@army.ml")],
      bcc: [entry("x@gmial.com")],
    });
    const groups = groupByDomain(review.flagged);
    expect(
      groups.map((g) => [g.domain, g.recipients.map((r) => r.entry.emailAddress), g.fix?.domain]),
    ).toEqual([
      ["army.ml", ["ops@army.ml", "logs@ARMY.ML", "pay@army.ml"], "army.mil"],
      ["gmial.com", ["jane@gmial.com", "x@gmial.com"], "gmail.com"],
    ]);
  });

  test("unreadable addresses are never grouped, and a group without one shared fix offers none", () => {
    const review = reviewRecipients(createChecker(resolvePolicy({ blockedDomains: ["evil.example"] })), {
      to: [
        entry("not an address"),
        entry("not an address either"),
        entry("a@evil.example"),
        entry("b@evil.example"),
      ],
      cc: [],
      bcc: [],
    });
    const groups = groupByDomain(review.flagged);
    expect(groups.map((g) => g.recipients.length)).toEqual([1, 1, 2]);
    expect(groups[2]!.fix).toBeUndefined();
  });
});

describe("replaceEach", () => {
  test("every replacement in its field, one fresh list per field, the rest kept; missing ones reported", () => {
    const current = {
      to: [entry("a@army.ml", "A"), entry("b@example.org", "B"), entry("c@army.ml")],
      cc: [entry("d@army.ml", "D")],
      bcc: [entry("e@example.org")],
    };
    const ref = (field: "to" | "cc", index: number, e = current[field][index]!) => ({
      field,
      index,
      entry: e,
    });
    const gone = { recipient: ref("cc", 3, entry("gone@army.ml")), address: "gone@army.mil" };
    const { lists, missing } = replaceEach(current, [
      { recipient: ref("to", 0), address: "a@army.mil" },
      { recipient: ref("to", 2), address: "c@army.mil" },
      { recipient: ref("cc", 0), address: "d@army.mil" },
      gone,
    ]);
    expect(lists).toEqual({
      to: [entry("a@army.mil", "A"), entry("b@example.org", "B"), entry("c@army.mil", "c@army.mil")],
      cc: [entry("d@army.mil", "D")],
    });
    expect(missing).toEqual([gone]);
    expect(current.to[0]).toEqual(entry("a@army.ml", "A")); // the lists given are not changed
  });
});

describe("moveToBcc", () => {
  const now = {
    to: [entry("ann@contoso.com", "Ann"), entry("bob@fabrikam.com", "Bob"), entry("cat@tailspintoys.com")],
    cc: [entry("dan@wingtiptoys.com", "Dan")],
    bcc: [entry("eve@fabrikam.com", "Eve")],
  };
  const ref = (field: "to" | "cc" | "bcc", index: number) => ({ field, index, entry: now[field][index]! });

  test("takes the given recipients out of To and Cc and adds them after Bcc's, names kept", () => {
    const { lists, moved } = moveToBcc(now, [ref("to", 1), ref("to", 2), ref("cc", 0)]);
    expect(moved).toBe(3);
    expect(lists).toEqual({
      to: [entry("ann@contoso.com", "Ann")],
      cc: [],
      bcc: [
        entry("eve@fabrikam.com", "Eve"),
        entry("bob@fabrikam.com", "Bob"),
        entry("cat@tailspintoys.com"),
        entry("dan@wingtiptoys.com", "Dan"),
      ],
    });
    // The lists it was given are left as they were.
    expect(now.to).toHaveLength(3);
  });

  test("finds each again where it is now, skips one that is gone, and leaves unchanged fields out", () => {
    const edited = { ...now, to: [entry("cat@tailspintoys.com"), entry("ann@contoso.com", "Ann")] };
    const { lists, moved } = moveToBcc(edited, [ref("to", 1), ref("to", 2)]);
    expect(moved).toBe(1);
    expect(lists.to).toEqual([entry("ann@contoso.com", "Ann")]);
    expect(lists.cc).toBeUndefined();
    expect(lists.bcc).toEqual([entry("eve@fabrikam.com", "Eve"), entry("cat@tailspintoys.com")]);
  });

  test("one already in Bcc stays put, and nothing to move changes nothing", () => {
    expect(moveToBcc(now, [ref("bcc", 0)])).toEqual({ lists: {}, moved: 0 });
  });
});
