// Writes a list of whole numbers as the packed text src/checker/packed-numbers.ts reads: per
// number, capitals (A-Z, base 26) for its value divided by 36, most significant first, then one
// lower-case base-36 digit (0-9, a-z) for its value mod 36.
const LAST = "0123456789abcdefghijklmnopqrstuvwxyz";
const HIGH = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

export function packNumbers(numbers) {
  let text = "";
  for (const number of numbers) {
    if (!Number.isSafeInteger(number) || number < 0)
      throw new Error(`packed numbers are whole and not negative, not ${number}`);
    let n = Math.floor(number / 36);
    let digits = LAST[number % 36];
    while (n > 0) {
      digits = HIGH[n % 26] + digits;
      n = Math.floor(n / 26);
    }
    text += digits;
  }
  return text;
}
