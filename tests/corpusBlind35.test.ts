/**
 * Checks of the "blind35" split ITSELF (not of any matcher): it keeps its promise of being unseen (its own layout
 * families, wordings no other list or split has, blind33's and blind34's included), every truth cell holds its
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
import * as b32 from "../scripts/corpus/blind32/generate";
import * as b33 from "../scripts/corpus/blind33/generate";
import * as b34 from "../scripts/corpus/blind34/generate";
import { ASSOC_STATUS_COL, ASSOC_YEAR_COL } from "../scripts/corpus/blind35/association";
import { BID_COLS, BID_GENERAL, BID_HEAD, BID_REVENUE_YEARS } from "../scripts/corpus/blind35/bidplan";
import { FUND_GENERAL, FUND_HEAD, FUND_REVENUE_ROW, FUND_WORKS } from "../scripts/corpus/blind35/fund";
import * as b35 from "../scripts/corpus/blind35/generate";
import { IDEOLOGY_STATUS_INPUTS, IDEOLOGY_YEAR_COL } from "../scripts/corpus/blind35/ideology";
import { KIT_COLS, KIT_OUTPUT_COLS, KIT_SALES_HEAD } from "../scripts/corpus/blind35/mediakit";
import { NETWORK_PEOPLE_COL, NETWORK_YEAR_COL } from "../scripts/corpus/blind35/network";
import * as t35 from "../scripts/corpus/blind35/texts";
import * as w35 from "../scripts/corpus/blind35/wordings";
import { classifyWord } from "../src/core/values/words";

import { cellText, fold, isFormula, isPlanHeader } from "./support/splitChecks";
import * as suite from "./support/splitSuite";

const b = suite.blindSuite("blind35", b35.buildBlind35Corpus, b35.writeBlind35Corpus);

const decoys = Object.values(w35.B35_DECOYS);
const blindTexts = [
  ...suite.values(w35.B35_INPUT_WORDINGS),
  ...suite.values(w35.B35_SHORT_HEADERS),
  ...suite.values(w35.B35_AGENCY_WORDINGS),
  ...suite.decoyTexts(decoys),
];
const fill = (t: string) => t.replaceAll("{y}", "2025").replaceAll("{slug}", "BaoLC");
/** The families' own fixed texts (titles, captions, column heads), checked for equality only: some are short. */
const familyTexts = [
  ...[t35.B35_IDEOLOGY, t35.B35_FUND, t35.B35_ASSOCIATION, t35.B35_BIDPLAN, t35.B35_NETWORK, t35.B35_MEDIAKIT]
    .flatMap(suite.strings)
    .filter((t) => t.length > 3)
    .map(fill),
  ...[...w35.B35_PLAN_HEADERS, ...w35.B35_PARTIAL_HEADERS].map(fill),
];
const partials = w35.B35_PARTIAL_HEADERS.map(fill);
const formulaText = (v: unknown) => String((v as { formula: string }).formula);
const holdsDecoy = (text: string, ...ds: Array<{ texts: readonly string[] }>) =>
  ds.flatMap((d) => d.texts.map(fold)).some((d) => fold(text).includes(d));
const isPartial = (text: string) => partials.map(fold).includes(fold(text));
const D = w35.B35_DECOYS;
const YEARLY = ["political_articles", "revenue"];
const AGENCY_ORDER = ["bao-lai-chau", "dai-ptth-lai-chau", "tap-chi-van-nghe-lai-chau"];
const colNo = (col: string) => col.charCodeAt(0) - 64;

describe("blind35 split shape", () => {
  b.itHasItsShape([w35.B35_INPUT_WORDINGS, w35.B35_SHORT_HEADERS, w35.B35_AGENCY_WORDINGS], {
    upTo: 8,
    knownMoreThan: 54,
    newFamilies: b35.BLIND35_NEW_FAMILIES,
    unseen: "each",
  });

  suite.itHasNoEarlierFamilyName(
    "has no family name of blind9 … blind34 either",
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
      ...b31.BLIND31_NEW_FAMILIES,
      ...b32.BLIND32_NEW_FAMILIES,
      ...b33.BLIND33_NEW_FAMILIES,
      ...b34.BLIND34_NEW_FAMILIES,
    ],
    b35.BLIND35_NEW_FAMILIES,
    154,
  );
});

describe("blind35 wordings", () => {
  b.itIsUnknown(blindTexts, familyTexts, 80);

  b.itLeaksNowhere(
    "never appear in a tune, held-out, fresh, blind, blind2 … blind33 or blind34 case",
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
        "b31-",
        "b32-",
        "b33-",
        "b34-",
      ],
      without: ["b35-", "b36-"],
      timeout: 900_000,
    },
  );

  b.itAppearsInSplit(
    "every input wording, header, agency name and near-miss row shows up in the split",
    blindTexts,
  );
});

