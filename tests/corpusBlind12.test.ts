/**
 * Checks of the "blind12" split ITSELF (not of any matcher): it keeps its promise of being unseen (its own layout
 * families, wordings no other list or split has, blind9's and blind10's included), every truth cell holds its
 * slot's value once written and read back, truth and absent partition the plan's slots, and each family's trap is
 * really there, counted.
 */

import * as b9 from "../scripts/corpus/blind9/generate";
import * as b10 from "../scripts/corpus/blind10/generate";
import * as b12 from "../scripts/corpus/blind12/generate";
import { INVENTORY_COLS, LICENCE_COLS, STAFF_COLS } from "../scripts/corpus/blind12/inventory";
import { OUTLINE_COLS } from "../scripts/corpus/blind12/outline";
import * as t12 from "../scripts/corpus/blind12/texts";
import * as w12 from "../scripts/corpus/blind12/wordings";
import { slotKey } from "../scripts/corpus/model";

import { cellText, fold, isFormula } from "./support/splitChecks";
import * as suite from "./support/splitSuite";

const b = suite.blindSuite("blind12", b12.buildBlind12Corpus, b12.writeBlind12Corpus);
const { cases, booksOf, sheetsOf } = b;
const decoys = Object.values(w12.B12_DECOYS);
const blindTexts = [
  ...suite.values(w12.B12_INPUT_WORDINGS),
  ...suite.values(w12.B12_SHORT_HEADERS),
  ...suite.values(w12.B12_AGENCY_WORDINGS),
  ...suite.decoyTexts(decoys),
];
const fill = (t: string) => t.replace("{y}", "2025").replace(/\s*\{v\}/, "");
/** The families' own fixed texts (titles, headers, captions), checked for equality only: some are short. */
const familyTexts = [
  ...[t12.B12_FINANCE, t12.B12_INVENTORY, t12.B12_TRAINING, t12.B12_EXPORT, t12.B12_TILES, t12.B12_OUTLINE]
    .flatMap(suite.strings)
    .map(fill),
  ...[...w12.B12_PLAN_HEADERS, ...w12.B12_PARTIAL_HEADERS].map(fill),
];

describe("blind12 split shape", () => {
  b.itHasItsShape([w12.B12_INPUT_WORDINGS, w12.B12_SHORT_HEADERS, w12.B12_AGENCY_WORDINGS], {
    upTo: 8,
    knownMoreThan: 54,
    newFamilies: b12.BLIND12_NEW_FAMILIES,
    unseen: "each",
  });

  suite.itHasNoEarlierFamilyName(
    "has no family name of blind9 or blind10 either",
    [...b9.BLIND9_NEW_FAMILIES, ...b10.BLIND10_NEW_FAMILIES],
    b12.BLIND12_NEW_FAMILIES,
    12,
  );
});

describe("blind12 wordings", () => {
  b.itIsUnknown(blindTexts, familyTexts);

  b.itLeaksNowhere(
    "never appear in a tune, held-out, fresh, blind, blind2 … blind9 or blind10 case",
    blindTexts,
    { moreThan: 500, with: ["b8-", "b9-", "b10-"], without: ["b11-", "b12-"], timeout: 400_000 },
  );

  b.itAppearsInSplit(
    "every input wording, header, agency name and near-miss row shows up in the split",
    blindTexts,
  );
});

b.describeTruth();

