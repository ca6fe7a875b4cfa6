/**
 * Checks of the "blind31" split ITSELF (not of any matcher): it keeps its promise of being unseen (its own layout
 * families, wordings no other list or split has, blind29's and blind30's included), every truth cell holds its
 * slot's value once written and read back, truth and absent partition the plan's slots, and each family's trap is
 * really there, counted.
 */

import * as b9 from "../scripts/corpus/blind9/generate";
import * as b10 from "../scripts/corpus/blind10/generate";
import * as b11 from "../scripts/corpus/blind11/generate";
import * as b12 from "../scripts/corpus/blind12/generate";
import * as b13 from "../scripts/corpus/blind13/generate";
import * as b14 from "../scripts/corpus/blind14/generate";
import * as b15 from "../scripts/corpus/blind15/generate";
import * as b16 from "../scripts/corpus/blind16/generate";
import * as b17 from "../scripts/corpus/blind17/generate";
import * as b18 from "../scripts/corpus/blind18/generate";
import * as b19 from "../scripts/corpus/blind19/generate";
import * as b20 from "../scripts/corpus/blind20/generate";
import * as b21 from "../scripts/corpus/blind21/generate";
import * as b22 from "../scripts/corpus/blind22/generate";
import * as b23 from "../scripts/corpus/blind23/generate";
import * as b24 from "../scripts/corpus/blind24/generate";
import * as b25 from "../scripts/corpus/blind25/generate";
import * as b26 from "../scripts/corpus/blind26/generate";
import * as b27 from "../scripts/corpus/blind27/generate";
import * as b28 from "../scripts/corpus/blind28/generate";
import * as b29 from "../scripts/corpus/blind29/generate";
import * as b30 from "../scripts/corpus/blind30/generate";
import * as b31 from "../scripts/corpus/blind31/generate";
import { bookCol } from "../scripts/corpus/blind31/codebook";
import { yearCol } from "../scripts/corpus/blind31/lawreview";
import { schemeCol } from "../scripts/corpus/blind31/scheme";
import * as t31 from "../scripts/corpus/blind31/texts";
import * as w31 from "../scripts/corpus/blind31/wordings";
import { colLetter } from "../scripts/fixtures/sheetKit";

import { cellText, fold, isFormula, isPlanHeader } from "./support/splitChecks";
import * as suite from "./support/splitSuite";

const b = suite.blindSuite("blind31", b31.buildBlind31Corpus, b31.writeBlind31Corpus);

const decoys = Object.values(w31.B31_DECOYS);
const blindTexts = [
  ...suite.values(w31.B31_INPUT_WORDINGS),
  ...suite.values(w31.B31_SHORT_HEADERS),
  ...suite.values(w31.B31_AGENCY_WORDINGS),
  ...suite.decoyTexts(decoys),
];
const fill = (t: string) => t.replaceAll("{y}", "2025").replaceAll("{n}", "BLC");
/** The families' own fixed texts (titles, captions, column heads), checked for equality only: some are short. */
const familyTexts = [
  ...[t31.B31_REVIEW, t31.B31_LAWREVIEW, t31.B31_AWARD, t31.B31_SCHEME, t31.B31_REGISTER, t31.B31_CODEBOOK]
    .flatMap(suite.strings)
    .filter((t) => t.length > 3)
    .map(fill),
  ...[...w31.B31_PLAN_HEADERS, ...w31.B31_PARTIAL_HEADERS].map(fill),
];
const partials = w31.B31_PARTIAL_HEADERS.map(fill);
const formulaText = (v: unknown) => String((v as { formula: string }).formula);
const decoyFolds = (...ds: Array<{ texts: readonly string[] }>) => ds.flatMap((d) => d.texts.map(fold));
const holdsDecoy = (text: string, ...ds: Array<{ texts: readonly string[] }>) =>
  decoyFolds(...ds).some((d) => fold(text).includes(d));
const isPartial = (text: string) => partials.map(fold).includes(fold(text));
const among = (text: string, list: readonly string[]) => list.map(fold).includes(fold(text));
const D = w31.B31_DECOYS;
const YEARLY = ["political_articles", "revenue"];
const col = (n: number) => colLetter(n);

