/**
 * Japanese spacing around filled values (found by an independent check: "組織外の9 件", "ほか 6 件 に").
 * The Japanese catalogues set Latin values apart with a space; a value that starts or ends in
 * Japanese must not leave a space against Japanese text, and values themselves are never changed.
 */
import { fill } from "../src/checker/messages/catalogue";
import { PANE_CATALOGUES } from "../src/taskpane/i18n";

describe("fill and Japanese spacing", () => {
  test("a value that ends in Japanese closes the template's space before Japanese text", () => {
    expect(fill("組織外の {places} に送られます。", { places: "a.com、b.com ほか 6 件" })).toBe(
      "組織外の a.com、b.com ほか 6 件に送られます。",
    );
    expect(fill("組織外の {places} に送られます。", { places: "fabrikam.com" })).toBe(
      "組織外の fabrikam.com に送られます。",
    );
  });

  test("a value that starts in Japanese closes the template's space after Japanese text", () => {
    expect(fill("宛先は {name} です", { name: "山田 太郎" })).toBe("宛先は山田 太郎です");
  });

  test("values keep their own spaces, and other languages are untouched", () => {
    expect(fill("{a} {b}", { a: "山田", b: "太郎" })).toBe("山田 太郎");
    expect(fill("Check {address}: {message}", { address: "山田 <a@b.jp>", message: "x" })).toBe(
      "Check 山田 <a@b.jp>: x",
    );
    expect(fill("{list} and {count} more", { list: "山田", count: 2 })).toBe("山田 and 2 more");
  });

  test("the pane's moved-to-Bcc line spaces a count as the other Japanese lines do", () => {
    const moved = fill(PANE_CATALOGUES.ja["done.moved"], { recipients: "9 件の宛先" });
    expect(moved).toBe("組織外の 9 件の宛先を BCC に移しました。");
  });
});
