import { type Language } from "../core/i18n/messages";
import { type PlainSummary } from "../core/summary/plainTables";
import { formatNumber, formatPercent } from "../core/summary/format";

/** The main table as terminal text: one line per indicator and target year. */
export function reportText(summary: PlainSummary, lang: Language): string {
  const main = summary.tables[0];
  if (!main) return summary.title.join("\n");
  const show = (i: number, row: (typeof main.rows)[number]): string => {
    const c = row[i];
    if (!c || c.value === null) return "—";
    if (c.format === "percent" && typeof c.value === "number") return formatPercent(c.value, lang);
    if (typeof c.value === "number")
      return c.format === "integer" ? String(c.value) : formatNumber(c.value, lang);
    return c.value;
  };
  const columns = [0, 1, 2, 3, 4, 5, 6];
  const widths = [4, 48, 8, 26, 10, 10, 16];
  const cut = (s: string, w: number) => (s.length > w ? `${s.slice(0, w - 1)}…` : s.padEnd(w));
  const lines = [
    ...summary.title,
    "",
    columns.map((i, k) => cut(main.header[i] ?? "", widths[k] ?? 10)).join(" "),
    ...main.rows.map((row) => columns.map((i, k) => cut(show(i, row), widths[k] ?? 10)).join(" ")),
  ];
  const missing = summary.tables[2];
  if (missing && missing.rows.length > 0) {
    lines.push("", `${missing.name}: ${missing.rows.length}`);
    for (const row of missing.rows.slice(0, 20))
      lines.push(`  - ${[0, 1, 2, 4, 6].map((i) => show(i, row)).join(" | ")}`);
    if (missing.rows.length > 20) lines.push(`  … (+${missing.rows.length - 20})`);
  }
  return lines.join("\n");
}
