import type { SimRecipient } from "./bridge";

/**
 * Inside a quoted string, `\` escapes the next character when it is `"` or `\` (RFC 5322's
 * quoted-pair, as formatRecipientLine writes it); before anything else a typed `\` is kept as it is,
 * so that `"CONTOSO\jo"` typed by hand keeps its backslash.
 */
function escapes(text: string, i: number): boolean {
  return text[i] === "\\" && (text[i + 1] === '"' || text[i + 1] === "\\");
}

/** The text of a display name written as one quoted string (`"Smith, \"Jo\""`), or null if it is not one. */
function unquote(name: string): string | null {
  if (name.length < 2 || !name.startsWith('"')) return null;
  let text = "";
  for (let i = 1; i < name.length; i++) {
    if (escapes(name, i)) text += name[++i];
    else if (name[i] === '"') return i === name.length - 1 ? text : null;
    else text += name[i];
  }
  return null;
}

/** Splits a To/Cc/Bcc line into recipients: `;` or `,` outside quotes and angle brackets. */
export function parseRecipientLine(line: string): SimRecipient[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  let angle = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted && escapes(line, i)) {
      current += ch + line[++i];
      continue;
    }
    if (ch === '"' && !angle) quoted = !quoted;
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
      const open = addressStart(entry);
      if (entry.endsWith(">") && open >= 0) {
        const written = entry.slice(0, open).trim();
        // A name written as one quoted string is its text exactly; one typed with stray quotes
        // loses only the outer pair, as before.
        const displayName = unquote(written) ?? written.replace(/^"(.*)"$/, "$1");
        const emailAddress = entry.slice(open + 1, -1).trim();
        return { emailAddress, displayName: displayName || emailAddress };
      }
      return { emailAddress: entry, displayName: entry };
    });
}

/** Where the entry's `<address>` begins: its last `<` outside quotes, or -1. */
function addressStart(entry: string): number {
  let quoted = false;
  let open = -1;
  for (let i = 0; i < entry.length; i++) {
    if (quoted && escapes(entry, i)) i++;
    else if (entry[i] === '"') quoted = !quoted;
    else if (entry[i] === "<" && !quoted) open = i;
  }
  return open;
}

/**
 * A display name as the line writes it: bare when it is plain words, else one RFC 5322 quoted
 * string with `"` and `\` escaped, so that parseRecipientLine gives back exactly the same name.
 */
function quoteName(name: string): string {
  // Only what the line's syntax needs: "Col. Jane Smith" stays bare, as Outlook shows it.
  const plain = !/[<>;,"\\]/.test(name) && name === name.trim();
  return plain ? name : `"${name.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** The line Outlook would show for these recipients. */
export function formatRecipientLine(recipients: readonly SimRecipient[]): string {
  return recipients
    .map((r) => {
      if (!r.displayName || r.displayName === r.emailAddress) return r.emailAddress;
      return `${quoteName(r.displayName)} <${r.emailAddress}>`;
    })
    .join("; ");
}
