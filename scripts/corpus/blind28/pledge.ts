/**
 * b28-head-pledge-scoring: the pledge each agency head signed with the department's director for the year, scored
 * at year end, a sheet per agency. Last year's result in D, the pledged figure in E (a plan column), this year's
 * result in F, then the maximum, self-assessed and checked scores; a near-miss row of all works under the
 * political works, the headcount quota above the staff present, and a SUM of the scores at the bottom.
 */
import { grid } from "../../fixtures/sheetKit";
import { AGENCIES, MAGAZINE, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind28Context } from "./context";
import { headers, newWorkbook, planFigure, sheet, slotOf, someAnswer } from "./kit";
import { B28_PLEDGE as T } from "./texts";
import { B28_DECOYS as D, type B28Decoy } from "./wordings";

type Item = { input: string } | { decoy: B28Decoy };

function itemsOf(unit: UnitId): Array<[keyof typeof T, Item[]]> {
  const digital: Item[] = [
    { input: "digital_platforms" },
    { input: "ai_data_platform" },
    { input: "converged_newsroom" },
    { input: "security_level" },
    { input: "autonomous" },
  ];
  if (unit === MAGAZINE) digital.push({ input: "licensed" });
  return [
    ["sectionWork", [{ input: "political_articles" }, { decoy: D.allProducts }, { input: "revenue" }]],
    ["sectionDigital", digital],
    ["sectionPeople", [{ decoy: D.quota }, { input: "staff_total" }, { input: "staff_trained" }]],
  ];
}

function pledgeSheet(
  ctx: Blind28Context,
  wb: ReturnType<typeof newWorkbook>,
  file: string,
  unit: UnitId,
  i: number,
): void {
  const short = ctx.slug(unit);
  const ws = sheet(wb, ctx.pickText("sheet", T.sheet, { n: short }), [6, 48, 10, 13, 13, 14, 9, 9, 9]);
  ctx.writeMerged(ws, "A1:I1", ctx.pickText("title", T.title, { y: 2025 }), "upper", { bold: true });
  ctx.writeMerged(
    ws,
    "A2:I2",
    ctx.pickText("parties", T.parties, { n: ctx.agency(unit, "pledge") }),
    "text",
    {
      italic: true,
    },
  );
  headers(ctx, ws, 4, [
    "TT",
    ctx.pickText("content", T.content),
    "ĐVT",
    ctx.pickText("before", T.before, { y: 2024 }),
    ctx.planHeader(2025),
    ctx.pickText("result", T.result, { y: 2025 }),
    ctx.pickText("max", T.maxScore),
    ctx.pickText("self", T.selfScore),
    ctx.pickText("checked", T.checked),
  ]);
  let row = 5;
  const first = row;
  for (const [section, items] of itemsOf(unit)) {
    ctx.write(ws, `B${row}`, ctx.pickText(section, T[section]), "text", { bold: true });
    row++;
    items.forEach((item, k) => {
      ctx.write(ws, `A${row}`, String(k + 1));
      if ("decoy" in item) {
        const d = item.decoy;
        ctx.write(ws, `B${row}`, ctx.decoyLabel(d, `pledge${i}`), "label", { italic: true });
        ctx.write(ws, `C${row}`, ctx.measure(d.near));
        if (d.near === "political_articles") ctx.figure(ws, `D${row}`, ctx.decoyValue(d, unit, 2024));
        ctx.figure(ws, `F${row}`, ctx.decoyValue(d, unit, 2025));
        row++;
        return;
      }
      const input = item.input;
      ctx.write(ws, `B${row}`, ctx.wording(input), "label");
      ctx.write(ws, `C${row}`, ctx.measure(input));
      const yearly = input === "political_articles" || input === "revenue";
      if (yearly) ctx.value(file, ws, `D${row}`, slotOf(input, unit, 2024));
      const slot = slotOf(input, unit, 2025);
      const plan = planFigure(ctx, slot);
      if (plan !== null && input !== "staff_total") ctx.figure(ws, `E${row}`, plan);
      else if (input === "security_level" && unit !== MAGAZINE) ctx.figure(ws, `E${row}`, 3);
      else if (plan === null && input !== "security_level")
        ctx.write(ws, `E${row}`, someAnswer(ctx, true), "word", { align: "center" });
      ctx.value(file, ws, `F${row}`, slot);
      const max = ctx.rng.pick([5, 10, 10, 15, 20]);
      const self = max - ctx.rng.pick([0, 0, 0.5, 1, 2]);
      const checked = self - ctx.rng.pick([0, 0, 0.5, 1]);
      const v = ctx.data.value(slot);
      const safe = (n: number) => (n === v ? n - 0.25 : n);
      ctx.figure(ws, `G${row}`, safe(max));
      ctx.figure(ws, `H${row}`, safe(self));
      ctx.figure(ws, `I${row}`, safe(checked));
      row++;
    });
  }
  const last = row - 1;
  ctx.write(ws, `B${row}`, ctx.pickText("total", T.total), "text", { bold: true });
  for (const col of ["G", "H", "I"]) {
    let sum = 0;
    for (let r = first; r <= last; r++) {
      const c = ws.getCell(`${col}${r}`).value;
      if (typeof c === "number") sum += c;
      else if (typeof c === "string") sum += Number(c.replace(/\./g, "").replace(",", ".")) || 0;
    }
    ctx.formula(ws, `${col}${row}`, `SUM(${col}${first}:${col}${last})`, Math.round(sum * 100) / 100, true);
  }
  grid(ws, 4, 1, row, 9);
  ctx.write(ws, `B${row + 2}`, ctx.pickText("grade", T.grade), "text", { bold: true });
  if (ctx.rng.chance(0.5)) ctx.write(ws, `B${row + 3}`, ctx.note(2025), "text", { italic: true });
}

export function headPledge(ctx: Blind28Context): BuiltFile[] {
  const wb = newWorkbook();
  const fileName = ctx.pickText("file", T.file, { y: 2025 });
  AGENCIES.forEach((unit, i) => pledgeSheet(ctx, wb, fileName, unit, i));
  return [{ fileName, workbook: wb }];
}