describe("blind31 split shape", () => {
  b.itHasItsShape([w31.B31_INPUT_WORDINGS, w31.B31_SHORT_HEADERS, w31.B31_AGENCY_WORDINGS], {
    upTo: 8,
    knownMoreThan: 54,
    newFamilies: b31.BLIND31_NEW_FAMILIES,
    unseen: "each",
  });

  suite.itHasNoEarlierFamilyName(
    "has no family name of blind9 … blind30 either",
    [
      ...b9.BLIND9_NEW_FAMILIES,
      ...b10.BLIND10_NEW_FAMILIES,
      ...b11.BLIND11_NEW_FAMILIES,
      ...b12.BLIND12_NEW_FAMILIES,
      ...b13.BLIND13_NEW_FAMILIES,
      ...b14.BLIND14_NEW_FAMILIES,
      ...b15.BLIND15_NEW_FAMILIES,
      ...b16.BLIND16_NEW_FAMILIES,
      ...b17.BLIND17_NEW_FAMILIES,
      ...b18.BLIND18_NEW_FAMILIES,
      ...b19.BLIND19_NEW_FAMILIES,
      ...b20.BLIND20_NEW_FAMILIES,
      ...b21.BLIND21_NEW_FAMILIES,
      ...b22.BLIND22_NEW_FAMILIES,
      ...b23.BLIND23_NEW_FAMILIES,
      ...b24.BLIND24_NEW_FAMILIES,
      ...b25.BLIND25_NEW_FAMILIES,
      ...b26.BLIND26_NEW_FAMILIES,
      ...b27.BLIND27_NEW_FAMILIES,
      ...b28.BLIND28_NEW_FAMILIES,
      ...b29.BLIND29_NEW_FAMILIES,
      ...b30.BLIND30_NEW_FAMILIES,
    ],
    b31.BLIND31_NEW_FAMILIES,
    130,
  );
});

describe("blind31 wordings", () => {
  b.itIsUnknown(blindTexts, familyTexts, 150);

  b.itLeaksNowhere(
    "never appear in a tune, held-out, fresh, blind, blind2 … blind29 or blind30 case",
    blindTexts,
    {
      moreThan: 1000,
      with: [
        "b10-",
        "b11-",
        "b12-",
        "b13-",
        "b14-",
        "b15-",
        "b16-",
        "b17-",
        "b18-",
        "b19-",
        "b20-",
        "b21-",
        "b22-",
        "b23-",
        "b24-",
        "b25-",
        "b26-",
        "b27-",
        "b28-",
        "b29-",
        "b30-",
      ],
      without: ["b31-", "b32-"],
      timeout: 900_000,
    },
  );

  b.itAppearsInSplit(
    "every input wording, header, agency name and near-miss row shows up in the split",
    blindTexts,
  );
});

b.describeTruth();

