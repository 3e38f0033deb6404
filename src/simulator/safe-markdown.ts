/**
 * Renders the small Markdown subset Smart Alerts allow (bold, italic, bullet lists, backslash
 * escapes) into DOM nodes built with textContent only, so no text can ever become markup. Links
 * are shown as their text: the simulator never creates anchors from alert text.
 */
function inline(text: string, doc: Document): Node[] {
  const nodes: Node[] = [];
  let buffer = "";
  const flush = (): void => {
    if (buffer) nodes.push(doc.createTextNode(buffer));
    buffer = "";
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\\" && i + 1 < text.length) {
      buffer += text[++i];
    } else if (ch === "*" && text[i + 1] === "*") {
      const end = findClosing(text, "**", i + 2);
      if (end < 0) {
        buffer += "**";
        i++;
        continue;
      }
      flush();
      const strong = doc.createElement("strong");
      inline(text.slice(i + 2, end), doc).forEach((n) => strong.appendChild(n));
      nodes.push(strong);
      i = end + 1;
    } else if (ch === "*" || ch === "_") {
      const end = findClosing(text, ch, i + 1);
      if (end < 0) {
        buffer += ch;
        continue;
      }
      flush();
      const em = doc.createElement("em");
      inline(text.slice(i + 1, end), doc).forEach((n) => em.appendChild(n));
      nodes.push(em);
      i = end;
    } else buffer += ch;
  }
  flush();
  return nodes;
}

/** Index of an unescaped `marker` at or after `from`, or -1. */
function findClosing(text: string, marker: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === "\\") {
      i++;
      continue;
    }
    if (text.startsWith(marker, i)) return i;
  }
  return -1;
}

export function renderSafeMarkdown(markdown: string, doc: Document): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  let list: HTMLUListElement | null = null;
  for (const line of markdown.split("\n")) {
    if (line.startsWith("- ") || line.startsWith("* ")) {
      if (!list) {
        list = doc.createElement("ul");
        fragment.appendChild(list);
      }
      const li = doc.createElement("li");
      inline(line.slice(2), doc).forEach((n) => li.appendChild(n));
      list.appendChild(li);
      continue;
    }
    list = null;
    const p = doc.createElement("p");
    p.style.margin = "0 0 6px";
    inline(line, doc).forEach((n) => p.appendChild(n));
    fragment.appendChild(p);
  }
  return fragment;
}
