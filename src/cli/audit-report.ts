/**
 * What `recipient-guard audit` prints: a table for a terminal, JSON, CSV, or a self-contained HTML
 * report (no script, no request to anywhere) with the table and a chart of such messages per month.
 * Everything in it came from a log, so it is escaped for where it goes: terminal, CSV cell, HTML.
 * The words are the command line's catalogue's (LC_ALL, LC_MESSAGES or LANG) and the findings the
 * checker's of the same language; JSON and CSV keep their field names, codes and dates.
 */
import type { AuditProblem, AuditResult } from "./audit";
import { cliText, displayWidth, padTo, type CliText } from "./messages";
import { safeForTerminal } from "./terminal";

const day = (iso: string | null): string => (iso ? iso.slice(0, 10) : "?");

/** A row that could not be read, in words: "trace.csv line 7: no recipient". */
export function auditProblemText(problem: AuditProblem, text: CliText = cliText()): string {
  const where = text.t("row.where", { file: problem.where.file, line: problem.where.line });
  return text.t(`row.${problem.why}`, { where, value: problem.value ?? "" });
}

export function summaryLine(result: AuditResult, text: CliText = cliText()): string {
  const messages = result.domains.reduce((n, d) => n + d.messages, 0);
  const domains = text.n("count.recipientDomains", result.distinctDomains);
  const rows = text.n("count.rows", result.rows);
  return result.domains.length === 0
    ? text.t("audit.none", { domains, rows })
    : text.n("audit.found", messages, {
        messages: text.n("count.messages", messages),
        flagged: text.n("count.flaggedDomains", result.domains.length),
        domains,
        rows,
      });
}

export function formatAuditTable(result: AuditResult, text: CliText = cliText()): string {
  const lines = [summaryLine(result, text)];
  if (result.domains.length > 0) {
    const rows = result.domains.map((d) => [
      safeForTerminal(d.domain),
      text.number(d.messages),
      `${day(d.firstSeen)} – ${day(d.lastSeen)}`,
      `${d.senders}${d.someSenders.length ? ` (${d.someSenders.map(safeForTerminal).join(", ")}${d.senders > d.someSenders.length ? ", ..." : ""})` : ""}`,
      d.meant ? safeForTerminal(d.meant) : "",
    ]);
    const head = [
      text.t("table.domain"),
      text.t("table.messages"),
      text.t("table.period"),
      text.t("table.senders"),
      text.t("table.meant"),
    ];
    const widths = head.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i]!))));
    const line = (cells: string[]) =>
      cells
        .map((c, i) => padTo(c, widths[i]!))
        .join("  ")
        .trimEnd();
    lines.push("", line(head), line(widths.map((w) => "-".repeat(w))), ...rows.map(line));
    lines.push("", text.t("table.why"));
    for (const d of result.domains)
      lines.push(`  ${safeForTerminal(d.domain)}: ${safeForTerminal(d.message)}`);
  }
  return `${lines.join("\n")}\n`;
}

/** The result as JSON: its fields and codes as they are; the rows that could not be read in words. */
export function formatAuditJson(result: AuditResult, text: CliText = cliText()): string {
  const problems = result.problems.map((p) => auditProblemText(p, text));
  return `${JSON.stringify({ ...result, problems }, null, 2)}\n`;
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
function chart(result: AuditResult, text: CliText): string {
  const data = months(result);
  if (data.length === 0) return `<p>${escapeHtml(text.t("html.noChart"))}</p>`;
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
  return `<svg role="img" aria-labelledby="chart-title" width="${width}" height="${height + 50}" viewBox="0 0 ${width} ${height + 50}" xmlns="http://www.w3.org/2000/svg"><title id="chart-title">${escapeHtml(text.t("html.chart", { max: text.number(max) }))}</title><line x1="28" y1="${height + 20}" x2="${width}" y2="${height + 20}" stroke="#616161"></line><text x="0" y="28" font-size="10">${max}</text>${bars}</svg>`;
}

export function formatAuditHtml(
  result: AuditResult,
  sources: readonly string[],
  generatedAt: string,
  text: CliText = cliText(),
): string {
  const say = (key: Parameters<CliText["t"]>[0], values?: Parameters<CliText["t"]>[1]) =>
    escapeHtml(text.t(key, values));
  const rows = result.domains
    .map(
      (d) =>
        `<tr><td>${escapeHtml(d.domain)}</td><td class="n">${text.number(d.messages)}</td><td>${day(d.firstSeen)}</td><td>${day(d.lastSeen)}</td><td class="n">${d.senders}</td><td>${escapeHtml(d.someSenders.join(", "))}</td><td>${escapeHtml(d.meant ?? "")}</td><td>${escapeHtml(d.message)}</td></tr>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="${text.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${say("html.title")}</title>
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
<h1>${say("html.heading")}</h1>
<p>${escapeHtml(summaryLine(result, text))}</p>
<p class="muted">${say("html.about", { sources: sources.join(", "), date: generatedAt.slice(0, 10) })}</p>
<h2>${say("html.perMonth")}</h2>
${chart(result, text)}
<h2>${say("html.perDomain")}</h2>
${
  result.domains.length === 0
    ? `<p>${say("html.none")}</p>`
    : `<table>
<thead><tr><th>${say("html.domain")}</th><th>${say("html.messages")}</th><th>${say("html.firstSeen")}</th><th>${say("html.lastSeen")}</th><th>${say("html.senders")}</th><th>${say("html.firstSenders")}</th><th>${say("html.meant")}</th><th>${say("html.why")}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`
}
${result.problems.length ? `<h2>${say("html.problems")}</h2><ul>${result.problems.map((p) => `<li>${escapeHtml(auditProblemText(p, text))}</li>`).join("")}</ul>${result.moreProblems ? `<p>${say("html.moreProblems", { count: text.number(result.moreProblems) })}</p>` : ""}` : ""}
</body>
</html>
`;
}