describe("blind12 traps", () => {
  const { sheetOf, cellsWhere, truthCells, family, num, colOf, rowOf, valueOf, text } = b;
  const planFill = w12.B12_PLAN_HEADERS.map((h) => fold(fill(h)));
  const truthOf = (c: (typeof cases)[number], input: string) => c.truth.filter((t) => t.input === input);

  b.itHasCommonTraps(
    "near-miss rows, plan figures, part-of-year rows, gaps, hidden sheets and notes are in many cases",
    {
      decoys: suite.decoyTexts(decoys),
      partials: w12.B12_PARTIAL_HEADERS.map(fill),
      notes: w12.B12_NOTES,
      atLeast: { decoys: 40, plans: 20, partials: 3, gaps: 15, hidden: 25, notes: 12 },
    },
  );

  b.itHasLastYearBeside(30);

  it("finance: revenue sits between the budget grant and the spending rows, the budget estimate beside it, a headcount not the one approved", () => {
    let budgets = 0;
    let spends = 0;
    let plans = 0;
    let approved = 0;
    let sums = 0;
    const budgetTexts = w12.B12_DECOYS.budget.texts.map(fold);
    const spendTexts = w12.B12_DECOYS.spending.texts.map(fold);
    const approvedTexts = w12.B12_DECOYS.approvedPosts.texts.map((t) => fold(`${t}:`));
    for (const c of family("b12-finance-settlement")) {
      for (const t of truthOf(c, "revenue")) {
        const ws = sheetOf(c, t);
        const [col, row] = [colOf(t.cell), rowOf(t.cell)];
        expect(budgetTexts).toContain(fold(text(ws, `B${row - 1}`)));
        const budget = num(ws?.getCell(`${col}${row - 1}`));
        if (budget !== undefined && budget !== valueOf(c, t)) budgets++;
        if (
          spendTexts.includes(fold(text(ws, `B${row + 4}`))) &&
          num(ws?.getCell(`${col}${row + 4}`)) !== undefined
        )
          spends++;
        const cell = ws?.getCell(t.cell);
        if (cell && isFormula(cell.value)) {
          const partsSum = [1, 2, 3].reduce((a, d) => a + (num(ws?.getCell(`${col}${row + d}`)) ?? 0), 0);
          expect(Math.round(partsSum * 10) / 10).toBe(valueOf(c, t));
          sums++;
        }
        if (t.year !== 2025 || !ws) continue;
        ws.getRow(row).eachCell((cell, n) => {
          const head = [row - 1, row - 2, row - 3, row - 4, row - 5, row - 6, row - 7, row - 8, row - 9]
            .map((r) => fold(cellText(ws.getCell(r, n))))
            .find((h) => planFill.includes(h));
          if (head !== undefined && num(cell) !== undefined && num(cell) !== valueOf(c, t)) plans++;
        });
      }
      for (const t of truthOf(c, "staff_total")) {
        const ws = sheetOf(c, t);
        for (let r = rowOf(t.cell) - 3; r <= rowOf(t.cell) + 3; r++)
          if (approvedTexts.includes(fold(text(ws, `B${r}`))) && num(ws?.getCell(`D${r}`)) !== valueOf(c, t))
            approved++;
      }
    }
    expect(budgets).toBeGreaterThanOrEqual(7 * 3 * 3);
    expect(spends).toBeGreaterThanOrEqual(7 * 3 * 3);
    expect(plans).toBeGreaterThanOrEqual(7 * 2);
    expect(approved).toBeGreaterThanOrEqual(7 * 2);
    expect(sums).toBeGreaterThanOrEqual(3);
  });

  it("inventory: the approved level sits beside the proposed one and among other systems' levels; licence, autonomy and headcount in their columns, reporters and press cards beside it", () => {
    const C = INVENTORY_COLS;
    const L = LICENCE_COLS;
    const letter = (n: number) => String.fromCharCode(64 + n);
    const otherTexts = w12.B12_DECOYS.otherSystem.texts.map(fold);
    let higher = 0;
    let others = 0;
    let merged = 0;
    let validRows = 0;
    let staffRows = 0;
    for (const c of family("b12-system-inventory")) {
      for (const t of c.truth) {
        const ws = sheetOf(c, t);
        const col = colOf(t.cell);
        if (t.input === "staff_total") {
          expect(col).toBe(letter(STAFF_COLS.total));
          const reporters = num(ws?.getCell(`${letter(STAFF_COLS.reporters)}${rowOf(t.cell)}`)) ?? 0;
          expect(reporters).toBeLessThan(valueOf(c, t) as number);
          expect(num(ws?.getCell(`${letter(STAFF_COLS.cards)}${rowOf(t.cell)}`))).not.toBe(valueOf(c, t));
          staffRows++;
        } else if (t.input === "security_level") expect(col).toBe(letter(C.approved));
        else if (t.input === "licensed") expect(col).toBe(letter(L.status));
        else if (t.input === "autonomous") {
          expect(col).toBe(letter(L.autonomy));
          if (ws?.getCell(t.cell).isMerged) merged++;
        } else expect(col).toBe(letter(C.status));
        if (t.input !== "security_level" || typeof valueOf(c, t) !== "number") continue;
        const proposed = num(ws?.getCell(`${letter(C.proposed)}${rowOf(t.cell)}`));
        expect(proposed).toBeGreaterThanOrEqual(valueOf(c, t) as number);
        if (proposed !== valueOf(c, t)) higher++;
      }
      others += cellsWhere(
        c,
        (cell, ws) =>
          Number(cell.col) === C.system &&
          otherTexts.includes(fold(cellText(cell))) &&
          num(ws.getCell(Number(cell.row), C.approved)) !== undefined,
      ).length;
      const valid = t12.B12_INVENTORY.valid.map(fold);
      validRows += cellsWhere(
        c,
        (cell) => Number(cell.col) === L.status && valid.includes(fold(cellText(cell))),
      ).length;
    }
    expect(higher).toBeGreaterThanOrEqual(3);
    expect(others).toBeGreaterThanOrEqual(7 * 3);
    expect(merged).toBeGreaterThanOrEqual(7);
    expect(validRows).toBeGreaterThanOrEqual(7 * 5);
    expect(staffRows).toBeGreaterThanOrEqual(7 * 2);
  });

  it("training: the attendances row adds the courses and counts people more than once; the people trained are in the summary", () => {
    const attendance = w12.B12_DECOYS.attendances.texts.map(fold);
    let more = 0;
    let rows = 0;
    for (const c of family("b12-training-classes")) {
      const courses = cellsWhere(c, (cell) => attendance.includes(fold(cellText(cell))));
      expect(courses.length).toBe(1);
      const [file, sheetName, at] = (courses[0] ?? "").split("|");
      const ws = booksOf(c)
        .get(file ?? "")
        ?.getWorksheet(sheetName);
      const sumRow = rowOf(at ?? "");
      for (const t of truthOf(c, "staff_trained")) {
        expect(rowOf(t.cell) > sumRow || t.sheet !== sheetName).toBe(true);
        // The agency's column in the courses table: its header names the agency as the summary row does.
        const agency = fold(text(sheetOf(c, t), `B${rowOf(t.cell)}`));
        ws?.getRow(sumRow).eachCell((cell, n) => {
          if (fold(cellText(ws.getCell(sumRow - 1 - countCourses(ws, sumRow), n))) !== agency) return;
          rows++;
          const sum = num(cell) ?? 0;
          let courseSum = 0;
          for (let r = sumRow - countCourses(ws, sumRow); r < sumRow; r++)
            courseSum += num(ws.getCell(r, n)) ?? 0;
          expect(sum).toBe(courseSum);
          expect(sum).toBeGreaterThan(valueOf(c, t) as number);
          more++;
        });
      }
    }
    expect(rows).toBeGreaterThanOrEqual(7 * 2);
    expect(more).toBe(rows);
  });

  it("extract: actual rows say so, plan, part-of-year and other indicators' rows sit among them, yes/no sometimes 1/0", () => {
    const actual = [...t12.B12_EXPORT.actual, ...t12.B12_COMMON.actual].map(fold);
    const partial = w12.B12_PARTIAL_HEADERS.map((h) => fold(fill(h)));
    const decoyTexts = suite.decoyTexts(decoys).map(fold);
    let plans = 0;
    let partials = 0;
    let decoyRows = 0;
    let oneZero = 0;
    for (const c of family("b12-software-extract")) {
      for (const t of c.truth) {
        const ws = sheetOf(c, t);
        const kind = fold(
          text(ws, `${String.fromCharCode(colOf(t.cell).charCodeAt(0) - 1)}${rowOf(t.cell)}`),
        );
        expect(actual).toContain(kind);
        if (typeof valueOf(c, t) === "boolean" && typeof ws?.getCell(t.cell).value === "number") oneZero++;
      }
      plans += cellsWhere(c, (cell) => planFill.includes(fold(cellText(cell)))).length;
      partials += cellsWhere(c, (cell) => partial.includes(fold(cellText(cell)))).length;
      decoyRows += cellsWhere(c, (cell) => decoyTexts.includes(fold(cellText(cell)))).length;
    }
    expect(plans).toBeGreaterThanOrEqual(7 * 4);
    expect(partials).toBeGreaterThanOrEqual(7);
    expect(decoyRows).toBeGreaterThanOrEqual(7 * 6);
    expect(oneZero).toBeGreaterThanOrEqual(20);
  });

  it("tiles: each value has its caption under it; growth, other figures and targets share the tiles; district rows add up to the total", () => {
    let captions = 0;
    let growth = 0;
    let targets = 0;
    let districts = 0;
    let hiddenCopies = 0;
    const targetStart = fold(t12.B12_TILES.target[0].slice(0, 8));
    const totals = t12.B12_TILES.total.map(fold);
    for (const c of family("b12-dashboard-tiles")) {
      for (const t of c.truth) {
        const ws = sheetOf(c, t);
        if (t.unit === "tinh-lai-chau") {
          expect(totals).toContain(fold(text(ws, `B${rowOf(t.cell)}`)));
          let sum = 0;
          for (let r = rowOf(t.cell) - t12.B12_TILES.districts.length; r < rowOf(t.cell); r++)
            sum += num(ws?.getCell(`${colOf(t.cell)}${r}`)) ?? 0;
          expect(sum).toBe(valueOf(c, t));
          districts++;
          continue;
        }
        const cell = ws?.getCell(t.cell);
        expect(cell?.isMerged).toBe(true);
        const below = ws?.getCell(rowOf(t.cell) + 1, Number(cell?.col));
        if (below?.isMerged && cellText(below).length > 3 && num(below) === undefined) captions++;
      }
      growth += cellsWhere(
        c,
        (cell, ws) => ws.state === "visible" && /^-?[\d.,]+%$/.test(cellText(cell)),
      ).length;
      targets += cellsWhere(c, (cell) => fold(cellText(cell)).startsWith(targetStart)).length;
      const hidden = sheetsOf(c).filter((ws) => ws.state !== "visible");
      expect(hidden.length).toBe(1);
      const truthValues = new Set(c.truth.map((t) => valueOf(c, t)));
      hidden[0]?.eachRow((r) =>
        r.eachCell((cell) => void (truthValues.has(num(cell) ?? -1) && hiddenCopies++)),
      );
    }
    expect(captions).toBeGreaterThanOrEqual(7 * 25);
    expect(growth).toBeGreaterThanOrEqual(7 * 3);
    expect(targets).toBeGreaterThanOrEqual(7 * 2);
    expect(districts).toBeGreaterThanOrEqual(2);
    expect(hiddenCopies).toBeGreaterThanOrEqual(7 * 4);
  });

  it("outline: every answer in the figure column, with sentences (province prompts answered in words), next year's revenue and near-miss rows among the figures", () => {
    const figure = String.fromCharCode(64 + OUTLINE_COLS.figure);
    const answers = t12.B12_OUTLINE.spreadAnswers.map(fold);
    const next = t12.B12_OUTLINE.nextYear.map((t) => fold(t.replace("{y}", "2026")));
    const attendance = w12.B12_DECOYS.attendances.texts.map(fold);
    const remote = t12.B12_OUTLINE.remoteAnswers.map(fold);
    let sentences = 0;
    let remoteRows = 0;
    let nextRows = 0;
    let attendanceRows = 0;
    for (const c of family("b12-report-outline")) {
      for (const t of c.truth) expect(colOf(t.cell)).toBe(figure);
      sentences += cellsWhere(
        c,
        (cell) => colOf(cell.address) === figure && answers.includes(fold(cellText(cell))),
      ).length;
      remoteRows += cellsWhere(
        c,
        (cell) => colOf(cell.address) === figure && remote.includes(fold(cellText(cell))),
      ).length;
      expect(c.truth.filter((t) => t.unit === "tinh-lai-chau")).toEqual([]);
      nextRows += cellsWhere(
        c,
        (cell, ws) =>
          next.some((n) => fold(cellText(cell)).startsWith(n)) &&
          num(ws.getCell(Number(cell.row), OUTLINE_COLS.figure)) !== undefined,
      ).length;
      for (const t of truthOf(c, "staff_trained")) {
        const ws = sheetOf(c, t);
        const r = rowOf(t.cell) + 1;
        if (attendance.includes(fold(text(ws, `B${r}`)))) {
          expect(num(ws?.getCell(`${figure}${r}`))).not.toBe(valueOf(c, t));
          attendanceRows++;
        }
      }
      expect(truthCells(c).length).toBe(c.truth.length);
    }
    expect(sentences).toBe(7 * 3);
    expect(remoteRows).toBe(7 * 3 * 2);
    expect(nextRows).toBe(7 * 3);
    expect(attendanceRows).toBeGreaterThanOrEqual(7 * 2);
  });

  it("no truth cell holds a formula in the new families except a total that is the only place of its figure", () => {
    let formulas = 0;
    for (const c of cases.filter((x) => x.newFamily)) {
      const found = new Set(cellsWhere(c, (cell) => isFormula(cell.value)));
      const inTruth = c.truth.filter((t) => found.has(`${t.workbook}|${t.sheet}|${t.cell}`));
      formulas += inTruth.length;
      for (const t of inTruth)
        expect(["revenue", "remote_population_total", "remote_population_reached"]).toContain(t.input);
      expect(new Set(c.truth.map(slotKey)).size).toBe(c.truth.length);
    }
    expect(formulas).toBeGreaterThanOrEqual(5);
  });

  b.itHasLegacyFontsAndKinds({
    oneZero: true,
    kinds: ["formula", "number", "number-text", "one-zero", "word"],
    exact: false,
  });
});

b.describeDeterminism();

/** How many course rows sit above the attendances row (down to the header row naming the agencies). */
function countCourses(ws: import("exceljs").Worksheet, sumRow: number): number {
  let n = 0;
  while (sumRow - n - 1 > 0 && typeof ws.getCell(sumRow - n - 1, 1).value === "number") n++;
  return n;
}
