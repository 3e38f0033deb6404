/**
 * Rules the simulator's shim and the test fake apply to internet headers (not the add-in itself, so
 * not bound to the send handler's ES2016 library).
 */
/**
 * Internet headers a message may carry: Exchange Online caps a message's headers at 256 KB
 * (office.internetheaders.yml); Outlook's reply to a name or value that is not a valid header is not
 * documented, so the fake and the simulator refuse what RFC 5322 would not carry (a name of printable
 * ASCII without ":", a value without line breaks, text only).
 */
export const INTERNET_HEADERS_MAX_BYTES = 256 * 1024;

/** Why Outlook would not keep these headers, or null when they are fine. */
export function internetHeadersProblem(
  current: ReadonlyMap<string, string>,
  headers: unknown,
): string | null {
  if (headers === null || typeof headers !== "object")
    return "The headers must be an object of names and values.";
  const next = new Map(current);
  for (const [name, value] of Object.entries(headers)) {
    if (!/^[\x21-\x39\x3b-\x7e]+$/.test(name)) return `"${name}" is not a valid header name.`;
    if (typeof value !== "string" || /[\r\n]/.test(value))
      return `The value of ${name} is not valid header text.`;
    next.set(name, value);
  }
  let bytes = 0;
  next.forEach((value, name) => {
    bytes += new TextEncoder().encode(`${name}: ${value}\r\n`).length;
  });
  return bytes > INTERNET_HEADERS_MAX_BYTES
    ? "The message's internet headers are over their 256 KB limit."
    : null;
}
