/**
 * Checks of the "blind27" split ITSELF (not of any matcher): it keeps its promise of being unseen (its own layout
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
import * as b27 from "../scripts/corpus/blind27/generate";
import * as t27 from "../scripts/corpus/blind27/texts";
import * as w27 from "../scripts/corpus/blind27/wordings";

import { cellText, fold, isFormula, isPlanHeader } from "./support/splitChecks";
import * as suite from "./support/splitSuite";

const b = suite.blindSuite("blind27", b27.buildBlind27Corpus, b27.writeBlind27Corpus);

const decoys = Object.values(w27.B27_DECOYS);
const blindTexts = [
  ...suite.values(w27.B27_INPUT_WORDINGS),
  ...suite.values(w27.B27_SHORT_HEADERS),
  ...suite.values(w27.B27_AGENCY_WORDINGS),
  ...suite.decoyTexts(decoys),
];
const fill = (t: string) => t.replaceAll("{y}", "2025");
/** The families' own fixed texts (titles, captions, column heads), checked for equality only: some are short. */
const familyTexts = [
  ...[t27.B27_UNITS, t27.B27_OUTPUT, t27.B27_CARDS, t27.B27_ANALYTICS, t27.B27_INTERVIEW, t27.B27_ETHNIC]
    .flatMap(suite.strings)
    .filter((t) => t.length > 3)
    .map(fill),
  ...[...w27.B27_PLAN_HEADERS, ...w27.B27_PARTIAL_HEADERS].map(fill),
];
const partials = w27.B27_PARTIAL_HEADERS.map(fill);
const formulaText = (v: unknown) => String((v as { formula: string }).formula);
const holdsDecoy = (text: string, ...ds: Array<{ texts: readonly string[] }>) =>
  ds.flatMap((d) => d.texts.map(fold)).some((d) => fold(text).includes(d));
const D = w27.B27_DECOYS;
const YEARLY = ["political_articles", "revenue"];
const isFollowUp = (t: string) => t27.B27_INTERVIEW.followUps.map(fold).includes(fold(t));

