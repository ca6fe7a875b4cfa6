/**
 * Checks of the "blind11" split ITSELF (not of any matcher): it keeps its promise of being unseen (its own layout
 * families, wordings no other list or split has, blind9's and blind10's included), every truth cell holds its
 * slot's value once written and read back, truth and absent partition the plan's slots, and the traps of each
 * family are really there, counted.
 */
// These are ExcelJS cells read in memory, not Office.js proxies: nothing to load or sync.
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read */
import type ExcelJS from "exceljs";
import * as b11 from "../scripts/corpus/blind11/generate";
import * as w11 from "../scripts/corpus/blind11/wordings";
import { BLIND9_NEW_FAMILIES } from "../scripts/corpus/blind9/generate";
import { BLIND10_NEW_FAMILIES } from "../scripts/corpus/blind10/generate";
import { classifyWord } from "../src/core/values/words";
import { cellText, fold, isFormula } from "./support/splitChecks";
import * as suite from "./support/splitSuite";

const b = suite.blindSuite("blind11", b11.buildBlind11Corpus, b11.writeBlind11Corpus);
const { cases, booksOf, sheetsOf } = b;
const blindTexts = [
  ...suite.values(w11.B11_INPUT_WORDINGS),
  ...suite.values(w11.B11_SHORT_HEADERS),
  ...suite.values(w11.B11_AGENCY_WORDINGS),
  ...suite.decoyTexts(w11.B11_DECOYS),
];
const y2025 = (t: string) => t.replace("{y}", "2025").replace("{x}", "2024");

/** Everyday words of the families' tables (column names of a staff table, "STT"…), left out of the check. */
const EVERYDAY = new Set(
  [
    ...Object.values(w11.B11_ROSTER.cols),
    ...Object.values(w11.B11_ROSTER.groups),
    "STT",
    "Mã",
    "Mã số",
    "ĐVT",
    "Đơn vị tính",
    "Đơn vị báo cáo",
    "Kỳ báo cáo",
    "Loại",
    "Trạng thái",
    "Giá trị",
    "Số liệu",
    "Thực hiện",
    "Ước thực hiện",
    "Kế hoạch",
    "Trong đó",
    "%",
    "67%",
    "100%",
    "người",
    "Tổng cộng",
    "Đạt",
    "Vượt",
    "Chưa đạt",
    "Không đạt",
    "-",
    "",
  ].map(fold),
);

describe("blind11 split shape", () => {
  b.itHasItsShape([w11.B11_INPUT_WORDINGS, w11.B11_SHORT_HEADERS, w11.B11_AGENCY_WORDINGS], {
    upTo: 8,
    knownMoreThan: 54,
    newFamilies: b11.BLIND11_NEW_FAMILIES,
    unseen: "each",
  });

  suite.itHasNoEarlierFamilyName(
    "its family names are none of blind9's or blind10's either",
    [...BLIND9_NEW_FAMILIES, ...BLIND10_NEW_FAMILIES],
    b11.BLIND11_NEW_FAMILIES,
    12,
  );
});

describe("blind11 wordings", () => {
  // The families' own texts may be short, so they are only checked for equality (everyday words left out).
  const familyTexts = [
    w11.B11_TRACKER,
    w11.B11_FINANCE,
    w11.B11_EXPORT,
    w11.B11_ROSTER,
    w11.B11_OUTLINE,
    w11.B11_INVENTORY,
    w11.B11_PLAN_HEADERS,
    w11.B11_PARTIAL_HEADERS,
  ]
    .flatMap(suite.strings)
    .map(y2025)
    .filter((t) => !EVERYDAY.has(fold(t)));
  b.itIsUnknown(blindTexts, familyTexts, 250);

  b.itLeaksNowhere(
    "never appear in a tune, held-out, fresh, blind, blind2 … blind9 or blind10 case",
    blindTexts,
    { moreThan: 600, with: ["b9-", "b10-"], without: ["b11-"], timeout: 300_000 },
  );

  b.itAppearsInSplit(
    "every input wording, header, agency name and near-miss row shows up in the split",
    blindTexts,
  );
});

b.describeTruth();

