/**
 * b12-report-outline: the department's report outline, filled in by each agency: numbered prompts (I, 1, 1.1) in
 * one wide column, the agency's answer in the figure column beside each (a number, a yes/no word, or a sentence
 * for the narrative prompts), the unit and the supporting document after it.
 */
import type ExcelJS from "exceljs";
import { AGENCIES, MAGAZINE, slotOf, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind12Context } from "./context";
import {
  frame,
  headCell,
  hide,
  newWorkbook,
  office,
  put,
  ref,
  ROMAN,
  sheet,
  signers,
  subtitle,
  title,
} from "./kit";
import { B12_DECOYS, type B12Decoy } from "./wordings";
import { B12_COMMON, B12_OUTLINE } from "./texts";

/** Columns: numbering, prompt, figure, unit, evidence. */
export const OUTLINE_COLS = { no: 1, prompt: 2, figure: 3, measure: 4, evidence: 5 };

type Item =
  | { kind: "input"; input: string; year?: number }
  | { kind: "decoy"; decoy: B12Decoy }
  | { kind: "next" }
  /** A province figure the template asks for and the agency does not keep: a sentence instead of a value. */
  | { kind: "province"; input: string };

type Section = { title: string; items: Item[] };

function sections(ctx: Blind12Context, unit: UnitId): Section[] {
  const yearly = (input: "political_articles" | "revenue"): Item[] =>
    ctx.data.years[input].map((year) => ({ kind: "input", input, year }));
  const S = B12_OUTLINE.sections;
  const out: Section[] = [
    {
      title: S.infrastructure,
      items: ctx.rng.shuffle<Item>(
        ["digital_platforms", "ai_data_platform", "converged_newsroom", "security_level"].map((input) => ({
          kind: "input",
          input,
        })),
      ),
    },
    {
      title: S.money,
      items: [...yearly("revenue"), { kind: "next" }, { kind: "input", input: "autonomous" }] as Item[],
    },
    {
      title: S.people,
      items: [
        { kind: "input", input: "staff_total" },
        { kind: "input", input: "staff_trained" },
        { kind: "decoy", decoy: B12_DECOYS.attendances },
      ] as Item[],
    },
    {
      title: S.output,
      items: [
        ...yearly("political_articles"),
        { kind: "decoy", decoy: ctx.rng.pick([B12_DECOYS.allOutput, B12_DECOYS.reused, B12_DECOYS.ordered]) },
      ],
    },
  ];
  if (unit === MAGAZINE) out.push({ title: S.licence, items: [{ kind: "input", input: "licensed" }] });
  out.push({
    title: S.remote,
    items: [
      { kind: "province", input: "remote_population_total" },
      { kind: "province", input: "remote_population_reached" },
    ],
  });
  return out;
}

function writeItem(
  ctx: Blind12Context,
  ws: ExcelJS.Worksheet,
  file: string,
  unit: UnitId,
  row: number,
  it: Item,
): void {
  const C = OUTLINE_COLS;
  if (it.kind === "input") {
    const unitInLabel = ctx.rng.chance(0.25);
    ctx.write(
      ws,
      ref(C.prompt, row),
      ctx.label(it.input, { year: it.year, unit: unitInLabel, key: "outline" }),
      "label",
      { wrap: true },
    );
    if (!unitInLabel) ctx.write(ws, ref(C.measure, row), ctx.measure(it.input), "text", { align: "center" });
    if (ctx.value(file, ws, ref(C.figure, row), slotOf(it.input, unit, it.year)) && ctx.rng.chance(0.3))
      ctx.write(ws, ref(C.evidence, row), ctx.rng.pick(B12_OUTLINE.evidenceTexts), "text", {
        italic: true,
        wrap: true,
      });
    return;
  }
  if (it.kind === "decoy") {
    const d = ctx.decoyRow(it.decoy, unit, `outline|${unit}`);
    ctx.write(ws, ref(C.prompt, row), d.text, "label", { wrap: true });
    ctx.write(ws, ref(C.measure, row), it.decoy.measure, "text", { align: "center" });
    ctx.number(ws, ref(C.figure, row), d.value);
    return;
  }
  if (it.kind === "province") {
    ctx.write(ws, ref(C.prompt, row), ctx.label(it.input, { key: `outline|${unit}` }), "label", {
      wrap: true,
    });
    ctx.write(ws, ref(C.measure, row), ctx.measure(it.input), "text", { align: "center" });
    ctx.write(
      ws,
      ref(C.figure, row),
      ctx.choose(`outline-remote|${unit}`, B12_OUTLINE.remoteAnswers),
      "text",
      {
        wrap: true,
      },
    );
    return;
  }
  // Next year's revenue, as the agency plans it.
  ctx.write(
    ws,
    ref(C.prompt, row),
    `${ctx.pickText("outline-next", B12_OUTLINE.nextYear, { y: 2026 })}: ${ctx.wording("revenue", "outline")}`,
    "label",
    {
      wrap: true,
    },
  );
  ctx.write(ws, ref(C.measure, row), ctx.measure("revenue"), "text", { align: "center" });
  ctx.number(ws, ref(C.figure, row), ctx.near("revenue", unit, 1.08, 1.3, 2025));
}

