/**
 * Checks of the "blind28" split ITSELF (not of any matcher): it keeps its promise of being unseen (its own layout
 * families, wordings no other list or split has, blind25's and blind26's included), every truth cell holds its
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
import * as b28 from "../scripts/corpus/blind28/generate";
import * as t28 from "../scripts/corpus/blind28/texts";
import * as w28 from "../scripts/corpus/blind28/wordings";

import { cellText, fold, isFormula, isPlanHeader } from "./support/splitChecks";
import * as suite from "./support/splitSuite";

const b = suite.blindSuite("blind28", b28.buildBlind28Corpus, b28.writeBlind28Corpus);

const decoys = Object.values(w28.B28_DECOYS);
const blindTexts = [
  ...suite.values(w28.B28_INPUT_WORDINGS),
  ...suite.values(w28.B28_SHORT_HEADERS),
  ...suite.values(w28.B28_AGENCY_WORDINGS),
  ...suite.decoyTexts(decoys),
];
const fill = (t: string) => t.replaceAll("{y}", "2025").replaceAll("{n}", "IV");
/** The families' own fixed texts (titles, captions, column heads), checked for equality only: some are short. */
const familyTexts = [
  ...[
    t28.B28_DISCLOSURE,
    t28.B28_NATIONWIDE,
    t28.B28_RETURNS,
    t28.B28_PLEDGE,
    t28.B28_ASSOCIATION,
    t28.B28_REGISTER,
  ]
    .flatMap(suite.strings)
    .filter((t) => t.length > 3)
    .map(fill),
  ...[...w28.B28_PLAN_HEADERS, ...w28.B28_PARTIAL_HEADERS].map(fill),
];
const partials = w28.B28_PARTIAL_HEADERS.map(fill);
const formulaText = (v: unknown) => String((v as { formula: string }).formula);
const decoyFolds = (...ds: Array<{ texts: readonly string[] }>) => ds.flatMap((d) => d.texts.map(fold));
const holdsDecoy = (text: string, ...ds: Array<{ texts: readonly string[] }>) =>
  decoyFolds(...ds).some((d) => fold(text).includes(d));
const among = (text: string, list: readonly string[]) => list.map((t) => fold(fill(t))).includes(fold(text));
const isPartial = (text: string) => partials.map(fold).includes(fold(text));
const D = w28.B28_DECOYS;
const YEARLY = ["political_articles", "revenue"];

describe("blind28 split shape", () => {
  b.itHasItsShape([w28.B28_INPUT_WORDINGS, w28.B28_SHORT_HEADERS, w28.B28_AGENCY_WORDINGS], {
    upTo: 8,
    knownMoreThan: 54,
    newFamilies: b28.BLIND28_NEW_FAMILIES,
    unseen: "each",
  });

  suite.itHasNoEarlierFamilyName(
    "has no family name of blind9 … blind26 either",
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
    ],
    b28.BLIND28_NEW_FAMILIES,
    106,
  );
});

describe("blind28 wordings", () => {
  b.itIsUnknown(blindTexts, familyTexts, 80);

  b.itLeaksNowhere(
    "never appear in a tune, held-out, fresh, blind, blind2 … blind25 or blind26 case",
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
      ],
      without: ["b27-", "b28-"],
      timeout: 900_000,
    },
  );

  b.itAppearsInSplit(
    "every input wording, header, agency name and near-miss row shows up in the split",
    blindTexts,
  );
});

b.describeTruth();

