/**
 * Renders a Smart Alert's errorMessageMarkdown the way Outlook documents it
 * (onmessagesend-onappointmentsend-events.md, "Limitations to formatting the dialog message using
 * Markdown"), and no more leniently, so that text written in another dialect looks wrong here too:
 *
 * - a new line is "\n\n"; a single "\n" is only a space;
 * - a bulleted list item starts with "- " or "* " and ends with "\r"; a numbered one starts with
 *   "1. ", "2. ", … in order from 1, and ends with "\r";
 * - bold, italic and both, with asterisks or underscores;
 * - a link is [text](https://…); any other URL is not a link, and the text shows as written;
 * - a backslash escapes only a character that has a meaning here (\ * _ [ ] ( ), and the < of
 *   HTML, which this Markdown does not have); before any other character it shows as written,
 *   as in "army\.ml".
 *
 * Nodes are built with textContent only, so no text can ever become markup.
 */
const ESCAPABLE = new Set("\\*_[]()<".split(""));

function appendAll(parent: Node, nodes: Node[]): void {
  for (const n of nodes) parent.appendChild(n);
}

/** Index of an unescaped `marker` at or after `from`, or -1. */
function findClosing(text: string, marker: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === "\\" && ESCAPABLE.has(text[i + 1] ?? "")) {
      i++;
      continue;
    }
    if (text.startsWith(marker, i) && i > from) return i;
  }
  return -1;
}

function httpsUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

function inline(text: string, doc: Document): Node[] {
  const nodes: Node[] = [];
  let buffer = "";
  const flush = (): void => {
    if (buffer) nodes.push(doc.createTextNode(buffer));
    buffer = "";
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\\") {
      const next = text[i + 1];
      if (next !== undefined && ESCAPABLE.has(next)) {
        buffer += next;
        i++;
      } else buffer += ch;
      continue;
    }
    if (ch === "*" || ch === "_") {
      const run = text.startsWith(ch.repeat(3), i) ? 3 : text.startsWith(ch.repeat(2), i) ? 2 : 1;
      const marker = ch.repeat(run);
      const end = findClosing(text, marker, i + run);
      if (end < 0) {
        buffer += marker;
        i += run - 1;
        continue;
      }
      flush();
      const inner = inline(text.slice(i + run, end), doc);
      let node: HTMLElement;
      if (run === 3) {
        node = doc.createElement("strong");
        const em = doc.createElement("em");
        appendAll(em, inner);
        node.appendChild(em);
      } else {
        node = doc.createElement(run === 2 ? "strong" : "em");
        appendAll(node, inner);
      }
      nodes.push(node);
      i = end + run - 1;
      continue;
    }
    if (ch === "[") {
      const close = findClosing(text, "]", i + 1);
      const open = close >= 0 && text[close + 1] === "(" ? close + 1 : -1;
      const end = open >= 0 ? text.indexOf(")", open + 1) : -1;
      if (end < 0) {
        buffer += ch;
        continue;
      }
      const href = httpsUrl(text.slice(open + 1, end));
      if (!href) {
        buffer += text.slice(i, end + 1); // not an https URL: not a link, shown as written
        i = end;
        continue;
      }
      flush();
      const a = doc.createElement("a");
      a.href = href;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      appendAll(a, inline(text.slice(i + 1, close), doc));
      nodes.push(a);
      i = end;
      continue;
    }
    buffer += ch;
  }
  flush();
  return nodes;
}

const BULLET = /^[-*] /;
const NUMBERED = /^(\d+)\. /;

/** A block that is a list: items each end with "\r" and start with their marker. */
function list(block: string, doc: Document): HTMLElement | null {
  const numbered = NUMBERED.exec(block);
  if (!BULLET.test(block) && !(numbered && numbered[1] === "1")) return null;
  const items = block.split("\r");
  if (items[items.length - 1] === "") items.pop();
  const element = doc.createElement(numbered ? "ol" : "ul");
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    const marker = numbered ? NUMBERED.exec(item) : BULLET.exec(item);
    if (!marker || (numbered && Number(marker[1]) !== k + 1)) return null;
    const li = doc.createElement("li");
    appendAll(li, inline(item.slice(marker[0].length).replace(/\n/g, " "), doc));
    element.appendChild(li);
  }
  return element;
}

export function renderSafeMarkdown(markdown: string, doc: Document): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  for (const block of markdown.split("\n\n")) {
    if (block === "") continue;
    const asList = list(block, doc);
    if (asList) {
      fragment.appendChild(asList);
      continue;
    }
    const p = doc.createElement("p");
    p.style.margin = "0 0 6px";
    appendAll(p, inline(block.replace(/[\r\n]/g, " "), doc));
    fragment.appendChild(p);
  }
  return fragment;
}
