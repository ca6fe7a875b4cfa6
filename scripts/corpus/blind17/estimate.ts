/**
 * "b17-next-year-budget-estimate": a workbook per agency for the finance office: how this year's budget went and
 * next year's estimate. Columns: actuals of the two years before, the estimate assigned for this year, the expected
 * outturn of this year (this year's figures), next year's target, a comparison. Total income is the SUM of its
 * parts; the state budget and the staff quota stand near; a status block gives this year's state and next year's
 * intention; a scratch sheet is hidden.
 */
import { grid, put } from "../../fixtures/sheetKit";
import { AGENCIES, statusInputsOf } from "../model";
import { title } from "../sheets";
import type { BuiltFile } from "../sheets";
import type { Blind17Context } from "./context";
import { headers, nearFigure, newWorkbook, partsOf, pct, planFigure, plain, sheet, slotOf } from "./kit";
import { B17_ESTIMATE as T } from "./texts";
import { B17_DECOYS } from "./wordings";

/**
 * D = 2023, E = 2024 (actuals), F = assigned 2025, G = expected 2025, H = target 2026, I = G/F, J = part of 2025,
 * K = note.
 */
const COLS = { 2023: "D", 2024: "E", 2025: "G" } as const;

export function budgetEstimate(ctx: Blind17Context): BuiltFile[] {
  return AGENCIES.map((unit) => {
    const wb = newWorkbook();
    const file = `DuToan2026_${ctx.slug(unit)}.xlsx`;
    const ws = sheet(
      wb,
      ctx.pickText("sheet", T.sheets, { n: "2026" }),
      [6, 46, 9, 12, 12, 13, 13, 13, 11, 13, 22],
    );
    ctx.write(ws, "A1", ctx.agency(unit, "masthead"), "upper", { bold: true });
    title(ctx, ws, 2, 11, ctx.pickText("title", T.titles, { y: 2025, n: "2026" }));
    const top = 4;
    headers(ctx, ws, top, [
      "STT",
      ctx.pickText("item", T.heads.item),
      "ĐVT",
      ctx.pickText("done", T.heads.done, { y: 2023 }),
      ctx.pickText("done", T.heads.done, { y: 2024 }),
      ctx.pickText("assigned", T.heads.assigned, { y: 2025 }),
      ctx.pickText("estimate", T.heads.estimate, { y: 2025 }),
      ctx.planHeader(2026),
      ctx.pickText("compare", T.heads.compare),
      ctx.partialHeader(2025),
      "Ghi chú",
    ]);
    let r = top + 1;
    const section = (text: string) => {
      ctx.write(ws, `B${r}`, text, "text", { bold: true });
      grid(ws, r, 1, r, 11);
      r++;
    };
    const yearly = (input: "political_articles" | "revenue", parts: number[] | null, partRows: number[]) => {
      ctx.write(ws, `B${r}`, ctx.label(input, { unit: ctx.rng.chance(0.3) }), "label", {
        bold: parts !== null,
      });
      ctx.write(ws, `C${r}`, ctx.measure(input));
      for (const [year, col] of Object.entries(COLS)) {
        const slot = slotOf(input, unit, Number(year));
        const at = `${col}${r}`;
        if (partRows.length > 0)
          ctx.viaFormula(
            file,
            ws,
            at,
            slot,
            `SUM(${col}${partRows[0]}:${col}${partRows[partRows.length - 1]})`,
          );
        else ctx.value(file, ws, at, slot);
      }
      const now = ctx.shownNumber(slotOf(input, unit, 2025));
      const target = planFigure(ctx, slotOf(input, unit, 2025));
      const assigned =
        target === null ? null : Math.round(target * 0.93) + (Math.round(target * 0.93) === now ? 1 : 0);
      if (assigned !== null) ctx.number(ws, `F${r}`, assigned);
      const next = planFigure(ctx, slotOf(input, unit, 2025));
      if (next !== null) ctx.number(ws, `H${r}`, next);
      if (now !== undefined && assigned !== null) plain(ws, `I${r}`, pct(now, assigned));
      const part = nearFigure(ctx, slotOf(input, unit, 2025), 0.42, 0.78);
      if (now !== undefined && part !== null) ctx.number(ws, `J${r}`, part);
      grid(ws, r, 1, r, 11);
      r++;
    };

    section(ctx.pickText("tasks", T.sections.tasks));
    yearly("political_articles", null, []);
    if (ctx.rng.chance(0.5)) ctx.write(ws, `K${r - 1}`, ctx.note(2025), "text", { italic: true });
    if (ctx.rng.chance(0.7)) {
      const d = ctx.rng.pick([B17_DECOYS.allArticles, B17_DECOYS.reused]);
      ctx.write(ws, `B${r}`, `- ${ctx.decoyLabel(d, "est")}`, "label");
      ctx.write(ws, `C${r}`, d.measure);
      for (const [year, col] of Object.entries(COLS))
        ctx.number(ws, `${col}${r}`, ctx.decoyValue(d, unit, Number(year)));
      grid(ws, r, 1, r, 11);
      r++;
    }

    section(ctx.pickText("income", T.sections.income));
    // Parts first (quảng cáo, đặt hàng, dịch vụ), then the total under them.
    const partLabels = [
      ctx.decoyLabel(B17_DECOYS.adIncome, "est"),
      ctx.pickText("order", T.parts.order),
      ctx.pickText("service", T.parts.service),
    ];
    const first = r;
    const split = new Map<string, number[]>();
    for (const [year, col] of Object.entries(COLS)) {
      const n = ctx.shownNumber(slotOf("revenue", unit, Number(year)));
      if (n !== undefined) split.set(col, partsOf(n, 3, ctx.rng));
    }
    partLabels.forEach((label, i) => {
      ctx.write(ws, `B${r}`, `${i + 1}. ${label}`, "label");
      ctx.write(ws, `C${r}`, ctx.measure("revenue"));
      for (const col of Object.values(COLS)) {
        const v = split.get(col)?.[i];
        if (v !== undefined) plain(ws, `${col}${r}`, v);
      }
      grid(ws, r, 1, r, 11);
      r++;
    });
    yearly("revenue", [], [first, r - 1]);

    section(ctx.pickText("budget", T.sections.budget));
    const budget = ctx.decoyRow(B17_DECOYS.stateBudget, unit, "est");
    ctx.write(ws, `B${r}`, budget.text, "label");
    ctx.write(ws, `C${r}`, B17_DECOYS.stateBudget.measure);
    for (const col of Object.values(COLS))
      ctx.number(ws, `${col}${r}`, ctx.decoyValue(B17_DECOYS.stateBudget, unit));
    grid(ws, r, 1, r, 11);
    r++;

    section(ctx.pickText("staff", T.sections.staff));
    const quota = nearFigure(ctx, slotOf("staff_total", unit), 1.05, 1.25);
    ctx.write(ws, `B${r}`, ctx.pickText("quota", T.quota), "label");
    ctx.write(ws, `C${r}`, ctx.measure("staff_total"));
    if (quota !== null) for (const col of ["D", "E", "F"]) ctx.number(ws, `${col}${r}`, quota);
    grid(ws, r, 1, r, 11);
    r++;
    for (const input of ["staff_total", "staff_trained"]) {
      ctx.write(ws, `B${r}`, ctx.label(input), "label");
      ctx.write(ws, `C${r}`, ctx.measure(input));
      ctx.value(file, ws, `G${r}`, slotOf(input, unit));
      grid(ws, r, 1, r, 11);
      r++;
    }
    if (ctx.rng.chance(0.6)) {
      const d = ctx.decoyRow(B17_DECOYS.otherCourses, unit, "est");
      ctx.write(ws, `B${r}`, `- ${d.text}`, "label");
      ctx.write(ws, `C${r}`, B17_DECOYS.otherCourses.measure);
      ctx.number(ws, `G${r}`, d.value);
      grid(ws, r, 1, r, 11);
      r++;
    }

    const short = ctx.rng.chance(0.5);
    // Status block: this year's state (D) and next year's intention (E).
    r += 1;
    ctx.write(ws, `B${r}`, ctx.pickText("statusBlock", T.statusBlock, { y: 2025 }), "text", { bold: true });
    r++;
    ctx.write(ws, `D${r}`, ctx.pickText("now", T.statusHeads.now, { y: 2025 }), "text", {
      bold: true,
      align: "center",
      wrap: true,
    });
    ctx.write(ws, `E${r}`, ctx.pickText("next", T.statusHeads.next, { n: "2026" }), "text", {
      bold: true,
      align: "center",
      wrap: true,
    });
    r++;
    for (const input of statusInputsOf(unit).filter((i) => !i.startsWith("staff_"))) {
      ctx.write(ws, `B${r}`, short ? ctx.header(input, unit) : ctx.label(input, { key: "block" }), "label");
      ctx.value(file, ws, `D${r}`, slotOf(input, unit));
      ctx.write(ws, `E${r}`, ctx.rng.pick(T.nextPlans).replace("{n}", "2026"));
      grid(ws, r, 2, r, 5);
      r++;
    }

    const scratch = sheet(wb, ctx.pickText("scratch", T.scratch), [30, 14]);
    ctx.write(scratch, "A1", ctx.rng.pick(T.scratchLines));
    const rev = ctx.shownNumber(slotOf("revenue", unit, 2025));
    if (rev !== undefined)
      put(scratch, "B1", nearFigure(ctx, slotOf("revenue", unit, 2025), 0.85, 0.98) ?? rev + 1);
    ctx.write(scratch, "A2", ctx.label("political_articles", { key: "scratch" }));
    const art = nearFigure(ctx, slotOf("political_articles", unit, 2025), 0.8, 0.97);
    if (art !== null) put(scratch, "B2", art);
    scratch.state = "hidden";
    return { fileName: file, workbook: wb };
  });
}