function agencyFile(ctx: Blind12Context, unit: UnitId): BuiltFile {
  const C = OUTLINE_COLS;
  const wb = newWorkbook();
  const fileName = `${ctx.pickText("outline-file", B12_OUTLINE.files)} - ${ctx.slug(unit)}.xlsx`;
  const ws = sheet(wb, ctx.pickText("outline-sheet", B12_OUTLINE.sheets), [8, 70, 16, 11, 28]);
  office(ctx, ws, unit, C.evidence);
  title(ctx, ws, 4, C.evidence, ctx.pickText("outline-title", B12_OUTLINE.titles));
  const asOf = `(Số liệu tính đến ngày ${ctx.rng.int(10, 20)}/11/2025; kèm theo báo cáo sơ kết của đơn vị)`;
  subtitle(ctx, ws, 5, C.evidence, asOf);
  const top = 7;
  headCell(ctx, ws, C.no, top, 1, "TT");
  headCell(ctx, ws, C.prompt, top, 1, ctx.pickText("outline-content", B12_OUTLINE.content));
  headCell(
    ctx,
    ws,
    C.figure,
    top,
    1,
    ctx.pickText("outline-figure", [...B12_OUTLINE.figure, ...B12_COMMON.figure]),
  );
  headCell(ctx, ws, C.measure, top, 1, "ĐVT");
  headCell(
    ctx,
    ws,
    C.evidence,
    top,
    1,
    ctx.pickText("outline-evidence", [...B12_OUTLINE.evidence, ...B12_COMMON.evidence]),
  );
  let row = top + 1;
  const S = B12_OUTLINE.sections;
  const section = (no: string, title: string) => {
    ctx.write(ws, ref(C.no, row), no, "text", { bold: true, align: "center" });
    ctx.write(ws, ref(C.prompt, row), title, "upper", { bold: true });
    row++;
  };
  section(ROMAN[0], S.results);
  ctx.write(ws, ref(C.no, row), "1", "text", { align: "center" });
  ctx.write(ws, ref(C.prompt, row), B12_OUTLINE.spread, "label", { wrap: true });
  ctx.write(ws, ref(C.figure, row), ctx.rng.pick(B12_OUTLINE.spreadAnswers), "text", { wrap: true });
  row++;
  sections(ctx, unit).forEach((s, i) => {
    const no = String(i + 2);
    ctx.write(ws, ref(C.no, row), no, "text", { bold: true, align: "center" });
    ctx.write(ws, ref(C.prompt, row), s.title, "text", { bold: true });
    row++;
    s.items.forEach((it, j) => {
      ctx.write(ws, ref(C.no, row), `${no}.${j + 1}`, "text", { align: "center" });
      writeItem(ctx, ws, fileName, unit, row, it);
      row++;
    });
  });
  const narrative = (no: string, title: string, answers: readonly string[]) => {
    section(no, title);
    ctx.write(ws, ref(C.no, row), "-", "text", { align: "center" });
    ctx.writeMerged(ws, `${ref(C.prompt, row)}:${ref(C.evidence, row)}`, ctx.rng.pick(answers), "text", {
      align: "left",
      wrap: true,
    });
    row++;
  };
  narrative(ROMAN[1], S.problems, B12_OUTLINE.problemsAnswers);
  narrative(ROMAN[2], S.proposals, B12_OUTLINE.proposalsAnswers);
  frame(ws, top, row - 1, C.evidence);
  signers(ctx, ws, row + 1, C.evidence, ["NGƯỜI LẬP", "THỦ TRƯỞNG CƠ QUAN"]);
  if (ctx.rng.chance(0.5)) {
    const help = sheet(wb, ctx.pickText("outline-help", B12_OUTLINE.help), [90]);
    hide(help);
    B12_OUTLINE.helpTexts.forEach((t, i) => put(help, ref(1, i + 1), t));
  }
  return { fileName, workbook: wb };
}

/** One filled-in outline per agency. */
export function reportOutline(ctx: Blind12Context): BuiltFile[] {
  return AGENCIES.map((u) => agencyFile(ctx, u));
}
