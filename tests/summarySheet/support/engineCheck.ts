/** Compares what a spreadsheet computed on the summary sheet with the engine's report. */
import { type AttainmentReport } from "../../../src/core/attainment/types";
import { type SummaryLayout } from "../../../src/core/layout/types";
import { label } from "../../../src/core/summary/format";
import { shown } from "./writeCase";

/** Every indicator cell (actual, ratio, status, progress) whose shown value is not the engine's, described. */
export function wrong(
  ws: Parameters<typeof shown>[0],
  layout: SummaryLayout,
  report: AttainmentReport,
): string[] {
  const out: string[] = [];
  const same = (got: unknown, want: number | string | null) =>
    typeof want === "string"
      ? got === want
      : want === null
        ? got === null || got === ""
        : typeof got === "number" && Math.abs(got - want) < 1e-9;
  for (const ind of layout.indicators) {
    const result = (year: number) => report.indicators.find((r) => r.id === ind.id && r.targetYear === year);
    const check = (what: string, cell: string, want: number | string | null) => {
      const got = shown(ws, cell);
      if (!same(got, want))
        out.push(
          `${ind.id} ${what} ${cell}: LibreOffice ${JSON.stringify(got)}, engine ${JSON.stringify(want)}`,
        );
    };
    if (ind.primary) {
      const r = result(ind.primary.year);
      check("actual", ind.primary.actual, r?.actual ?? null);
      check("ratio", ind.primary.ratio, r?.ratio ?? null);
      check("status", ind.primary.status, label(`status.${r?.status ?? "no-data"}`, "vi"));
    }
    if (ind.later)
      check(
        "progress",
        ind.later.status,
        label(`status.${result(ind.later.year)?.status ?? "no-data"}`, "vi"),
      );
  }
  return out;
}