describe("blind11 traps", () => {
  const { sheetOf, cellsWhere, truthCells, family, num, colOf, rowOf, valueOf, text } = b;
  const visible = (c: (typeof cases)[number]) => sheetsOf(c).filter((ws) => ws.state === "visible");
  const isTruth = (c: (typeof cases)[number], file: string, ws: ExcelJS.Worksheet, at: string) =>
    truthCells(c).includes(`${file}|${ws.name}|${at}`);
  const answer = (cell: ExcelJS.Cell) => classifyWord(cellText(cell).trim());

  b.itHasCommonTraps(
    "near-miss rows, plan and part-of-year figures, gaps, hidden sheets, notes and last year are in many cases",
    {
      decoys: suite.decoyTexts(w11.B11_DECOYS),
      partials: w11.B11_PARTIAL_HEADERS.map(y2025),
      notes: w11.B11_NOTES,
      atLeast: { decoys: 36, plans: 21, partials: 12, gaps: 15, hidden: 24, notes: 18 },
    },
  );

  b.itHasLastYearBeside(36);

  it("no truth cell of a new family sits in a hidden row or column", () => {
    for (const c of cases.filter((x) => x.newFamily))
      for (const t of c.truth) {
        const ws = sheetOf(c, t);
        const cell = ws?.getCell(t.cell);
        expect([
          c.id,
          t.cell,
          ws?.getRow(rowOf(t.cell)).hidden,
          ws?.getColumn(Number(cell?.col)).hidden,
        ]).toEqual([c.id, t.cell, false, false]);
      }
  });

  it("tracker: labels merged down the agency rows, yes-like assessments and last year's answers beside, never truth", () => {
    let merged = 0;
    let verdicts = 0;
    let lastYear = 0;
    const verdictHeads = w11.B11_TRACKER.verdictHeaders.map(fold);
    for (const c of family("b11-target-tracker")) {
      const [file] = booksOf(c).keys();
      const ws = visible(c)[0];
      if (!ws || file === undefined) throw new Error(c.id);
      for (const t of c.truth) {
        const label = ws.getCell(`B${rowOf(t.cell)}`);
        if (label.isMerged && label.master.address !== label.address) merged++;
        if (t.year === undefined) {
          const left = ws.getCell(rowOf(t.cell), Number(ws.getCell(t.cell).col) - 1);
          if (cellText(left) !== "") {
            expect(isTruth(c, file, ws, left.address)).toBe(false);
            lastYear++;
          }
        }
      }
      let col = 0;
      ws.getRow(7).eachCell((cell, n) => void (verdictHeads.includes(fold(cellText(cell))) && (col = n)));
      expect(col).toBeGreaterThan(0);
      ws.getColumn(col).eachCell((cell) => {
        if (Number(cell.row) <= 8) return;
        const w = answer(cell);
        if (w === "yes" || w === "no") {
          verdicts++;
          expect(isTruth(c, file, ws, cell.address)).toBe(false);
        }
      });
      expect(sheetsOf(c).filter((s) => s.state === "hidden").length).toBe(1);
    }
    expect(merged).toBeGreaterThanOrEqual(7 * 18);
    expect(verdicts).toBeGreaterThanOrEqual(7 * 22);
    expect(lastYear).toBeGreaterThanOrEqual(7 * 15);
  });

  it("finance: the revenue line sits over sources that add up to it; the staff quota over the head count exceeds it", () => {
    let sums = 0;
    let quotas = 0;
    let partials = 0;
    for (const c of family("b11-finance-settlement")) {
      for (const t of c.truth) {
        const ws = sheetOf(c, t);
        const row = rowOf(t.cell);
        const col = colOf(t.cell);
        if (t.input === "revenue") {
          const parts: number[] = [];
          for (let r = row + 1; /^\d+$/.test(text(ws, `A${r}`)); r++) {
            const v = num(ws?.getCell(`${col}${r}`));
            if (v !== undefined) parts.push(v);
          }
          if (parts.length >= 3) {
            expect(parts.reduce((a, x) => a + x, 0)).toBeCloseTo(valueOf(c, t) as number, 5);
            expect(parts.every((p) => p !== valueOf(c, t))).toBe(true);
            sums++;
          }
        }
        if (t.input === "staff_total") {
          const quota = num(ws?.getCell(`${col}${row - 1}`));
          expect(quota).toBeGreaterThan(valueOf(c, t) as number);
          quotas++;
        }
      }
      for (const [, wb] of booksOf(c)) {
        const partial = w11.B11_PARTIAL_HEADERS.map((h) => fold(y2025(h)));
        if (wb.worksheets.some((ws) => partial.includes(fold(cellText(ws.getCell("B1")))))) partials++;
      }
    }
    expect(sums).toBeGreaterThanOrEqual(7 * 7);
    expect(quotas).toBeGreaterThanOrEqual(17);
    expect(partials).toBeGreaterThanOrEqual(18);
    expect(
      family("b11-finance-settlement").filter((c) =>
        c.truth.some((t) => t.input === "revenue" && isFormula(sheetOf(c, t)?.getCell(t.cell).value)),
      ).length,
    ).toBeGreaterThanOrEqual(1);
  });

  it("export: plan and part-of-year rows of the same indicator and unit, yes-like states and pivot formulas are never truth", () => {
    const plan = w11.B11_EXPORT.kinds.plan.map(fold);
    const partial = w11.B11_PARTIAL_HEADERS.map((h) => fold(y2025(h)));
    const states = w11.B11_EXPORT.states.map(fold);
    let plans = 0;
    let partials = 0;
    let yesStates = 0;
    let copies = 0;
    for (const c of family("b11-portal-data-rows")) {
      const [file] = booksOf(c).keys();
      const truthRows = new Set(c.truth.map((t) => `${t.sheet}|${rowOf(t.cell)}`));
      const values = new Set(c.truth.map((t) => valueOf(c, t)));
      for (const ws of sheetsOf(c)) {
        ws.eachRow((r, n) => {
          const texts = (r.values as unknown[]).map((_, i) => (i > 0 ? fold(cellText(r.getCell(i))) : ""));
          if (texts.some((t) => plan.includes(t))) {
            plans++;
            expect(truthRows.has(`${ws.name}|${n}`)).toBe(false);
          }
          if (texts.some((t) => partial.includes(t))) {
            partials++;
            expect(truthRows.has(`${ws.name}|${n}`)).toBe(false);
          }
          if (
            truthRows.has(`${ws.name}|${n}`) &&
            texts.some((t) => states.includes(t) && classifyWord(t) === "yes")
          )
            yesStates++;
        });
      }
      for (const at of cellsWhere(c, (cell) => isFormula(cell.value))) {
        const [, sheet, address] = at.split("|");
        const ws = sheetsOf(c).find((s) => s.name === sheet);
        const result = (ws?.getCell(address ?? "A1").value as { result?: unknown }).result;
        if (values.has(result as number)) copies++;
        expect(file !== undefined && ws !== undefined && isTruth(c, file, ws, address ?? "")).toBe(false);
      }
      expect(sheetsOf(c).filter((s) => s.state !== "visible").length).toBe(1);
    }
    expect(plans).toBeGreaterThanOrEqual(7 * 8);
    expect(partials).toBeGreaterThanOrEqual(7 * 3);
    expect(yesStates).toBeGreaterThanOrEqual(7 * 28);
    expect(copies).toBeGreaterThanOrEqual(7 * 10);
  });

  it("roster: the total row's two truths equal the sum of the departments; the quota below and the summary copies are not truth", () => {
    let sums = 0;
    let quotas = 0;
    let copies = 0;
    for (const c of family("b11-staff-quality-table")) {
      const [file] = booksOf(c).keys();
      for (const t of c.truth) {
        const ws = sheetOf(c, t);
        if (!ws) throw new Error(c.id);
        const col = colOf(t.cell);
        let sum = 0;
        let depts = 0;
        let quota: number | undefined;
        ws.getColumn(col).eachCell((cell) => {
          const r = Number(cell.row);
          if (r <= 8 || r === rowOf(t.cell)) return;
          const v = num(cell);
          if (v === undefined) return;
          if (typeof ws.getCell(`A${r}`).value === "number") {
            sum += v;
            depts++;
          } else if (r > rowOf(t.cell) && quota === undefined) quota = v;
        });
        expect([c.id, t.cell, sum]).toEqual([c.id, t.cell, valueOf(c, t)]);
        expect(depts).toBeGreaterThanOrEqual(2);
        sums++;
        if (t.input === "staff_total" && quota !== undefined) {
          expect(quota).toBeGreaterThan(valueOf(c, t) as number);
          quotas++;
        }
      }
      for (const at of cellsWhere(
        c,
        (cell) => isFormula(cell.value) && String((cell.value as { formula: string }).formula).includes("!"),
      )) {
        const [, sheet, address] = at.split("|");
        const ws = sheetsOf(c).find((s) => s.name === sheet);
        expect(file !== undefined && ws !== undefined && isTruth(c, file, ws, address ?? "")).toBe(false);
        copies++;
      }
    }
    expect(sums).toBeGreaterThanOrEqual(7 * 5);
    expect(quotas).toBeGreaterThanOrEqual(17);
    expect(copies).toBeGreaterThanOrEqual(12);
  });

  it("outline: several years on one sentence row, dotted blanks and percentages after the figures, never truth", () => {
    const blanks = w11.B11_OUTLINE.blank.map(fold);
    let rows = 0;
    let dots = 0;
    let percents = 0;
    for (const c of family("b11-fill-in-outline")) {
      const byRow = new Map<string, Set<number>>();
      for (const t of c.truth) {
        const key = `${t.workbook}|${t.sheet}|${rowOf(t.cell)}|${t.input}|${t.unit}`;
        byRow.set(key, (byRow.get(key) ?? new Set()).add(t.year ?? 0));
        const label = sheetOf(c, t)?.getCell(`B${rowOf(t.cell)}`);
        expect(label?.isMerged && label.master.address === label.address).toBe(true);
      }
      rows += [...byRow.values()].filter((years) => years.size >= 2).length;
      for (const [file, wb] of booksOf(c))
        for (const ws of wb.worksheets)
          ws.eachRow((r) =>
            r.eachCell((cell) => {
              if (blanks.includes(fold(cellText(cell)))) {
                dots++;
                expect(isTruth(c, file, ws, cell.address)).toBe(false);
              }
              if (fold(cellText(cell)).startsWith("%")) {
                const left = ws.getCell(Number(cell.row), Number(cell.col) - 1);
                if (num(left) !== undefined) {
                  percents++;
                  expect(isTruth(c, file, ws, left.address)).toBe(false);
                }
              }
            }),
          );
    }
    expect(rows).toBeGreaterThanOrEqual(7 * 8);
    expect(dots).toBeGreaterThanOrEqual(18);
    expect(percents).toBeGreaterThanOrEqual(7 * 5);
  });

  it("inventory: the approved level of the press system is truth; proposed levels and other systems' levels are not", () => {
    const proposedHeads = w11.B11_INVENTORY.headers.proposed.map(fold);
    const approvedHeads = w11.B11_INVENTORY.headers.approved.map(fold);
    const pending = w11.B11_INVENTORY.pending.map(fold);
    let beside = 0;
    let levels = 0;
    let answers = 0;
    for (const c of family("b11-system-inventory")) {
      const [file] = booksOf(c).keys();
      const ws = visible(c)[0];
      if (!ws || file === undefined) throw new Error(c.id);
      const head = ws.getRow(7);
      let proposed = 0;
      let approved = 0;
      head.eachCell((cell, n) => {
        if (proposedHeads.includes(fold(cellText(cell)))) proposed = n;
        if (approvedHeads.includes(fold(cellText(cell)))) approved = n;
      });
      expect(proposed * approved).toBeGreaterThan(0);
      for (const t of c.truth) {
        if (t.input === "security_level") {
          expect(Number(ws.getCell(t.cell).col)).toBe(approved);
          if (cellText(ws.getCell(rowOf(t.cell), proposed)) !== "") beside++;
        } else answers++;
      }
      for (const col of [proposed, approved])
        ws.getColumn(col).eachCell((cell) => {
          const v = num(cell) ?? /\d$/.exec(cellText(cell))?.[0];
          if (Number(cell.row) > 7 && v !== undefined && !isTruth(c, file, ws, cell.address)) levels++;
          if (pending.includes(fold(cellText(cell)))) {
            const unitRows = c.truth.filter((t) => t.input === "security_level").map((t) => rowOf(t.cell));
            expect(unitRows).not.toContain(Number(cell.row));
          }
        });
    }
    expect(beside).toBeGreaterThanOrEqual(17);
    expect(levels).toBeGreaterThanOrEqual(7 * 13);
    expect(answers).toBeGreaterThanOrEqual(7 * 7);
  });

  b.itHasLegacyFontsAndKinds({
    oneZero: false,
    kinds: ["formula", "number", "number-text", "word"],
    exact: true,
  });
});

b.describeDeterminism();