describe("blind27 split shape", () => {
  b.itHasItsShape([w27.B27_INPUT_WORDINGS, w27.B27_SHORT_HEADERS, w27.B27_AGENCY_WORDINGS], {
    upTo: 8,
    knownMoreThan: 54,
    newFamilies: b27.BLIND27_NEW_FAMILIES,
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
    b27.BLIND27_NEW_FAMILIES,
    106,
  );
});

describe("blind27 wordings", () => {
  b.itIsUnknown(blindTexts, familyTexts, 60);

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

describe("blind27 traps", () => {
  const { sheetOf, family, num, colOf, rowOf, valueOf, text } = b;

  b.itHasCommonTraps(
    "near-miss rows, plan and part-of-year figures, gaps, hidden sheets and notes are common",
    {
      decoys: suite.decoyTexts(decoys),
      partials,
      notes: w27.B27_NOTES,
      atLeast: { decoys: 40, plans: 36, partials: 12, gaps: 25, hidden: 15, notes: 25 },
    },
  );

  b.itHasLastYearBeside(30);

  b.itHasLegacyFontsAndKinds({
    oneZero: false,
    kinds: ["formula", "number", "number-text", "word"],
    exact: false,
  });

  it("public unit autonomy list: press rows among other sectors' units; the headcount in E beside a larger staffing quota in D; revenue 2022–2025 in F–I under a target head in J; the current autonomy in L beside the previous period's in K, which differs now and then", () => {
    let staff = 0;
    let quotaAbove = 0;
    let revenue = 0;
    let autonomy = 0;
    let changed = 0;
    const otherNames = t27.B27_UNITS.others.map(([name]) => fold(name ?? ""));
    for (const c of family("b27-public-unit-autonomy-classification")) {
      const ws = b.sheetsOf(c)[0];
      expect(isPlanHeader(text(ws, "J6"))).toBe(true);
      let others = 0;
      for (let r = 8; r < 30; r++) if (otherNames.includes(fold(text(ws, `B${r}`)))) others++;
      expect(others).toBeGreaterThanOrEqual(6);
      for (const e of c.truth) {
        expect(sheetOf(c, e)).toBe(ws);
        const row = rowOf(e.cell);
        if (e.input === "staff_total") {
          staff++;
          expect(colOf(e.cell)).toBe("E");
          const quota = num(ws?.getCell(`D${row}`));
          if (quota !== undefined && quota > Number(valueOf(c, e))) quotaAbove++;
        } else if (e.input === "revenue") {
          revenue++;
          expect(colOf(e.cell)).toBe("FGHI"[Number(e.year) - 2022]);
        } else {
          autonomy++;
          expect([e.input, colOf(e.cell)]).toEqual(["autonomous", "L"]);
          if (fold(text(ws, `K${row}`)) !== fold(text(ws, e.cell))) changed++;
        }
      }
    }
    expect(staff).toBeGreaterThan(7 * 2);
    expect(quotaAbove).toBe(staff);
    expect(revenue).toBeGreaterThan(7 * 8);
    expect(autonomy).toBeGreaterThan(7 * 2);
    expect(changed).toBeGreaterThan(3);
  });

  it("airtime and print-run statistics: a sheet per agency; the political works row right under the all-works near-miss, years 2020–2025 in D–I beside a target column J; advertising and budget-grant rows under revenue; the state answers in D below", () => {
    let works = 0;
    let underAll = 0;
    let revenue = 0;
    let adUnder = 0;
    let status = 0;
    let partialColumns = 0;
    for (const c of family("b27-airtime-and-print-run-statistics")) {
      const visible = b.sheetsOf(c).filter((s) => s.state === "visible");
      expect(visible).toHaveLength(3);
      for (const ws of visible) {
        expect(isPlanHeader(text(ws, "J4"))).toBe(true);
        if (partials.map(fold).includes(fold(text(ws, "K4")))) partialColumns++;
      }
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        const row = rowOf(e.cell);
        if (e.year === undefined) {
          status++;
          expect(colOf(e.cell)).toBe("D");
          expect(row).toBeGreaterThan(10);
          continue;
        }
        expect(colOf(e.cell)).toBe("DEFGHI"[e.year - 2020]);
        if (e.input === "political_articles") {
          works++;
          if (holdsDecoy(text(ws, `B${row - 1}`), D.allWorks)) underAll++;
        } else {
          revenue++;
          if (holdsDecoy(text(ws, `B${row + 1}`), D.adRevenue)) adUnder++;
        }
      }
    }
    expect(works).toBeGreaterThan(7 * 12);
    expect(underAll).toBe(works);
    expect(revenue).toBeGreaterThan(7 * 8);
    expect(adUnder).toBe(revenue);
    expect(status).toBeGreaterThan(7 * 20);
    expect(partialColumns).toBeGreaterThan(4);
  });

  it("press card renewal list: headcount in E7 and trained in E9 around a COUNTA of the applicants listed (a smaller near-miss) in E8; the magazine's licence in E10; one row per applicant below", () => {
    let staff = 0;
    let smallerCount = 0;
    let licence = 0;
    for (const c of family("b27-press-card-renewal-list")) {
      const sheets = b.sheetsOf(c);
      expect(sheets).toHaveLength(3);
      for (const ws of sheets) {
        expect(holdsDecoy(text(ws, "B8"), D.cardApplicants)).toBe(true);
        const v = ws.getCell("E8").value;
        expect(isFormula(v) && formulaText(v).startsWith("COUNTA(")).toBe(true);
        expect(text(ws, "B13")).not.toBe("");
      }
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        if (e.input === "licensed") {
          licence++;
          expect(e.cell).toBe("E10");
          continue;
        }
        staff++;
        expect(e.cell).toBe(e.input === "staff_total" ? "E7" : "E9");
        if (e.input === "staff_total" && Number(num(ws?.getCell("E8"))) < Number(valueOf(c, e)))
          smallerCount++;
      }
    }
    expect(staff).toBeGreaterThan(7 * 5);
    expect(smallerCount).toBeGreaterThan(7 * 2);
    expect(licence).toBeGreaterThan(3);
  });

  it("web analytics export: the tagged political posts in C on 'Năm yyyy' rows between all posts (B) and page views (D, far larger); a SUM of the years, then part-of-year and target rows under it", () => {
    let works = 0;
    let largerViews = 0;
    let sums = 0;
    let plans = 0;
    for (const c of family("b27-web-analytics-export")) {
      for (const ws of b.sheetsOf(c)) {
        for (let r = 6; r < 20; r++) {
          const v = ws.getCell(`C${r}`).value;
          if (isFormula(v) && formulaText(v).startsWith("SUM(")) sums++;
          if (isPlanHeader(text(ws, `A${r}`))) plans++;
        }
      }
      for (const e of c.truth) {
        works++;
        expect([e.input, colOf(e.cell)]).toEqual(["political_articles", "C"]);
        const ws = sheetOf(c, e);
        const row = rowOf(e.cell);
        expect(fold(text(ws, `A${row}`))).toBe(`nam ${e.year}`);
        const views = num(ws?.getCell(`D${row}`));
        if (views !== undefined && views > 100 * Number(valueOf(c, e))) largerViews++;
      }
    }
    expect(works).toBeGreaterThan(7 * 12);
    expect(largerViews).toBe(works);
    expect(sums).toBeGreaterThanOrEqual(7 * 2);
    expect(plans).toBeGreaterThanOrEqual(7 * 2);
  });

  it("site visit interview record: every answer on the row under its numbered question (yearly answers one row lower, under their year); follow-up questions on minority-language works and next year's aim after the real ones", () => {
    let single = 0;
    let yearly = 0;
    let ethnicQuestions = 0;
    let followUps = 0;
    const asked = (t: string) => t.trim().endsWith("?");
    for (const c of family("b27-site-visit-interview-record")) {
      for (const ws of b.sheetsOf(c).filter((s) => s.state === "visible")) {
        for (let r = 6; r < 60; r++) {
          const t = text(ws, `B${r}`);
          if (asked(t) && holdsDecoy(t, D.ethnicWorks)) ethnicQuestions++;
          if (isFollowUp(t)) followUps++;
        }
      }
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        const row = rowOf(e.cell);
        if (e.year === undefined) {
          single++;
          expect(colOf(e.cell)).toBe("B");
          expect(asked(text(ws, `B${row - 1}`))).toBe(true);
          continue;
        }
        yearly++;
        expect(fold(text(ws, `${colOf(e.cell)}${row - 1}`))).toBe(`nam ${e.year}`);
        expect(asked(text(ws, `B${row - 2}`))).toBe(true);
      }
    }
    expect(single).toBeGreaterThan(7 * 20);
    expect(yearly).toBeGreaterThan(7 * 20);
    expect(ethnicQuestions).toBeGreaterThan(7 * 2);
    expect(followUps).toBeGreaterThan(7 * 2);
  });

  it("ethnic affairs policy report: the province's remote people and those reached as SUMs of the districts beside a households near-miss; each agency's political works by year beside the minority-language works (smaller) and the headcount after them", () => {
    let province = 0;
    let works = 0;
    let smallerEthnic = 0;
    let staff = 0;
    for (const c of family("b27-ethnic-affairs-policy-report")) {
      const [areas, agencies] = b.sheetsOf(c);
      expect(holdsDecoy(text(areas, "D4"), D.households)).toBe(true);
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        if (e.unit === "tinh-lai-chau") {
          province++;
          expect(ws).toBe(areas);
          expect(colOf(e.cell)).toBe(e.input === "remote_population_total" ? "E" : "F");
          const v = ws?.getCell(e.cell).value;
          expect(isFormula(v) && formulaText(v).startsWith("SUM(")).toBe(true);
          continue;
        }
        expect(ws).toBe(agencies);
        if (e.input === "staff_total") {
          staff++;
          continue;
        }
        works++;
        const n = c.truth.filter((t) => t.unit === e.unit && t.input === "political_articles").length;
        expect(n).toBeGreaterThan(0);
        const row = rowOf(e.cell);
        const cells: number[] = [];
        ws?.getRow(row).eachCell((cell) => {
          const x = num(cell);
          if (x !== undefined) cells.push(x);
        });
        if (cells.some((x) => x < Number(valueOf(c, e)) * 0.4)) smallerEthnic++;
      }
    }
    expect(province).toBeGreaterThanOrEqual(3);
    expect(works).toBeGreaterThan(7 * 12);
    expect(smallerEthnic).toBe(works);
    expect(staff).toBeGreaterThan(7 * 2);
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
