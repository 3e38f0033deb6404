import { parseStamp, stampValue, STAMP_HEADER, USER_ACTIONS } from "../../src/shared/stamp";
import { FINDING_CODES } from "../../src/checker/findings";

describe("the X-Recipient-Guard stamp", () => {
  test("every verdict, user action and finding code survives a round trip", () => {
    for (const user of USER_ACTIONS)
      for (const verdict of ["allow", "warn", "block"] as const) {
        const stamp = { version: "1.4.0", verdict, codes: FINDING_CODES.slice(0, 3), user };
        expect(parseStamp(stampValue(stamp))).toEqual(stamp);
      }
    expect(parseStamp(stampValue({ version: "1.4.0", verdict: "allow", codes: [], user: "clean" }))).toEqual({
      version: "1.4.0",
      verdict: "allow",
      codes: [],
      user: "clean",
    });
  });

  test("the value is one line of header text a mail flow rule can match word by word", () => {
    const value = stampValue({
      version: "1.4.0",
      verdict: "warn",
      codes: ["suffix-slip", "unknown-suffix"],
      user: "sent-anyway",
    });
    expect(value).toBe("version=1.4.0; verdict=warn; codes=suffix-slip,unknown-suffix; user=sent-anyway");
    expect(STAMP_HEADER).toMatch(/^X-[A-Za-z-]+$/);
    // Finding codes are the only list: they must never hold a separator of the header's own.
    for (const code of FINDING_CODES) expect(code).toMatch(/^[a-z-]+$/);
  });

  test("what this version did not write is not read as a stamp", () => {
    for (const value of [
      "",
      "checked",
      "version=1; verdict=maybe; codes=none; user=clean",
      "version=1; verdict=allow; codes=none; user=someone",
      "version=1; verdict=allow; codes=<b>; user=clean",
      "verdict=allow; codes=none; user=clean",
    ])
      expect(parseStamp(value)).toBeNull();
  });
});