describe("blind28 traps", () => {
  const { sheetOf, family, num, colOf, rowOf, valueOf, text } = b;

  b.itHasCommonTraps(
    "near-miss rows, plan and part-of-year figures, gaps, hidden sheets and notes are common",
    {
      decoys: suite.decoyTexts(decoys),
      partials,
      notes: w28.B28_NOTES,
      atLeast: { decoys: 35, plans: 35, partials: 14, gaps: 25, hidden: 21, notes: 20 },
    },
  );

  b.itHasLastYearBeside(30);

  b.itHasLegacyFontsAndKinds({
    oneZero: false,
    kinds: ["formula", "number", "number-text", "word"],
    exact: false,
  });

  it("budget disclosure: a workbook per agency, a sheet per year; each year's revenue a SUM of its parts in E beside a plan column, the advertising part right under it and smaller; staff and autonomy in E on the 2025 sheet under the quota; one hidden sheet a workbook", () => {
    let revenue = 0;
    let adUnder = 0;
    let people = 0;
    for (const c of family("b28-budget-disclosure-forms")) {
      expect(c.files).toHaveLength(3);
      expect(b.sheetsOf(c).filter((s) => s.state !== "visible")).toHaveLength(3);
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        const row = rowOf(e.cell);
        expect(colOf(e.cell)).toBe("E");
        expect(isPlanHeader(text(ws, "D5"))).toBe(true);
        if (e.input === "revenue") {
          revenue++;
          expect(ws?.name).toContain(String(e.year));
          const v = ws?.getCell(e.cell).value;
          expect(isFormula(v) && formulaText(v).startsWith("SUM(")).toBe(true);
          const ad = num(ws?.getCell(`E${row + 1}`));
          if (
            holdsDecoy(text(ws, `B${row + 1}`), D.advertising) &&
            ad !== undefined &&
            ad < Number(valueOf(c, e))
          )
            adUnder++;
          continue;
        }
        people++;
        expect(ws?.name).toContain("2025");
        expect(["staff_total", "autonomous"]).toContain(e.input);
        if (e.input === "staff_total") expect(holdsDecoy(text(ws, `B${row - 1}`), D.quota)).toBe(true);
      }
    }
    expect(revenue).toBeGreaterThan(7 * 8);
    expect(adUnder).toBe(revenue);
    expect(people).toBeGreaterThan(7 * 5);
  });

  it("ministry sheet: Lai Châu's agencies among other provinces' namesakes; articles 2024/2025 in D/E and revenue in G/H beside a plan column F; the province's remote figures on its own group row", () => {
    let yearly = 0;
    let status = 0;
    let remote = 0;
    let namesakes = 0;
    const otherNames = t28.B28_NATIONWIDE.others.flatMap((o) => o.slice(1));
    for (const c of family("b28-ministry-multi-province-sheet")) {
      const ws = b.sheetsOf(c)[0];
      expect(isPlanHeader(text(ws, "F5"))).toBe(true);
      const names = Array.from({ length: 30 }, (_, i) => text(ws, `C${6 + i}`));
      namesakes += names.filter((n) => among(n, otherNames)).length;
      for (const e of c.truth) {
        const row = rowOf(e.cell);
        if (e.unit === "tinh-lai-chau") {
          remote++;
          expect(text(ws, `C${row}`)).toBe("");
          expect(["Q", "R"]).toContain(colOf(e.cell));
          continue;
        }
        expect(text(ws, `C${row}`)).not.toBe("");
        if (e.year !== undefined) {
          yearly++;
          const cols = e.input === "revenue" ? ["G", "H"] : ["D", "E"];
          expect(colOf(e.cell)).toBe(cols[e.year - 2024]);
        } else status++;
      }
    }
    expect(yearly).toBeGreaterThan(7 * 10);
    expect(status).toBeGreaterThan(7 * 18);
    expect(remote).toBeGreaterThanOrEqual(1);
    expect(namesakes).toBeGreaterThanOrEqual(7 * 6);
  });

  it("division return files: political works on '- ' sub-rows with an all-works or re-posted row right under them and a part-of-year column at the right; revenue with the advertising part under it; staff beside the quota; a hidden sheet in the IT centre's file", () => {
    let works = 0;
    let worksDecoy = 0;
    let revenue = 0;
    let adUnder = 0;
    let staff = 0;
    for (const c of family("b28-division-return-files")) {
      expect(c.files.length).toBeGreaterThanOrEqual(4);
      expect(b.sheetsOf(c).filter((s) => s.state !== "visible")).toHaveLength(1);
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        const row = rowOf(e.cell);
        if (e.input === "political_articles") {
          works++;
          expect(text(ws, `B${row}`).startsWith("- ")).toBe(true);
          if (holdsDecoy(text(ws, `B${row + 1}`), D.allProducts, D.reposted)) worksDecoy++;
          const lastCol = ws!.getRow(4).cellCount;
          expect(isPartial(cellText(ws!.getRow(4).getCell(lastCol)))).toBe(true);
        } else if (e.input === "revenue") {
          revenue++;
          if (holdsDecoy(text(ws, `B${row + 1}`), D.advertising)) adUnder++;
        } else if (e.input === "staff_total") {
          staff++;
          expect(colOf(e.cell)).toBe("D");
          expect(holdsDecoy(text(ws, "C4"), D.quota)).toBe(true);
        }
      }
    }
    expect(works).toBeGreaterThan(7 * 12);
    expect(worksDecoy).toBe(works);
    expect(revenue).toBeGreaterThan(7 * 8);
    expect(adUnder).toBe(revenue);
    expect(staff).toBeGreaterThan(7 * 2);
  });

  it("head pledge: a sheet per agency; last year's result in D, the pledge (a plan column) in E, this year's result in F; scores summed by formulas; the quota right above the staff present, all works right under the political works", () => {
    let yearly = 0;
    let status = 0;
    let quotaAbove = 0;
    let allUnder = 0;
    let sums = 0;
    for (const c of family("b28-head-pledge-scoring")) {
      const sheets = b.sheetsOf(c);
      expect(sheets).toHaveLength(3);
      for (const ws of sheets) {
        expect(isPlanHeader(text(ws, "E4"))).toBe(true);
        ws.eachRow((r) =>
          r.eachCell(
            (cell) => void (isFormula(cell.value) && formulaText(cell.value).startsWith("SUM(") && sums++),
          ),
        );
      }
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        const row = rowOf(e.cell);
        if (e.year !== undefined) {
          yearly++;
          expect(colOf(e.cell)).toBe(e.year === 2024 ? "D" : "F");
          if (e.input === "political_articles" && holdsDecoy(text(ws, `B${row + 1}`), D.allProducts))
            allUnder++;
          continue;
        }
        status++;
        expect(colOf(e.cell)).toBe("F");
        if (e.input === "staff_total" && holdsDecoy(text(ws, `B${row - 1}`), D.quota)) quotaAbove++;
      }
    }
    expect(yearly).toBeGreaterThan(7 * 9);
    expect(status).toBeGreaterThan(7 * 18);
    expect(quotaAbove).toBeGreaterThan(7 * 2);
    expect(allUnder).toBeGreaterThan(7 * 2);
    expect(sums).toBe(7 * 3 * 3);
  });

  it("association branches: the plan's agencies are branches among others that are none; staff in C beside the card holders, trained in E beside other training; political works by year on the second sheet", () => {
    let staff = 0;
    let works = 0;
    let otherBranches = 0;
    for (const c of family("b28-journalist-association-branches")) {
      const [members, activity] = b.sheetsOf(c);
      expect(holdsDecoy(text(members, "D4"), D.cardHolders)).toBe(true);
      expect(holdsDecoy(text(members, "F4"), D.otherTraining)).toBe(true);
      for (let r = 5; r < 13; r++)
        if (among(text(members, `B${r}`), t28.B28_ASSOCIATION.otherBranches)) otherBranches++;
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        if (e.input === "political_articles") {
          works++;
          expect(ws).toBe(activity);
          const years = c.truth
            .filter((t) => t.input === e.input && t.unit === e.unit)
            .map((t) => t.year ?? 0);
          expect(years.length).toBeGreaterThan(0);
          continue;
        }
        staff++;
        expect(ws).toBe(members);
        expect(colOf(e.cell)).toBe(e.input === "staff_total" ? "C" : "E");
      }
    }
    expect(staff).toBeGreaterThan(7 * 5);
    expect(works).toBeGreaterThan(7 * 12);
    expect(otherBranches).toBeGreaterThanOrEqual(7 * 2);
  });

  it("yearly output register: years down the rows, a part-of-year row right before the last year's, period totals as formulas that skip it, next year's forecast after them; works in D beside all works, revenue in G beside the advertising part; a hidden sheet", () => {
    let last = 0;
    let partialBefore = 0;
    let totals = 0;
    for (const c of family("b28-yearly-output-register")) {
      expect(b.sheetsOf(c).filter((s) => s.state !== "visible")).toHaveLength(1);
      for (const ws of b.sheetsOf(c).filter((s) => s.state === "visible")) {
        expect(holdsDecoy(text(ws, "C4"), D.allProducts)).toBe(true);
        expect(holdsDecoy(text(ws, "F4"), D.advertising)).toBe(true);
        ws.eachRow((r) =>
          r.eachCell((cell) => {
            if (isFormula(cell.value) && !formulaText(cell.value).includes(":")) totals++;
          }),
        );
      }
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        expect(colOf(e.cell)).toBe(e.input === "revenue" ? "G" : "D");
        if (e.year !== 2025) continue;
        last++;
        if (isPartial(text(ws, `A${rowOf(e.cell) - 1}`))) partialBefore++;
      }
    }
    expect(last).toBeGreaterThan(7 * 4);
    expect(partialBefore).toBe(last);
    expect(totals).toBe(7 * 3 * 2);
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
