/**
 * "b30-chairman-working-session-brief": the figures the People's Committee office prepares for the chairman's
 * working session with the press agencies. One sheet, the agencies as columns, a "sum" column of formulas and the
 * plan's 2025 target after them; years in the row labels (2022 … 2025), the coordinated part right under this
 * year's works, the advertising part under this year's revenue; the province's remote-area figures only in the
 * sum column. A talking-points sheet beside it, and sometimes last session's figures on a hidden sheet.
 */
import { colLetter } from "../../fixtures/sheetKit";
import { AGENCIES, PROVINCE, type Slot, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind30Context } from "./context";
import { headers, hiddenSheet, isMagazine, newWorkbook, sheet, slotOf } from "./kit";
import { B30_BRIEF as T } from "./texts";
import { B30_DECOYS as D, type B30Decoy } from "./wordings";

export const BRIEF_YEARS = [2022, 2023, 2024, 2025] as const;

export function chairmanBrief(ctx: Blind30Context): BuiltFile[] {
  const wb = newWorkbook();
  const file = `${ctx.pickText("file", T.file)}.xlsx`;
  const ws = sheet(wb, ctx.rng.pick(["So lieu", "Tong hop", "Bang 1"]), [6, 54, 16, 16, 16, 16, 18]);
  ctx.writeMerged(ws, "A1:G1", ctx.pickText("title", T.titles), "upper", { bold: true, size: 13 });
  ctx.writeMerged(ws, "A2:G2", T.prepared, "text", { italic: true });
  headers(ctx, ws, 4, [
    "TT",
    T.contentHead,
    ...AGENCIES.map((u) => ctx.agency(u, "brief")),
    T.totalHead,
    T.planHead,
  ]);
  let row = 5;
  const section = (s: number) => {
    ctx.writeMerged(ws, `A${row}:G${row}`, T.sections[s] ?? "", "text", { bold: true, align: "left" });
    row++;
  };
  /** A row of the three agencies' values (truth), their sum and, when given, the target. */
  const agencyRow = (label: string, slots: (unit: UnitId) => Slot, target?: string) => {
    ctx.write(ws, `B${row}`, label, "label");
    let sum = 0;
    let numeric = 0;
    AGENCIES.forEach((unit, i) => {
      const slot = slots(unit);
      if (!slot.input.startsWith("licensed") || isMagazine(unit))
        ctx.value(file, ws, `${colLetter(3 + i)}${row}`, slot);
      const n = slot.input === "security_level" ? undefined : ctx.shownNumber(slot);
      if (n !== undefined) {
        sum += n;
        numeric++;
      }
    });
    if (numeric > 0) ctx.formula(ws, `F${row}`, `SUM(C${row}:E${row})`, sum, true);
    if (target !== undefined) ctx.write(ws, `G${row}`, target);
    row++;
  };
  const decoyLine = (decoy: B30Decoy, year: number) => {
    const text = ctx.decoyLabel(decoy, "brief");
    ctx.write(ws, `B${row}`, text, "label", { italic: true });
    AGENCIES.forEach((unit, i) =>
      ctx.figure(ws, `${colLetter(3 + i)}${row}`, ctx.decoyValue(decoy, unit, year), { italic: true }),
    );
    row++;
  };

  section(0);
  for (const year of BRIEF_YEARS)
    agencyRow(ctx.label("political_articles", { key: "brief", year }), (u) =>
      slotOf("political_articles", u, year),
    );
  decoyLine(D.coordination, 2025);
  section(1);
  for (const year of BRIEF_YEARS)
    agencyRow(ctx.label("revenue", { key: "brief", year, unit: true }), (u) => slotOf("revenue", u, year));
  decoyLine(D.advertising, 2025);
  section(2);
  agencyRow(ctx.header("staff_total", "brief"), (u) => slotOf("staff_total", u));
  agencyRow(ctx.header("staff_trained", "brief"), (u) => slotOf("staff_trained", u), "100%");
  section(3);
  agencyRow(ctx.header("digital_platforms", "brief"), (u) => slotOf("digital_platforms", u), "67%");
  agencyRow(ctx.header("ai_data_platform", "brief"), (u) => slotOf("ai_data_platform", u), "67%");
  agencyRow(ctx.header("converged_newsroom", "brief"), (u) => slotOf("converged_newsroom", u), "67%");
  agencyRow(ctx.header("autonomous", "brief"), (u) => slotOf("autonomous", u), "67%");
  agencyRow(ctx.header("security_level", "brief"), (u) => slotOf("security_level", u), "100%");
  agencyRow(ctx.header("licensed", "brief"), (u) => slotOf("licensed", u));
  {
    section(4);
    for (const input of ["remote_population_total", "remote_population_reached"]) {
      ctx.write(
        ws,
        `B${row}`,
        `${ctx.wording(input, "brief")} (${ctx.header(input, "brief")}) - ${ctx.agency(PROVINCE, `brief-${input}`)}`,
        "label",
      );
      ctx.value(file, ws, `F${row}`, { input, unit: PROVINCE });
      row++;
    }
    ctx.write(ws, `G${row - 1}`, "100%");
  }
  ctx.write(ws, `B${row + 1}`, ctx.note(), "text", { italic: true });

  const talk = sheet(wb, ctx.pickText("talk", T.talkSheet), [90]);
  T.talk.forEach((t, i) => ctx.write(talk, `A${i + 1}`, `- ${t}`));
  if (ctx.rng.chance(0.6))
    hiddenSheet(
      ctx,
      wb,
      ctx.pickText("old", T.oldSheet),
      AGENCIES.map(
        (u) => [ctx.agency(u, "old"), ctx.near("political_articles", u, 0.85, 0.95, 2024)] as const,
      ),
    );
  return [{ fileName: file, workbook: wb }];
}
