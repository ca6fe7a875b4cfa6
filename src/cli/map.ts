import { DEFAULT_MIN_CONFIDENCE, type Detection } from "../core/detect/types";
import { type Plan } from "../core/plan/schema";

/** Detection as the person reads it: one line per proposal, then what was not found. */
export function detectionText(plan: Plan, d: Detection, lang: "vi" | "en", minConfidence: number): string {
  const inputName = (id: string) => plan.inputs.find((i) => i.id === id)?.name[lang] ?? id;
  const unitName = (id: string) => plan.units.units.find((u) => u.id === id)?.name[lang] ?? id;
  const lines: string[] = [];
  const shown = d.mappings.filter((m) => m.confidence >= minConfidence);
  lines.push(
    lang === "vi"
      ? `Tìm thấy ${shown.length} ô (độ tin cậy ≥ ${minConfidence}); tổng hợp tự động dùng các ô có độ tin cậy ≥ ${DEFAULT_MIN_CONFIDENCE}.`
      : `Found ${shown.length} cells (confidence ≥ ${minConfidence}); automatic summaries use cells with confidence ≥ ${DEFAULT_MIN_CONFIDENCE}.`,
  );
  for (const m of shown) {
    const year = m.year !== undefined ? ` ${m.year}` : "";
    lines.push(
      `  ${m.confidence.toFixed(2)}  ${unitName(m.unit)} · ${inputName(m.input)}${year} → [${m.workbook}] ${m.sheet}!${m.cell}`,
      `        ${lang === "vi" ? m.reason : m.reasonEn}`,
    );
  }
  if (d.unmatched.length > 0) {
    lines.push(
      lang === "vi" ? `Không tìm thấy (${d.unmatched.length}):` : `Not found (${d.unmatched.length}):`,
    );
    for (const u of d.unmatched)
      lines.push(
        `  - ${unitName(u.unit)} · ${inputName(u.input)}${u.year !== undefined ? ` ${u.year}` : ""}`,
      );
  }
  return lines.join("\n");
}

export function detectionJson(d: Detection, minConfidence: number): unknown {
  return {
    reportYear: d.reportYear,
    mappings: d.mappings.filter((m) => m.confidence >= minConfidence),
    unmatched: d.unmatched,
  };
}
