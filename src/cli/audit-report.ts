/**
 * What `recipient-guard audit` prints: a table for a terminal, JSON, CSV, or a self-contained HTML
 * report (no script, no request to anywhere) with the table and a chart of such messages per month.
 * Everything in it came from a log, so it is escaped for where it goes: terminal, CSV cell, HTML.
 */
import type { AuditResult } from "./audit";
import { plural, safeForTerminal } from "./terminal";

const day = (iso: string | null): string => (iso ? iso.slice(0, 10) : "?");

export function summaryLine(result: AuditResult): string {
  const messages = result.domains.reduce((n, d) => n + d.messages, 0);
  return result.domains.length === 0
    ? `No message went to a lookalike or slip domain (${plural(result.distinctDomains, "recipient domain")} in ${plural(result.rows, "row")} checked).`
    : `${plural(messages, "message")} went to ${plural(result.domains.length, "lookalike or slip domain")} (of ${plural(result.distinctDomains, "recipient domain")} in ${plural(result.rows, "row")}).`;
}

export function formatAuditTable(result: AuditResult): string {
  const lines = [summaryLine(result)];
  if (result.domains.length > 0) {
    const rows = result.domains.map((d) => [
      safeForTerminal(d.domain),
      d.messages.toLocaleString("en-US"),
      `${day(d.firstSeen)} – ${day(d.lastSeen)}`,
      `${d.senders}${d.someSenders.length ? ` (${d.someSenders.map(safeForTerminal).join(", ")}${d.senders > d.someSenders.length ? ", ..." : ""})` : ""}`,
      d.meant ? safeForTerminal(d.meant) : "",
    ]);
    const head = ["domain", "messages", "first – last", "senders", "probably meant"];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: string[]) =>
      cells
        .map((c, i) => c.padEnd(widths[i]!))
        .join("  ")
        .trimEnd();
    lines.push("", line(head), line(widths.map((w) => "-".repeat(w))), ...rows.map(line));
    lines.push("", "Why each domain was flagged:");
    for (const d of result.domains)
      lines.push(`  ${safeForTerminal(d.domain)}: ${safeForTerminal(d.message)}`);
  }
  return `${lines.join("\n")}\n`;
}

export function formatAuditJson(result: AuditResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

/** One CSV cell: quoted, and never a formula when a spreadsheet opens it. */
function csvCell(value: string | number | null): string {
  let text = value === null ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function formatAuditCsv(result: AuditResult): string {
  const head = [
    "domain",
    "messages",
    "first_seen",
    "last_seen",
    "senders",
    "some_senders",
    "probably_meant",
    "code",
    "why",
  ];
  const rows = result.domains.map((d) =>
    [
      d.domain,
      d.messages,
      d.firstSeen,
      d.lastSeen,
      d.senders,
      d.someSenders.join(" "),
      d.meant,
      d.code,
      d.message,
    ]
      .map(csvCell)
      .join(","),
  );
  return `${[head.join(","), ...rows].join("\r\n")}\r\n`;
}

const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

/** Every month from the first to the last, so that empty months show as gaps. */
function months(result: AuditResult): { month: string; count: number }[] {
  const totals = new Map<string, number>();
  for (const d of result.domains)
    for (const [month, count] of Object.entries(d.byMonth))
      totals.set(month, (totals.get(month) ?? 0) + count);
  const keys = [...totals.keys()].sort();
  if (keys.length === 0) return [];
  const out: { month: string; count: number }[] = [];
  let [year, month] = keys[0]!.split("-").map(Number) as [number, number];
  const last = keys[keys.length - 1]!;
  for (let guard = 0; guard < 1200; guard++) {
    const key = `${year}-${String(month).padStart(2, "0")}`;
    out.push({ month: key, count: totals.get(key) ?? 0 });
    if (key >= last) break;
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return out;
}

/** A bar chart as inline SVG: messages to flagged domains per month. */
function chart(result: AuditResult): string {
  const data = months(result);
  if (data.length === 0) return "<p>No dated messages to chart.</p>";
  const max = Math.max(1, ...data.map((d) => d.count));
  const bar = 24;
  const gap = 8;
  const height = 160;
  const width = data.length * (bar + gap) + 40;
  const bars = data
    .map((d, i) => {
      const h = Math.round((d.count / max) * height);
      const x = 30 + i * (bar + gap);
      return `<g><title>${escapeHtml(d.month)}: ${d.count}</title><rect x="${x}" y="${20 + height - h}" width="${bar}" height="${h}" fill="#c50f1f"></rect><text x="${x + bar / 2}" y="${height + 36}" font-size="9" text-anchor="middle">${escapeHtml(d.month.slice(2))}</text></g>`;
    })
    .join("");
  return `<svg role="img" aria-labelledby="chart-title" width="${width}" height="${height + 50}" viewBox="0 0 ${width} ${height + 50}" xmlns="http://www.w3.org/2000/svg"><title id="chart-title">Messages to lookalike or slip domains per month, at most ${max} in a month</title><line x1="28" y1="${height + 20}" x2="${width}" y2="${height + 20}" stroke="#616161"></line><text x="0" y="28" font-size="10">${max}</text>${bars}</svg>`;
}

export function formatAuditHtml(
  result: AuditResult,
  sources: readonly string[],
  generatedAt: string,
): string {
  const rows = result.domains
    .map(
      (d) =>
        `<tr><td>${escapeHtml(d.domain)}</td><td class="n">${d.messages.toLocaleString("en-US")}</td><td>${day(d.firstSeen)}</td><td>${day(d.lastSeen)}</td><td class="n">${d.senders}</td><td>${escapeHtml(d.someSenders.join(", "))}</td><td>${escapeHtml(d.meant ?? "")}</td><td>${escapeHtml(d.message)}</td></tr>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>Recipient Guard audit</title>
<style>
body { font: 14px/1.45 "Segoe UI", system-ui, sans-serif; color: #242424; margin: 2rem; max-width: 70rem; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid #d1d1d1; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f5f5f5; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.muted { color: #616161; }
</style>
</head>
<body>
<h1>Mail sent to lookalike and slip domains</h1>
<p>${escapeHtml(summaryLine(result))}</p>
<p class="muted">Recipient Guard audit of ${escapeHtml(sources.join(", "))}, ${escapeHtml(generatedAt.slice(0, 10))}. Each recipient domain was checked as the Outlook add-in checks it when someone presses Send.</p>
<h2>Per month</h2>
${chart(result)}
<h2>Per domain</h2>
${
  result.domains.length === 0
    ? "<p>None.</p>"
    : `<table>
<thead><tr><th>Domain</th><th>Messages</th><th>First seen</th><th>Last seen</th><th>Senders</th><th>First senders</th><th>Probably meant</th><th>Why</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`
}
${result.problems.length ? `<h2>Rows that could not be read</h2><ul>${result.problems.map((p) => `<li>${escapeHtml(p)}</li>`).join("")}</ul>${result.moreProblems ? `<p>And ${result.moreProblems} more.</p>` : ""}` : ""}
</body>
</html>
`;
}
