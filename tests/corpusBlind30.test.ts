/**
 * Checks of the "blind30" split ITSELF (not of any matcher): it keeps its promise of being unseen (its own layout
 * families, wordings no other list or split has, blind27's and blind28's included), every truth cell holds its
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
import * as b30 from "../scripts/corpus/blind30/generate";
import * as t30 from "../scripts/corpus/blind30/texts";
import * as w30 from "../scripts/corpus/blind30/wordings";

import { cellText, fold, isFormula, isPlanHeader } from "./support/splitChecks";
import * as suite from "./support/splitSuite";

const b = suite.blindSuite("blind30", b30.buildBlind30Corpus, b30.writeBlind30Corpus);

const decoys = Object.values(w30.B30_DECOYS);
const blindTexts = [
  ...suite.values(w30.B30_INPUT_WORDINGS),
  ...suite.values(w30.B30_SHORT_HEADERS),
  ...suite.values(w30.B30_AGENCY_WORDINGS),
  ...suite.decoyTexts(decoys),
];
const fill = (t: string) => t.replaceAll("{y}", "2025").replaceAll("{n}", "IV");
/** The families' own fixed texts (titles, captions, column heads), checked for equality only: some are short. */
const familyTexts = [
  ...[t30.B30_AUDIT, t30.B30_ITFORM, t30.B30_PARTY, t30.B30_BRIEF, t30.B30_COORD, t30.B30_UNION]
    .flatMap(suite.strings)
    .filter((t) => t.length > 3)
    .map(fill),
  ...[...w30.B30_PLAN_HEADERS, ...w30.B30_PARTIAL_HEADERS].map(fill),
];
const partials = w30.B30_PARTIAL_HEADERS.map(fill);
const formulaText = (v: unknown) => String((v as { formula: string }).formula);
const decoyFolds = (...ds: Array<{ texts: readonly string[] }>) => ds.flatMap((d) => d.texts.map(fold));
const holdsDecoy = (text: string, ...ds: Array<{ texts: readonly string[] }>) =>
  decoyFolds(...ds).some((d) => fold(text).includes(d));
const isPartial = (text: string) => partials.map(fold).includes(fold(text));
const D = w30.B30_DECOYS;
const YEARLY = ["political_articles", "revenue"];
const AGENCY_ORDER = ["bao-lai-chau", "dai-ptth-lai-chau", "tap-chi-van-nghe-lai-chau"];

describe("blind30 split shape", () => {
  b.itHasItsShape([w30.B30_INPUT_WORDINGS, w30.B30_SHORT_HEADERS, w30.B30_AGENCY_WORDINGS], {
    upTo: 8,
    knownMoreThan: 54,
    newFamilies: b30.BLIND30_NEW_FAMILIES,
    unseen: "each",
  });

  suite.itHasNoEarlierFamilyName(
    "has no family name of blind9 … blind28 either",
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
    ],
    b30.BLIND30_NEW_FAMILIES,
    118,
  );
});

describe("blind30 wordings", () => {
  b.itIsUnknown(blindTexts, familyTexts, 80);

  b.itLeaksNowhere(
    "never appear in a tune, held-out, fresh, blind, blind2 … blind27 or blind28 case",
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
      ],
      without: ["b29-", "b30-"],
      timeout: 900_000,
    },
  );

  b.itAppearsInSplit(
    "every input wording, header, agency name and near-miss row shows up in the split",
    blindTexts,
  );
});

b.describeTruth();

