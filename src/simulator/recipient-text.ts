import type { SimRecipient } from "./bridge";

/** Splits a To/Cc/Bcc line into recipients: `;` or `,` outside quotes and angle brackets. */
export function parseRecipientLine(line: string): SimRecipient[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  let angle = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === "<" && !quoted) angle = true;
    else if (ch === ">" && !quoted) angle = false;
    if ((ch === ";" || ch === ",") && !quoted && !angle) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts
    .map((p) => p.trim())
    .filter(Boolean)
    .map((entry) => {
      const open = entry.lastIndexOf("<");
      if (entry.endsWith(">") && open >= 0) {
        const displayName = entry
          .slice(0, open)
          .trim()
          .replace(/^"(.*)"$/, "$1");
        const emailAddress = entry.slice(open + 1, -1).trim();
        return { emailAddress, displayName: displayName || emailAddress };
      }
      return { emailAddress: entry, displayName: entry };
    });
}

/** The line Outlook would show for these recipients. */
export function formatRecipientLine(recipients: readonly SimRecipient[]): string {
  return recipients
    .map((r) => {
      if (!r.displayName || r.displayName === r.emailAddress) return r.emailAddress;
      const name = /[,;<>"]/.test(r.displayName) ? `"${r.displayName.replace(/"/g, "'")}"` : r.displayName;
      return `${name} <${r.emailAddress}>`;
    })
    .join("; ");
}