b.describeTruth();

describe("blind35 traps", () => {
  const { sheetOf, family, num, colOf, rowOf, valueOf, text } = b;

  b.itHasCommonTraps(
    "near-miss rows, plan and part-of-year figures, gaps, hidden sheets and notes are common",
    {
      decoys: suite.decoyTexts(decoys),
      partials,
      notes: w35.B35_NOTES,
      atLeast: { decoys: 40, plans: 40, partials: 14, gaps: 25, hidden: 20, notes: 25 },
    },
  );

  b.itHasLastYearBeside(25);

  b.itHasLegacyFontsAndKinds({
    oneZero: false,
    kinds: ["formula", "number", "number-text", "word"],
    exact: false,
  });

  it("steering-committee annex: the works by year in D–I between all works published (above or two below) and the part against hostile views right under; part II's answers by agency in D–F, the core team under the headcount; the province's figures in D around the border communes", () => {
    let works = 0;
    let partUnder = 0;
    let allNear = 0;
    let statuses = 0;
    let coreUnder = 0;
    let heads = 0;
    let province = 0;
    let partialCols = 0;
    for (const c of family("b35-ideology-defence-steering-annex")) {
      const ws = b.sheetsOf(c).find((s) => s.state === "visible");
      if (isPartial(text(ws, "J7"))) partialCols++;
      expect(isPlanHeader(text(ws, "J7")) || isPlanHeader(text(ws, "K7"))).toBe(true);
      for (const e of c.truth) {
        const row = rowOf(e.cell);
        const s = sheetOf(c, e);
        if (e.unit === "tinh-lai-chau") {
          province++;
          expect(colOf(e.cell)).toBe("D");
          if (e.input === "remote_population_reached")
            expect(holdsDecoy(text(s, `B${row - 1}`), D.borderPeople)).toBe(true);
          continue;
        }
        if (e.year !== undefined) {
          works++;
          expect(colNo(colOf(e.cell))).toBe(IDEOLOGY_YEAR_COL(e.year));
          if (holdsDecoy(text(s, `B${row + 1}`), D.counterViews)) partUnder++;
          if (
            holdsDecoy(text(s, `B${row - 1}`), D.allPublished) ||
            holdsDecoy(text(s, `B${row + 2}`), D.allPublished)
          )
            allNear++;
          continue;
        }
        statuses++;
        expect(IDEOLOGY_STATUS_INPUTS as readonly string[]).toContain(e.input);
        expect(colNo(colOf(e.cell))).toBe(4 + AGENCY_ORDER.indexOf(e.unit));
        if (e.input === "staff_total") {
          heads++;
          if (holdsDecoy(text(s, `B${row + 1}`), D.coreForce)) coreUnder++;
        }
      }
    }
    expect(works).toBeGreaterThan(7 * 12);
    expect(partUnder).toBe(works);
    expect(allNear).toBe(works);
    expect(statuses).toBeGreaterThan(7 * 14);
    expect(coreUnder).toBe(heads);
    expect(province).toBeGreaterThanOrEqual(2);
    expect(partialCols).toBeGreaterThanOrEqual(2);
  });

  it("fund appropriation: a workbook per agency, a sheet per year named with it; the revenue in C10 (a SUM or a number) equal to its three parts under it, the first a near-miss, the year's budget in D under a plan head; the headcount, trained and autonomy on the latest sheet (earlier sheets another headcount); each year's works in C8", () => {
    let revenue = 0;
    let sums = 0;
    let partsAdd = 0;
    let general = 0;
    let pastHeads = 0;
    let works = 0;
    for (const c of family("b35-surplus-fund-appropriation")) {
      expect(c.files).toHaveLength(3);
      for (const book of b.booksOf(c).values()) {
        const visible = book.worksheets.filter((s) => s.state === "visible");
        for (const s of visible.slice(0, -1))
          if (num(s.getCell(FUND_GENERAL.staff_total)) !== undefined) pastHeads++;
      }
      for (const e of c.truth) {
        const s = sheetOf(c, e);
        if (e.input === "political_articles") {
          works++;
          expect(e.cell).toBe(FUND_WORKS);
          expect(s?.name).toContain(String(e.year));
          continue;
        }
        if (e.input !== "revenue") {
          general++;
          expect(e.cell).toBe(FUND_GENERAL[e.input as keyof typeof FUND_GENERAL]);
          continue;
        }
        revenue++;
        expect(s?.name).toContain(String(e.year));
        expect(e.cell).toBe(`C${FUND_REVENUE_ROW}`);
        expect(isPlanHeader(text(s, `D${FUND_HEAD}`))).toBe(true);
        expect(holdsDecoy(text(s, `B${FUND_REVENUE_ROW + 1}`), D.adRevenue)).toBe(true);
        const cell = s?.getCell(e.cell);
        if (isFormula(cell?.value)) {
          sums++;
          expect(formulaText(cell?.value)).toMatch(/^SUM\(C11:C13\)$/);
        }
        const parts = [1, 2, 3].map((k) => Number(num(s?.getCell(`C${FUND_REVENUE_ROW + k}`))));
        if (parts.reduce((a, p) => a + p, 0) === Number(valueOf(c, e))) partsAdd++;
      }
    }
    expect(revenue).toBeGreaterThan(7 * 8);
    expect(partsAdd).toBe(revenue);
    expect(sums).toBeGreaterThan(revenue / 3);
    expect(sums).toBeLessThan(revenue);
    expect(general).toBeGreaterThan(7 * 7);
    expect(pastHeads).toBeGreaterThan(7 * 4);
    expect(works).toBeGreaterThan(7 * 8);
  });

  it("arts association return: only the magazine's slots, on the magazine's sheet; the works and revenue in the year columns with the members' works right above the works; the answers in C; the members' SUM on sheet one larger than the staff", () => {
    let yearly = 0;
    let membersAbove = 0;
    let works = 0;
    let statuses = 0;
    let membersMore = 0;
    for (const c of family("b35-arts-association-annual-return")) {
      const [members] = b.sheetsOf(c);
      let sum: number | undefined;
      members?.eachRow((r) =>
        r.eachCell((cell) => {
          if (isFormula(cell.value)) sum = Number(num(cell));
        }),
      );
      for (const e of c.truth) {
        expect(e.unit).toBe("tap-chi-van-nghe-lai-chau");
        const s = sheetOf(c, e);
        expect(s?.name).not.toBe(members?.name);
        const row = rowOf(e.cell);
        if (e.year !== undefined) {
          yearly++;
          expect(colNo(colOf(e.cell))).toBe(ASSOC_YEAR_COL(e.year));
          if (e.input === "political_articles") {
            works++;
            if (holdsDecoy(text(s, `B${row - 1}`), D.memberWorks)) membersAbove++;
          }
          continue;
        }
        statuses++;
        expect(colOf(e.cell)).toBe(ASSOC_STATUS_COL);
        if (e.input === "staff_total" && sum !== undefined && sum > Number(valueOf(c, e))) membersMore++;
      }
    }
    expect(yearly).toBeGreaterThan(7 * 6);
    expect(membersAbove).toBe(works);
    expect(statuses).toBeGreaterThan(7 * 6);
    expect(membersMore).toBeGreaterThan(7 * 0.5);
  });

  it("bid package plan: a sheet per agency; what stands after the investment in H under its own head, the tender's answer-like status beside in G, the package's target in I under a plan head (the contracted trainees more than the trained); headcount, autonomy and two years' revenue above the table in C", () => {
    let results = 0;
    let tenderWords = 0;
    let trained = 0;
    let moreContracted = 0;
    let general = 0;
    let revenue = 0;
    for (const c of family("b35-bid-package-selection-plan")) {
      for (const s of b.sheetsOf(c).filter((x) => x.state === "visible"))
        expect(isPlanHeader(text(s, `${BID_COLS.target}${BID_HEAD}`))).toBe(true);
      for (const e of c.truth) {
        const s = sheetOf(c, e);
        const row = rowOf(e.cell);
        if (e.input === "revenue") {
          revenue++;
          expect(e.cell).toBe(`C${7 + BID_REVENUE_YEARS.indexOf(e.year as 2024 | 2025)}`);
          continue;
        }
        if (e.input === "staff_total" || e.input === "autonomous") {
          general++;
          expect(e.cell).toBe(BID_GENERAL[e.input]);
          continue;
        }
        results++;
        expect(colOf(e.cell)).toBe(BID_COLS.result);
        expect(row).toBeGreaterThan(BID_HEAD);
        if (classifyWord(text(s, `${BID_COLS.tender}${row}`)) === "yes") tenderWords++;
        if (e.input === "staff_trained") {
          trained++;
          if (Number(num(s?.getCell(`${BID_COLS.target}${row}`))) > Number(valueOf(c, e))) moreContracted++;
        }
      }
    }
    expect(results).toBeGreaterThan(7 * 12);
    expect(tenderWords).toBeGreaterThan(results / 2);
    expect(moreContracted).toBe(trained);
    expect(general).toBeGreaterThan(7 * 5);
    expect(revenue).toBeGreaterThan(7 * 4);
  });

  it("correspondent network: a sheet per agency; the works in D–I right under the districts' SUM row (the correspondents' works, smaller); the people and answers in C, the correspondents trained right under the headcount; the province's figures in 2025's SUM row (G, H) with 2024's smaller sums before them", () => {
    let works = 0;
    let sumAbove = 0;
    let people = 0;
    let trainedCtvUnder = 0;
    let heads = 0;
    let partialCols = 0;
    let province = 0;
    let pastBefore = 0;
    for (const c of family("b35-district-correspondent-network")) {
      for (const s of b.sheetsOf(c).filter((x) => x.state === "visible"))
        if (isPartial(text(s, "J5"))) partialCols++;
      for (const e of c.truth) {
        const s = sheetOf(c, e);
        const row = rowOf(e.cell);
        expect(s?.name).toBeDefined();
        if (e.year !== undefined) {
          works++;
          expect(colNo(colOf(e.cell))).toBe(NETWORK_YEAR_COL(e.year));
          const above = s?.getCell(`${colOf(e.cell)}${row - 1}`);
          if (isFormula(above?.value) && Number(num(above)) < Number(valueOf(c, e))) sumAbove++;
          continue;
        }
        if (e.unit === "tinh-lai-chau") {
          province++;
          expect(colOf(e.cell)).toBe(e.input === "remote_population_total" ? "G" : "H");
          expect(formulaText(s?.getCell(e.cell).value)).toMatch(/^SUM\(/);
          const past = s?.getCell(`${e.input === "remote_population_total" ? "E" : "F"}${row}`);
          if (isFormula(past?.value) && Number(num(past)) < Number(valueOf(c, e))) pastBefore++;
          continue;
        }
        people++;
        expect(colOf(e.cell)).toBe(NETWORK_PEOPLE_COL);
        if (e.input === "staff_total") {
          heads++;
          if (holdsDecoy(text(s, `B${row + 1}`), D.correspondentsTrained)) trainedCtvUnder++;
        }
      }
    }
    expect(works).toBeGreaterThan(7 * 12);
    expect(sumAbove).toBe(works);
    expect(people).toBeGreaterThan(7 * 10);
    expect(trainedCtvUnder).toBe(heads);
    expect(partialCols).toBeGreaterThanOrEqual(3);
    expect(province).toBeGreaterThanOrEqual(2);
    expect(pastBefore).toBe(province);
  });

  it("media kit: a workbook per agency; the revenue in F as a SUM of the four income columns, the year in A, the ads' share (a percentage formula) beside, advertising as the first column; the 2024 and 2025 works side by side with all works published under; the ad department's people under the headcount", () => {
    let revenue = 0;
    let works = 0;
    let allUnder = 0;
    let heads = 0;
    let adStaffUnder = 0;
    for (const c of family("b35-advertiser-media-kit")) {
      expect(c.files).toHaveLength(3);
      for (const e of c.truth) {
        const s = sheetOf(c, e);
        const row = rowOf(e.cell);
        if (e.input === "revenue") {
          revenue++;
          expect(colOf(e.cell)).toBe(KIT_COLS.revenue);
          expect(text(s, `A${row}`)).toContain(String(e.year));
          expect(formulaText(s?.getCell(e.cell).value)).toBe(`SUM(B${row}:E${row})`);
          expect(isFormula(s?.getCell(`${KIT_COLS.share}${row}`).value)).toBe(true);
          expect(holdsDecoy(text(s, `${KIT_COLS.ads}${KIT_SALES_HEAD}`), D.adRevenue)).toBe(true);
          continue;
        }
        if (e.input === "political_articles") {
          works++;
          expect(colOf(e.cell)).toBe(KIT_OUTPUT_COLS[e.year as 2024 | 2025]);
          if (holdsDecoy(text(s, `B${row + 1}`), D.allPublished)) allUnder++;
          continue;
        }
        expect(colOf(e.cell)).toBe("C");
        if (e.input === "staff_total") {
          heads++;
          if (holdsDecoy(text(s, `B${row + 1}`), D.adStaff)) adStaffUnder++;
        }
      }
    }
    expect(revenue).toBeGreaterThan(7 * 8);
    expect(works).toBeGreaterThan(7 * 3);
    expect(allUnder).toBe(works);
    expect(adStaffUnder).toBe(heads);
    expect(heads).toBeGreaterThan(7 * 2);
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
