/**
 * "b16-mail-merge-source": the data source a department clerk keeps to mail-merge one letter per agency. One header
 * row of short field names without diacritics (the year glued to the field), one record per agency, address and
 * letter fields beside the figures, a target field and a collaborators field among them; a second sheet holds the
 * letter's text with the «fields» it pulls in (which tells a reader what each field is). Last year's source is
 * kept hidden.
 */
import { grid, put, ref } from "../../fixtures/sheetKit";
import { AGENCIES, statusInputsOf, YEARLY, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind16Context } from "./context";
import { nearFigure, newWorkbook, planFigure, sheet, yearsShown } from "./kit";
import { B16_MERGE as T } from "./texts";
import { B16_DECOYS } from "./wordings";

type Field = { name: string; write: (unit: UnitId, at: string) => void; line?: string };

export function mailMergeSource(ctx: Blind16Context): BuiltFile[] {
  const { rng } = ctx;
  const wb = newWorkbook();
  const fileName = ctx.pickText("file", T.file, { y: 2025 });
  const ws = sheet(wb, ctx.pickText("sheet", T.sheet), Array<number>(30).fill(14));
  const F = T.fields;
  const field = (key: keyof typeof F) => ctx.pickText(`f|${key}`, F[key]);
  const glue = (stem: string, y: number) => ctx.pickText("yearField", T.yearField, { v: stem, y });
  const fields: Field[] = [];
  const text = (name: string, value: (unit: UnitId) => string) =>
    fields.push({ name, write: (unit, at) => ctx.write(ws, at, value(unit), "text") });

  text(field("name"), (unit) => ctx.agency(unit, "merge"));
  text(field("receiver"), (unit) => T.receivers[AGENCIES.indexOf(unit)] ?? "");
  text(field("address"), () => ctx.pickText("address", T.addresses));
  const letterNo = ctx.pickText("letterNo", T.letterNo, { n: String(rng.int(1200, 2900)) });
  text(field("letterNo"), () => letterNo);
  text(field("date"), () => `0${rng.int(1, 9)}/12/2025`);

  for (const input of YEARLY) {
    const years = yearsShown(ctx, input).slice(-rng.int(2, 3));
    const stem = field(input);
    for (const year of years)
      fields.push({
        name: glue(stem, year),
        line: `${ctx.wording(input, "merge")} (${year})`,
        write: (unit, at) => void ctx.value(fileName, ws, at, { input, unit, year }, { dash: false }),
      });
    if (rng.chance(0.6)) {
      const name = ctx.pickText("plan", T.plan, { v: glue(stem, 2025) });
      fields.push({
        name,
        write: (unit, at) => {
          const p = planFigure(ctx, { input, unit, year: 2025 });
          if (p !== null) put(ws, at, p);
        },
      });
    }
  }
  // A terse author names the status fields by their short headers in the letter.
  const terse = rng.chance(0.5);
  const statuses = [...new Set(AGENCIES.flatMap((u) => statusInputsOf(u)))];
  for (const input of statuses) {
    fields.push({
      name: field(input as keyof typeof F),
      line: terse ? ctx.header(input, "merge") : ctx.wording(input, "merge"),
      write: (unit, at) => {
        if (statusInputsOf(unit).includes(input))
          ctx.value(fileName, ws, at, { input, unit }, { dash: false });
      },
    });
    if (input === "staff_total" && rng.chance(0.6))
      fields.push({
        name: field("collaborators"),
        line: ctx.decoyLabel(B16_DECOYS.collaborators),
        write: (unit, at) => put(ws, at, ctx.decoyValue(B16_DECOYS.collaborators, unit)),
      });
  }
  text(field("phone"), () => `0213.3876.${rng.int(100, 999)}`);

  fields.forEach((f, i) => ctx.write(ws, ref(i + 1, 1), f.name, "text", { bold: true }));
  AGENCIES.forEach((unit, r) => fields.forEach((f, i) => f.write(unit, ref(i + 1, r + 2))));
  grid(ws, 1, 1, AGENCIES.length + 1, fields.length);

  // The letter: its lines name what each «field» holds.
  const letter = sheet(wb, ctx.pickText("letter", T.letter), [100]);
  let row = 1;
  const line = (t: string) => ctx.write(letter, `A${row++}`, t, "text", { wrap: true });
  line(ctx.pickText("opening", T.opening, { v: fields[0]?.name ?? "" }));
  line(ctx.pickText("body", T.body, { y: 2025 }));
  for (const f of fields)
    if (f.line !== undefined) line(ctx.pickText("line", T.line, { v: f.line, n: f.name }));
  const plan = fields.find((f) => /^(KH|MucTieu)_/.test(f.name));
  if (plan) line(ctx.pickText("planLine", T.planLine, { n: plan.name }));
  if (rng.chance(0.5)) line(ctx.note());

  if (rng.chance(0.75)) {
    const old = sheet(wb, ctx.pickText("old", T.old, { y: 2024 }), Array<number>(6).fill(14));
    const stem = field("political_articles");
    const olds = [2023, 2024].map((y) => glue(stem, y));
    [field("name"), ...olds].forEach((t, i) => ctx.write(old, ref(i + 1, 1), t, "text", { bold: true }));
    AGENCIES.forEach((unit, r) => {
      ctx.write(old, ref(1, r + 2), ctx.agency(unit, "merge"), "text");
      [2023, 2024].forEach((year, i) => {
        const n = nearFigure(ctx, { input: "political_articles", unit, year }, 0.88, 0.97);
        if (n !== null) put(old, ref(i + 2, r + 2), n);
      });
    });
    old.state = "hidden";
  }
  return [{ fileName, workbook: wb }];
}