describe("blind30 traps", () => {
  const { sheetOf, family, num, colOf, rowOf, valueOf, text } = b;

  b.itHasCommonTraps(
    "near-miss rows, plan and part-of-year figures, gaps, hidden sheets and notes are common",
    {
      decoys: suite.decoyTexts(decoys),
      partials,
      notes: w30.B30_NOTES,
      atLeast: { decoys: 38, plans: 45, partials: 8, gaps: 35, hidden: 22, notes: 40 },
    },
  );

  b.itHasLastYearBeside(40);

  b.itHasLegacyFontsAndKinds({
    oneZero: false,
    kinds: ["formula", "number", "number-text", "word"],
    exact: false,
  });

  it("audit follow-up: one workbook, a sheet per agency; revenue by fiscal year in C under its own head, the advertising part, the audit's adjustment and the revenue target (a plan column) to its right, a nine-month row right before the full year; the quota right above the headcount", () => {
    let revenue = 0;
    let partialBefore = 0;
    let viaScratch = 0;
    let quotaAbove = 0;
    let staff = 0;
    for (const c of family("b30-audit-recommendation-followup")) {
      expect(c.files).toHaveLength(1);
      const visible = b.sheetsOf(c).filter((s) => s.state === "visible");
      expect(visible).toHaveLength(3);
      for (const ws of visible) {
        expect(isPlanHeader(text(ws, "F5"))).toBe(true);
        expect(holdsDecoy(text(ws, "D5"), D.advertising)).toBe(true);
        expect(holdsDecoy(text(ws, "E5"), D.auditAdjust)).toBe(true);
      }
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        const row = rowOf(e.cell);
        expect(colOf(e.cell)).toBe("C");
        if (e.input === "revenue") {
          revenue++;
          expect(text(ws, `B${row}`)).toContain(String(e.year));
          const v = ws?.getCell(e.cell).value;
          if (isFormula(v) && formulaText(v).includes("!")) viaScratch++;
          if (e.year === 2025 && isPartial(text(ws, `B${row - 1}`))) partialBefore++;
          continue;
        }
        if (e.input === "staff_total") {
          staff++;
          if (holdsDecoy(text(ws, `B${row - 1}`), D.quota)) quotaAbove++;
        }
      }
    }
    expect(revenue).toBeGreaterThan(7 * 8);
    expect(partialBefore).toBeGreaterThanOrEqual(7);
    expect(viaScratch).toBeGreaterThanOrEqual(3);
    expect(staff).toBeGreaterThan(7 * 2);
    expect(quotaAbove).toBe(staff);
  });

  it("IT application form: a workbook per agency; 2024 in D, 2025 and every status in E, a target column F; all works right above the political works, IT staff right under the headcount, the proposed level right under the approved one", () => {
    let yearly = 0;
    let status = 0;
    let allAbove = 0;
    let works = 0;
    let itUnder = 0;
    let heads = 0;
    let proposedUnder = 0;
    let levels = 0;
    for (const c of family("b30-it-application-annual-form")) {
      expect(c.files).toHaveLength(3);
      for (const ws of b.sheetsOf(c).filter((s) => s.state === "visible"))
        expect(isPlanHeader(text(ws, "F4"))).toBe(true);
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        const row = rowOf(e.cell);
        if (e.year !== undefined) {
          yearly++;
          expect(colOf(e.cell)).toBe(e.year === 2024 ? "D" : "E");
          if (e.input === "political_articles") {
            works++;
            if (holdsDecoy(text(ws, `B${row - 1}`), D.allWorks)) allAbove++;
          }
          continue;
        }
        status++;
        expect(colOf(e.cell)).toBe("E");
        if (e.input === "staff_total") {
          heads++;
          if (holdsDecoy(text(ws, `B${row + 1}`), D.itStaff)) itUnder++;
        }
        if (e.input === "security_level" && e.unit !== "tap-chi-van-nghe-lai-chau") {
          levels++;
          const proposed = text(ws, `E${row + 1}`);
          if (text(ws, `B${row + 1}`) === t30.B30_ITFORM.proposed && proposed !== "") proposedUnder++;
          expect(fold(proposed)).not.toBe(`cap ${String(valueOf(c, e))}`);
        }
      }
    }
    expect(yearly).toBeGreaterThan(7 * 8);
    expect(status).toBeGreaterThan(7 * 18);
    expect(allAbove).toBe(works);
    expect(itUnder).toBe(heads);
    expect(levels).toBeGreaterThan(7);
    expect(proposedUnder).toBe(levels);
  });

  it("party cell review: one workbook, a sheet per cell; this year's result in C, last year's in D to its right, the resolution's target (a plan column) in E and a self-rating after it; all works and the advertising part right under the political works and the revenue", () => {
    let yearly = 0;
    let under = 0;
    let status = 0;
    let rated = 0;
    for (const c of family("b30-party-cell-year-end-review")) {
      expect(c.files).toHaveLength(1);
      const sheets = b.sheetsOf(c);
      expect(sheets).toHaveLength(3);
      for (const ws of sheets) {
        expect(isPlanHeader(text(ws, "E4"))).toBe(true);
        expect(holdsDecoy(text(ws, "B6"), D.partyMembers)).toBe(true);
      }
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        const row = rowOf(e.cell);
        if (e.year !== undefined) {
          yearly++;
          expect(colOf(e.cell)).toBe(e.year === 2025 ? "C" : "D");
          const d = e.input === "revenue" ? D.advertising : D.allWorks;
          if (holdsDecoy(text(ws, `B${row + 1}`), d)) under++;
          if (e.year === 2025 && t30.B30_PARTY.judgeWords.includes(text(ws, `F${row}`))) rated++;
          continue;
        }
        status++;
        expect(colOf(e.cell)).toBe("C");
      }
    }
    expect(yearly).toBeGreaterThan(7 * 8);
    expect(under).toBe(yearly);
    expect(status).toBeGreaterThan(7 * 14);
    expect(rated).toBeGreaterThan(7 * 3);
  });

  it("chairman's brief: the agencies as columns C–E in the plan's order, a SUM column F and a target column G; years in the row labels; the coordinated part right under the 2025 works; the province's remote figures only in F", () => {
    let agencyCells = 0;
    let remote = 0;
    let sums = 0;
    let partUnder = 0;
    let works2025 = 0;
    for (const c of family("b30-chairman-working-session-brief")) {
      const ws = b.sheetsOf(c)[0];
      expect(isPlanHeader(text(ws, "G4"))).toBe(true);
      ws?.eachRow((r) =>
        r.eachCell((cell) => {
          if (isFormula(cell.value) && formulaText(cell.value).startsWith("SUM(")) sums++;
        }),
      );
      for (const e of c.truth) {
        const row = rowOf(e.cell);
        if (e.unit === "tinh-lai-chau") {
          remote++;
          expect(colOf(e.cell)).toBe("F");
          expect(text(ws, `C${row}`)).toBe("");
          continue;
        }
        agencyCells++;
        expect(colOf(e.cell)).toBe(["C", "D", "E"][AGENCY_ORDER.indexOf(e.unit)]);
        if (e.year !== undefined) expect(text(ws, `B${row}`)).toContain(String(e.year));
        if (e.input === "political_articles" && e.year === 2025) {
          works2025++;
          if (holdsDecoy(text(ws, `B${row + 1}`), D.coordination)) partUnder++;
        }
      }
    }
    expect(agencyCells).toBeGreaterThan(7 * 30);
    expect(remote).toBeGreaterThanOrEqual(2);
    expect(sums).toBeGreaterThan(7 * 8);
    expect(partUnder).toBe(works2025);
    expect(works2025).toBeGreaterThan(7 * 2);
  });

  it("coordination review: a sheet per year named with it (and a nine-month sheet with no truth); works in D beside the programme's part in C, revenue in F beside the budget's support in E, the target in G, a total row of SUM formulas", () => {
    let works = 0;
    let revenue = 0;
    let partialSheets = 0;
    let totals = 0;
    for (const c of family("b30-coordination-programme-review")) {
      for (const ws of b.sheetsOf(c).filter((s) => s.state === "visible")) {
        expect(holdsDecoy(text(ws, "C4"), D.coordination)).toBe(true);
        expect(holdsDecoy(text(ws, "E4"), D.stateBudget)).toBe(true);
        expect(isPlanHeader(text(ws, "G4"))).toBe(true);
        if (isPartial(text(ws, "B2"))) partialSheets++;
        ws.eachRow((r) =>
          r.eachCell((cell) => {
            if (isFormula(cell.value) && formulaText(cell.value).startsWith("SUM(")) totals++;
          }),
        );
      }
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        expect(ws?.name).toContain(String(e.year));
        expect(isPartial(text(ws, "B2"))).toBe(false);
        if (e.input === "political_articles") {
          works++;
          expect(colOf(e.cell)).toBe("D");
        } else {
          revenue++;
          expect(colOf(e.cell)).toBe("F");
        }
      }
    }
    expect(works).toBeGreaterThan(7 * 10);
    expect(revenue).toBeGreaterThan(7 * 8);
    expect(partialSheets).toBeGreaterThanOrEqual(3);
    expect(totals).toBeGreaterThan(7 * 4 * 4);
  });

  it("union statistics: a workbook per agency; 2024 in D, 2025 and the statuses in E, a ratio by formula in F and a target column G; union members right above the headcount; political works the SUM of two parts right under them; the advertising part right under revenue", () => {
    let works = 0;
    let summed = 0;
    let revenue = 0;
    let adUnder = 0;
    let heads = 0;
    let membersAbove = 0;
    for (const c of family("b30-trade-union-annual-statistics")) {
      expect(c.files).toHaveLength(3);
      for (const ws of b.sheetsOf(c).filter((s) => s.state === "visible"))
        expect(isPlanHeader(text(ws, "G4"))).toBe(true);
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        const row = rowOf(e.cell);
        if (e.year !== undefined) expect(colOf(e.cell)).toBe(e.year === 2024 ? "D" : "E");
        else expect(colOf(e.cell)).toBe("E");
        if (e.input === "political_articles") {
          works++;
          const v = ws?.getCell(e.cell).value;
          const parts = [
            num(ws?.getCell(`${colOf(e.cell)}${row + 1}`)),
            num(ws?.getCell(`${colOf(e.cell)}${row + 2}`)),
          ];
          if (
            isFormula(v) &&
            formulaText(v).startsWith("SUM(") &&
            parts.every((p) => p !== undefined && p < Number(valueOf(c, e))) &&
            (parts[0] ?? 0) + (parts[1] ?? 0) === valueOf(c, e)
          )
            summed++;
        } else if (e.input === "revenue") {
          revenue++;
          if (holdsDecoy(text(ws, `B${row + 1}`), D.advertising)) adUnder++;
        } else if (e.input === "staff_total") {
          heads++;
          if (holdsDecoy(text(ws, `B${row - 1}`), D.unionMembers)) membersAbove++;
        }
      }
    }
    expect(works).toBeGreaterThan(7 * 4);
    expect(summed).toBe(works);
    expect(revenue).toBeGreaterThan(7 * 3);
    expect(adUnder).toBe(revenue);
    expect(heads).toBeGreaterThan(7 * 2);
    expect(membersAbove).toBe(heads);
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
