/**
 * Distribution lists and groups (issue 12, part 6): Outlook gives the add-in a group's address, not
 * its members. A group is named for what it is, and the policy chooses what happens when it is
 * outside the organisation.
 */
import { createChecker, resolvePolicy, type Policy, type RecipientInput } from "../src/checker";
import { toRecipientEntry } from "../src/shared/alert-context";

const check = (policy: Policy, recipients: RecipientInput[], ownAddress?: string) =>
  createChecker(resolvePolicy(policy)).checkRecipients(recipients, ownAddress ? { ownAddress } : {});
const group = (emailAddress: string): RecipientInput => ({ emailAddress, field: "to", group: true });

describe("groups", () => {
  test("Outlook's recipientType distributionList marks an entry as a group; nothing else does", () => {
    expect(
      toRecipientEntry({
        emailAddress: "team@x.com",
        displayName: "Team",
        recipientType: "distributionList",
      }),
    ).toEqual({
      emailAddress: "team@x.com",
      displayName: "Team",
      group: true,
    });
    for (const recipientType of ["user", "externalUser", "other", undefined])
      expect(toRecipientEntry({ emailAddress: "a@x.com", displayName: "A", recipientType })).toEqual({
        emailAddress: "a@x.com",
        displayName: "A",
      });
  });

  test("a group outside the organisation is named, as information by default", () => {
    const result = check({}, [group("project-team@fabrikam.com")], "me@contoso.com");
    expect(result.verdict).toBe("allow");
    expect(result.recipients[0]!.findings).toEqual([
      {
        code: "group-recipient",
        severity: "info",
        message:
          '"project-team@fabrikam.com" is a group outside your organisation: its members are not checked.',
      },
    ]);
  });

  test("the policy's action applies to an outside group, never to one of the organisation's own", () => {
    const policy: Policy = { internalDomains: ["contoso.com"], actions: { "group-recipient": "warn" } };
    const result = check(policy, [group("project-team@fabrikam.com"), group("all-staff@contoso.com")]);
    expect(result.recipients.map((r) => r.verdict)).toEqual(["warn", "allow"]);
    expect(result.recipients[1]!.findings).toEqual([
      {
        code: "group-recipient",
        severity: "info",
        message: '"all-staff@contoso.com" is a group: its members are not checked.',
      },
    ]);
    // The user's own domain is inside too.
    expect(check(policy, [group("team@eu.woodgrovebank.com")], "me@woodgrovebank.com").verdict).toBe("allow");
  });

  test("a group's address is checked like any other: a slip in it is still found", () => {
    const result = check({}, [group("ops@army.ml")]);
    expect(result.recipients[0]!.findings.map((f) => f.code)).toEqual(["suffix-slip", "group-recipient"]);
    expect(result.verdict).toBe("warn");
  });

  test("a recipient that is not a group gets no such finding", () => {
    expect(check({}, [{ emailAddress: "bob@fabrikam.com", field: "to" }]).recipients[0]!.findings).toEqual(
      [],
    );
  });
});