describe("blind31 traps", () => {
  const { sheetOf, family, num, colOf, rowOf, text } = b;

  b.itHasCommonTraps(
    "near-miss rows, plan and part-of-year figures, gaps, hidden sheets and notes are common",
    {
      decoys: suite.decoyTexts(decoys),
      partials,
      notes: w31.B31_NOTES,
      atLeast: { decoys: 30, plans: 25, partials: 7, gaps: 30, hidden: 15, notes: 30 },
    },
  );

  b.itHasLastYearBeside(35);

  b.itHasLegacyFontsAndKinds({
    oneZero: false,
    kinds: ["formula", "number", "number-text", "word"],
    exact: false,
  });

  it("year-end annex: a sheet per agency; the target (a plan column) in D, the half-year in E, the full year in F (truth), last year in G (truth for the yearly inputs, an older state beside the statuses); whole works right above the political works, the advertising part right under the revenue", () => {
    let yearly = 0;
    let status = 0;
    let olderBeside = 0;
    let worksAbove = 0;
    let works = 0;
    let adUnder = 0;
    let revenue = 0;
    for (const c of family("b31-year-end-summary-conference-annex")) {
      expect(c.files).toHaveLength(1);
      const visible = b.sheetsOf(c).filter((s) => s.state === "visible");
      expect(visible).toHaveLength(3);
      for (const ws of visible) {
        expect(isPlanHeader(text(ws, "D5"))).toBe(true);
        expect(isPartial(text(ws, "E5"))).toBe(true);
        expect(among(text(ws, "F5"), t31.B31_REVIEW.full)).toBe(true);
        expect(among(text(ws, "G5"), t31.B31_REVIEW.last)).toBe(true);
      }
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        const row = rowOf(e.cell);
        if (e.year !== undefined) {
          yearly++;
          expect(colOf(e.cell)).toBe(e.year === 2025 ? "F" : "G");
          if (e.year !== 2025) continue;
          if (e.input === "political_articles") {
            works++;
            if (holdsDecoy(text(ws, `B${row - 1}`), D.allWorks)) worksAbove++;
          } else {
            revenue++;
            if (holdsDecoy(text(ws, `B${row + 1}`), D.advertising)) adUnder++;
          }
          continue;
        }
        status++;
        expect(colOf(e.cell)).toBe("F");
        if (text(ws, `G${row}`) !== "") olderBeside++;
      }
    }
    expect(yearly).toBeGreaterThan(7 * 8);
    expect(status).toBeGreaterThan(7 * 18);
    expect(olderBeside).toBeGreaterThan(status / 2);
    expect(works).toBeGreaterThan(7 * 2);
    expect(worksAbove).toBe(works);
    expect(revenue).toBeGreaterThan(7 * 2);
    expect(adUnder).toBe(revenue);
  });

  it("press law review: the yearly inputs in their year's column of 2016–2025 with a SUM of the ten years beside; whole works right above the political works, the advertising right under the revenue; the statuses in each agency's end-2025 column, beside its 2016 state; the remote figures in a table of their own", () => {
    let yearly = 0;
    let summed = 0;
    let worksAbove = 0;
    let works = 0;
    let adUnder = 0;
    let revenue = 0;
    let status = 0;
    let besideFirst = 0;
    let remote = 0;
    let early = 0;
    for (const c of family("b31-press-law-ten-year-review")) {
      expect(c.files).toHaveLength(1);
      const [series, states] = b.sheetsOf(c);
      expect(fold(text(series, "N4"))).not.toBe("");
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        const row = rowOf(e.cell);
        if (e.year !== undefined) {
          yearly++;
          expect(ws?.name).toBe(series?.name);
          expect(colOf(e.cell)).toBe(col(yearCol(e.year)));
          const sum = ws?.getCell(`N${row}`).value;
          if (isFormula(sum) && formulaText(sum).startsWith("SUM(")) summed++;
          if (e.year === 2020 && num(ws?.getCell(`D${row}`)) !== undefined) early++;
          if (e.input === "political_articles") {
            works++;
            if (holdsDecoy(text(ws, `B${row - 1}`), D.allWorks)) worksAbove++;
          } else {
            revenue++;
            if (holdsDecoy(text(ws, `B${row + 1}`), D.advertising)) adUnder++;
          }
          continue;
        }
        expect(ws?.name).toBe(states?.name);
        if (e.unit === "tinh-lai-chau") {
          remote++;
          expect(colOf(e.cell)).toBe("E");
          continue;
        }
        status++;
        expect(["E", "G", "I"]).toContain(colOf(e.cell));
        expect(among(text(ws, `${colOf(e.cell)}4`), t31.B31_LAWREVIEW.now)).toBe(true);
        const left = col(Number(ws?.getCell(e.cell).col) - 1);
        if (among(text(ws, `${left}4`), t31.B31_LAWREVIEW.first) && text(ws, `${left}${row}`) !== "")
          besideFirst++;
      }
    }
    expect(yearly).toBeGreaterThan(7 * 20);
    expect(summed).toBe(yearly);
    expect(works).toBeGreaterThan(7 * 10);
    expect(worksAbove).toBe(works);
    expect(adUnder).toBe(revenue);
    expect(early).toBeGreaterThanOrEqual(5);
    expect(status).toBeGreaterThan(7 * 18);
    expect(besideFirst).toBe(status);
    expect(remote).toBeGreaterThanOrEqual(2);
  });

  it("award nomination: a workbook per nominated agency; three years in D–F, the statuses in D:F merged, a self-score column; the revenue the SUM of its two parts right under it, the whole works right under the political works, next year's plan right under the data platform", () => {
    let yearly = 0;
    let merged = 0;
    let status = 0;
    let revenue = 0;
    let summed = 0;
    let works = 0;
    let allUnder = 0;
    let ai = 0;
    let futureUnder = 0;
    for (const c of family("b31-dx-award-nomination-form")) {
      expect(c.files.length).toBeGreaterThanOrEqual(2);
      for (const ws of b.sheetsOf(c).filter((s) => s.state === "visible"))
        expect(among(text(ws, "G5"), t31.B31_AWARD.score)).toBe(true);
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        const row = rowOf(e.cell);
        if (e.year !== undefined) {
          yearly++;
          expect(colOf(e.cell)).toBe({ 2023: "D", 2024: "E", 2025: "F" }[e.year]);
          if (e.input === "revenue") {
            revenue++;
            const v = ws?.getCell(e.cell).value;
            const parts = [
              num(ws?.getCell(`${colOf(e.cell)}${row + 1}`)),
              num(ws?.getCell(`${colOf(e.cell)}${row + 2}`)),
            ];
            if (
              isFormula(v) &&
              formulaText(v).startsWith("SUM(") &&
              Math.round(((parts[0] ?? 0) + (parts[1] ?? 0)) * 10) ===
                Math.round(Number(b.valueOf(c, e)) * 10)
            )
              summed++;
          } else {
            works++;
            if (holdsDecoy(text(ws, `B${row + 1}`), D.allWorks)) allUnder++;
          }
          continue;
        }
        status++;
        expect(colOf(e.cell)).toBe("D");
        if (ws?.getCell(`F${row}`).isMerged) merged++;
        if (e.input === "ai_data_platform") {
          ai++;
          if (
            among(text(ws, `B${row + 1}`), t31.B31_AWARD.future) &&
            isPlanHeader(text(ws, `B${row + 1}`)) !== undefined
          )
            futureUnder++;
        }
      }
    }
    expect(yearly).toBeGreaterThan(7 * 8);
    expect(status).toBeGreaterThan(7 * 10);
    expect(merged).toBe(status);
    expect(revenue).toBeGreaterThan(7 * 3);
    expect(summed).toBe(revenue);
    expect(allUnder).toBe(works);
    expect(ai).toBeGreaterThan(7);
    expect(futureUnder).toBe(ai);
  });

  it("development scheme: a workbook per agency; the actual years 2020–2025 under one head, the targets 2026–2030 under a plan head; the headcount's history to the left of its 2025 value, every status in the 2025 column", () => {
    let yearly = 0;
    let status = 0;
    let history = 0;
    let heads = 0;
    let ahead = 0;
    for (const c of family("b31-development-scheme-outlook")) {
      expect(c.files).toHaveLength(3);
      for (const ws of b.sheetsOf(c).filter((s) => s.state === "visible" && text(s, "J4") !== ""))
        expect(isPlanHeader(text(ws, "J4"))).toBe(true);
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        const row = rowOf(e.cell);
        if (text(ws, `N${row}`) !== "") ahead++;
        if (e.year !== undefined) {
          yearly++;
          expect(colOf(e.cell)).toBe(col(schemeCol(e.year)));
          continue;
        }
        status++;
        expect(colOf(e.cell)).toBe("I");
        if (e.input === "staff_total") {
          heads++;
          if (["D", "E", "F", "G", "H"].every((x) => num(ws?.getCell(`${x}${row}`)) !== undefined)) history++;
        }
      }
    }
    expect(yearly).toBeGreaterThan(7 * 20);
    expect(status).toBeGreaterThan(7 * 18);
    expect(heads).toBeGreaterThan(7 * 2);
    expect(history).toBe(heads);
    expect(ahead).toBeGreaterThan((yearly + status) * 0.8);
  });

  it("level register: the approved level of each agency's publishing system in E beside the proposed one (often higher), other systems of the agency around it; the shared platforms on their own sheet in C–E beside next year's request", () => {
    let levels = 0;
    let higher = 0;
    let notApplicable = 0;
    let platforms = 0;
    let otherSystems = 0;
    for (const c of family("b31-infosystem-level-approval-register")) {
      expect(c.files).toHaveLength(1);
      const [systems, shared] = b.sheetsOf(c);
      expect(among(text(shared, "F3"), t31.B31_REGISTER.support)).toBe(true);
      const pressRows = Object.values(t31.B31_REGISTER.press).flat();
      systems?.eachRow((r) => {
        if (among(cellText(r.getCell(2)), t31.B31_REGISTER.others)) otherSystems++;
      });
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        const row = rowOf(e.cell);
        if (e.input === "security_level") {
          expect(ws?.name).toBe(systems?.name);
          expect(colOf(e.cell)).toBe("E");
          expect(among(text(ws, `B${row}`), pressRows)).toBe(true);
          if (e.unit === "tap-chi-van-nghe-lai-chau") notApplicable++;
          else {
            levels++;
            if (text(ws, `D${row}`) !== text(ws, `E${row}`)) higher++;
          }
          continue;
        }
        platforms++;
        expect(ws?.name).toBe(shared?.name);
        expect(["C", "D", "E"]).toContain(colOf(e.cell));
      }
    }
    expect(levels).toBeGreaterThan(7);
    expect(higher).toBeGreaterThanOrEqual(3);
    expect(notApplicable).toBeGreaterThanOrEqual(3);
    expect(platforms).toBeGreaterThan(7 * 6);
    expect(otherSystems).toBeGreaterThanOrEqual(7 * 3);
  });

  it("indicator breakdown: an agency's figure on its own coded row under the indicator's total (a SUM, never truth), older years beside the statuses; the province's remote figure on the indicator's row, the districts under it adding up to it", () => {
    let agencyCells = 0;
    let totalsAbove = 0;
    let yearlyCells = 0;
    let remote = 0;
    let districts = 0;
    for (const c of family("b31-statistical-indicator-disaggregation")) {
      expect(c.files).toHaveLength(1);
      const ws = b.sheetsOf(c)[0];
      let sums = 0;
      ws?.eachRow((r) =>
        r.eachCell((cell) => {
          if (isFormula(cell.value) && formulaText(cell.value).startsWith("SUM(")) sums++;
        }),
      );
      totalsAbove += sums;
      for (const e of c.truth) {
        const row = rowOf(e.cell);
        const code = text(ws, `A${row}`);
        if (e.year !== undefined) {
          yearlyCells++;
          expect(colOf(e.cell)).toBe(col(bookCol(e.year)));
        } else expect(colOf(e.cell)).toBe("F");
        if (e.unit === "tinh-lai-chau") {
          remote++;
          expect(code).toMatch(/^\d{4}$/);
          let sum = 0;
          for (let r = row + 2; /^\d{4}\.\d+$/.test(text(ws, `A${r}`)); r++)
            sum += num(ws?.getCell(`F${r}`)) ?? 0;
          if (sum > 0) {
            districts++;
            expect(sum).toBe(b.valueOf(c, e));
          }
          continue;
        }
        agencyCells++;
        expect(code).toMatch(/^\d{4}\.\d$/);
      }
    }
    expect(agencyCells).toBeGreaterThan(7 * 25);
    expect(yearlyCells).toBeGreaterThan(7 * 8);
    expect(totalsAbove).toBeGreaterThan(7 * 6);
    expect(remote).toBeGreaterThanOrEqual(2);
    expect(districts).toBeGreaterThanOrEqual(1);
  });

  it("no truth cell is empty once read back, and yearly slots only where the plan has years", () => {
    for (const c of b.cases)
      for (const e of c.truth) {
        expect(cellText(sheetOf(c, e)!.getCell(e.cell)).trim()).not.toBe("");
        expect(e.year !== undefined).toBe(YEARLY.includes(e.input));
      }
  });
});

b.describeDeterminism();
