/**
 * Checks of the "blind34" split ITSELF (not of any matcher): it keeps its promise of being unseen (its own layout
 * families, wordings no other list or split has, blind31's and blind32's included), every truth cell holds its
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
import { AIPILOT_COLS } from "../scripts/corpus/blind34/aipilot";
import { EXCHANGE_FIRST, EXCHANGE_ORDERS } from "../scripts/corpus/blind34/exchange";
import * as b34 from "../scripts/corpus/blind34/generate";
import { GRADING_COLS, GRADING_DX } from "../scripts/corpus/blind34/grading";
import { INVOICE_COLS } from "../scripts/corpus/blind34/invoice";
import { SOURCE_COLS, SPEAKER_COLS } from "../scripts/corpus/blind34/loudspeaker";
import { PORTAL_HEAD, PORTAL_PARTIAL, PORTAL_PLAN, PORTAL_YEAR_COLS } from "../scripts/corpus/blind34/portal";
import * as t34 from "../scripts/corpus/blind34/texts";
import * as w34 from "../scripts/corpus/blind34/wordings";

import { cellText, fold, isFormula, isPlanHeader } from "./support/splitChecks";
import * as suite from "./support/splitSuite";

const b = suite.blindSuite("blind34", b34.buildBlind34Corpus, b34.writeBlind34Corpus);

const decoys = Object.values(w34.B34_DECOYS);
const blindTexts = [
  ...suite.values(w34.B34_INPUT_WORDINGS),
  ...suite.values(w34.B34_SHORT_HEADERS),
  ...suite.values(w34.B34_AGENCY_WORDINGS),
  ...suite.decoyTexts(decoys),
];
const fill = (t: string) => t.replaceAll("{y}", "2025").replaceAll("{slug}", "BLChau");
/** The families' own fixed texts (titles, captions, column heads), checked for equality only: some are short. */
const familyTexts = [
  ...[
    t34.B34_INVOICE,
    t34.B34_EXCHANGE,
    t34.B34_GRADING,
    t34.B34_AIPILOT,
    t34.B34_PORTAL,
    t34.B34_LOUDSPEAKER,
  ]
    .flatMap(suite.strings)
    .filter((t) => t.length > 3)
    .map(fill),
  ...[...w34.B34_PLAN_HEADERS, ...w34.B34_PARTIAL_HEADERS].map(fill),
];
const partials = w34.B34_PARTIAL_HEADERS.map(fill);
const formulaText = (v: unknown) => String((v as { formula: string }).formula);
const holdsDecoy = (text: string, ...ds: Array<{ texts: readonly string[] }>) =>
  ds.flatMap((d) => d.texts.map(fold)).some((d) => fold(text).includes(d));
const isPartial = (text: string) => partials.map(fold).includes(fold(text));
const D = w34.B34_DECOYS;
const YEARLY = ["political_articles", "revenue"];
const AGENCY_ORDER = ["bao-lai-chau", "dai-ptth-lai-chau", "tap-chi-van-nghe-lai-chau"];
const colNo = (col: string) => col.charCodeAt(0) - 64;
const colAt = (n: number) => String.fromCharCode(64 + n);

describe("blind34 split shape", () => {
  b.itHasItsShape([w34.B34_INPUT_WORDINGS, w34.B34_SHORT_HEADERS, w34.B34_AGENCY_WORDINGS], {
    upTo: 8,
    knownMoreThan: 54,
    newFamilies: b34.BLIND34_NEW_FAMILIES,
    unseen: "each",
  });

  suite.itHasNoEarlierFamilyName(
    "has no family name of blind9 … blind32 either",
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
    ],
    b34.BLIND34_NEW_FAMILIES,
    142,
  );
});

describe("blind34 wordings", () => {
  b.itIsUnknown(blindTexts, familyTexts, 80);

  b.itLeaksNowhere(
    "never appear in a tune, held-out, fresh, blind, blind2 … blind31 or blind32 case",
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
      ],
      without: ["b33-", "b34-"],
      timeout: 900_000,
    },
  );

  b.itAppearsInSplit(
    "every input wording, header, agency name and near-miss row shows up in the split",
    blindTexts,
  );
});

b.describeTruth();

describe("blind34 traps", () => {
  const { sheetOf, family, num, colOf, rowOf, valueOf, text } = b;

  b.itHasCommonTraps(
    "near-miss rows, plan and part-of-year figures, gaps, hidden sheets and notes are common",
    {
      decoys: suite.decoyTexts(decoys),
      partials,
      notes: w34.B34_NOTES,
      atLeast: { decoys: 40, plans: 40, partials: 14, gaps: 25, hidden: 20, notes: 25 },
    },
  );

  b.itHasLastYearBeside(25);

  b.itHasLegacyFontsAndKinds({
    oneZero: false,
    kinds: ["formula", "number", "number-text", "word"],
    exact: false,
  });

  it("e-invoice listing: a workbook per agency, a sheet per year named with it; the revenue a SUM over the amounts before tax in E, the VAT and the amount paid (larger) beside it, the advertising invoices right under it, the year's target two rows below; autonomy on the seller's sheet", () => {
    let revenue = 0;
    let grossBeside = 0;
    let adsUnder = 0;
    let planBelow = 0;
    let autonomy = 0;
    for (const c of family("b34-e-invoice-revenue-listing")) {
      expect(c.files).toHaveLength(3);
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        const row = rowOf(e.cell);
        if (e.input === "autonomous") {
          autonomy++;
          expect(e.cell).toBe("B5");
          continue;
        }
        expect(e.input).toBe("revenue");
        revenue++;
        expect(ws?.name).toContain(String(e.year));
        expect(colOf(e.cell)).toBe(INVOICE_COLS.net);
        expect(formulaText(ws?.getCell(e.cell).value)).toMatch(/^SUM\(E6:E\d+\)$/);
        if (Number(num(ws?.getCell(`${INVOICE_COLS.gross}${row}`))) > Number(valueOf(c, e))) grossBeside++;
        const under = num(ws?.getCell(`E${row + 1}`));
        if (holdsDecoy(text(ws, `B${row + 1}`), D.adInvoices) && Number(under) < Number(valueOf(c, e)))
          adsUnder++;
        if (isPlanHeader(text(ws, `B${row + 3}`))) planBelow++;
      }
    }
    expect(revenue).toBeGreaterThan(7 * 9);
    expect(grossBeside).toBe(revenue);
    expect(adsUnder).toBe(revenue);
    expect(planBelow).toBe(revenue);
    expect(autonomy).toBeGreaterThan(7 * 2);
  });

  it("content-exchange tally: years as rows, each agency three columns under its merged name with the works given to and taken from the others beside its own; a part-of-year row under the last year with lower figures, a SUM row, next year's target; statuses in the own-works column", () => {
    let works = 0;
    let besideDecoys = 0;
    let partialUnder = 0;
    let sums = 0;
    let statuses = 0;
    for (const c of family("b34-content-exchange-agreement-tally")) {
      expect(b.sheetsOf(c).filter((s) => s.state === "visible")).toHaveLength(1);
      const ws = b.sheetsOf(c)[0];
      const ownCols = AGENCY_ORDER.map((_, g) => {
        const first = 2 + g * 3;
        const own = [0, 1, 2].find(
          (k) => !holdsDecoy(text(ws, `${colAt(first + k)}6`), D.provided, D.received),
        );
        return own === undefined ? "" : colAt(first + own);
      });
      expect(EXCHANGE_ORDERS.length).toBe(2);
      const lastYears = new Map<string, number>();
      for (const e of c.truth) {
        const g = AGENCY_ORDER.indexOf(e.unit);
        expect(colOf(e.cell)).toBe(ownCols[g]);
        if (e.year === undefined) {
          statuses++;
          continue;
        }
        works++;
        expect(rowOf(e.cell)).toBeGreaterThanOrEqual(EXCHANGE_FIRST);
        const first = 2 + g * 3;
        const others = [0, 1, 2].map((k) => colAt(first + k)).filter((col) => col !== colOf(e.cell));
        if (others.every((col) => holdsDecoy(text(ws, `${col}6`), D.provided, D.received))) besideDecoys++;
        if (e.year === 2025) lastYears.set(e.cell, Number(valueOf(c, e)));
      }
      for (const [cell, v] of lastYears) {
        const below = `${colOf(cell)}${rowOf(cell) + 1}`;
        if (isPartial(text(ws, `A${rowOf(cell) + 1}`)) && Number(num(ws?.getCell(below))) < v) partialUnder++;
        if (isFormula(ws?.getCell(`${colOf(cell)}${rowOf(cell) + 2}`).value)) sums++;
        expect(isPlanHeader(text(ws, `A${rowOf(cell) + 3}`))).toBe(true);
      }
    }
    expect(works).toBeGreaterThan(7 * 12);
    expect(besideDecoys).toBe(works);
    expect(partialUnder).toBeGreaterThan(7 * 2);
    expect(sums).toBe(partialUnder);
    expect(statuses).toBeGreaterThan(7 * 6);
  });

  it("staff grading summary: 2025's sheet holds headcount (C), trained (I) and autonomy (J) with those graded and the best grade beside; 2024's sheet has last year's figures in the same places; the organisations' sheet has last year, the target and this year side by side", () => {
    let staff = 0;
    let pastHeads = 0;
    let yearly = 0;
    let planBetween = 0;
    let dx = 0;
    for (const c of family("b34-staff-grading-summary")) {
      for (const ws of b.sheetsOf(c).filter((s) => s.state === "visible"))
        if (ws.name.includes("2024") && num(ws.getCell(`${GRADING_COLS.staff}7`)) !== undefined) pastHeads++;
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        const row = rowOf(e.cell);
        expect(ws?.name).toContain("2025");
        if (e.year !== undefined) {
          yearly++;
          const base = e.input === "political_articles" ? 3 : 7;
          expect(colNo(colOf(e.cell))).toBe(base + (e.year === 2024 ? 0 : 2));
          if (e.year === 2025 && isPlanHeader(text(ws, `${colAt(base + 1)}5`))) planBetween++;
          continue;
        }
        if ((GRADING_DX as readonly string[]).includes(e.input)) {
          dx++;
          expect(colOf(e.cell)).toBe(e.input === GRADING_DX[0] ? "K" : "L");
          continue;
        }
        staff++;
        const col = { staff_total: GRADING_COLS.staff, staff_trained: GRADING_COLS.trained }[e.input];
        expect(colOf(e.cell)).toBe(col ?? GRADING_COLS.autonomy);
        expect(holdsDecoy(text(ws, `${GRADING_COLS.graded}5`), D.evaluated)).toBe(true);
        expect(holdsDecoy(text(ws, `${GRADING_COLS.best}6`), D.excellent)).toBe(true);
        expect(num(ws?.getCell(`${GRADING_COLS.graded}${row}`))).toBeDefined();
      }
    }
    expect(staff).toBeGreaterThan(7 * 6);
    expect(pastHeads).toBe(7);
    expect(yearly).toBeGreaterThan(7 * 8);
    expect(planBetween).toBeGreaterThan(7 * 3);
    expect(dx).toBeGreaterThan(7 * 4);
  });

  it("AI pilot evaluation: a workbook per agency; every answer in D under a head, next year's intention in E under a plan head; people who tried AI right under those trained, AI-assisted works right under the works; a hidden list sheet", () => {
    let answers = 0;
    let trialUnder = 0;
    let trained = 0;
    let assistedUnder = 0;
    let works2025 = 0;
    let hidden = 0;
    for (const c of family("b34-ai-tool-pilot-evaluation")) {
      expect(c.files).toHaveLength(3);
      for (const ws of b.sheetsOf(c)) {
        if (ws.state !== "visible") {
          hidden++;
          continue;
        }
        expect(isPlanHeader(text(ws, `${AIPILOT_COLS.plan}6`))).toBe(true);
      }
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        const row = rowOf(e.cell);
        answers++;
        expect(colOf(e.cell)).toBe(AIPILOT_COLS.answer);
        if (e.year !== undefined) expect(text(ws, `B${row}`)).toContain(String(e.year));
        if (e.input === "staff_trained") {
          trained++;
          if (holdsDecoy(text(ws, `B${row + 1}`), D.aiTrial)) trialUnder++;
        }
        if (e.input === "political_articles" && e.year === 2025) {
          works2025++;
          if (holdsDecoy(text(ws, `B${row + 1}`), D.aiAssisted)) assistedUnder++;
        }
      }
    }
    expect(answers).toBeGreaterThan(7 * 30);
    expect(trialUnder).toBe(trained);
    expect(assistedUnder).toBe(works2025);
    expect(works2025).toBeGreaterThan(7 * 2);
    expect(hidden).toBe(7 * 3);
  });

  it("e-portal report: a sheet per agency; 2020–2024 in D–H, a part-of-year I, the 2025 estimate J (statuses and headcounts too), a target K; all posts above and visits under the works, online ads under the revenue, operators under the headcount; last year's level beside", () => {
    let yearly = 0;
    let partialBelow = 0;
    let around = 0;
    let statuses = 0;
    let levels = 0;
    let levelBeside = 0;
    let staff = 0;
    let operators = 0;
    for (const c of family("b34-e-portal-operation-report")) {
      for (const ws of b.sheetsOf(c).filter((s) => s.state === "visible")) {
        expect(isPartial(text(ws, `${PORTAL_PARTIAL}${PORTAL_HEAD}`))).toBe(true);
        expect(isPlanHeader(text(ws, `${PORTAL_PLAN}${PORTAL_HEAD}`))).toBe(true);
      }
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        const row = rowOf(e.cell);
        if (e.year !== undefined) {
          yearly++;
          expect(colOf(e.cell)).toBe(PORTAL_YEAR_COLS[e.year]);
          if (e.year !== 2025) continue;
          const part = num(ws?.getCell(`${PORTAL_PARTIAL}${row}`));
          if (part !== undefined && part < Number(valueOf(c, e))) partialBelow++;
          const ok =
            e.input === "political_articles"
              ? holdsDecoy(text(ws, `B${row - 1}`), D.allPosts) &&
                holdsDecoy(text(ws, `B${row + 1}`), D.visits)
              : holdsDecoy(text(ws, `B${row + 1}`), D.onlineAds);
          if (ok) around++;
          continue;
        }
        expect(colOf(e.cell)).toBe(PORTAL_YEAR_COLS[2025]);
        if (e.input === "staff_total") {
          staff++;
          if (holdsDecoy(text(ws, `B${row + 1}`), D.operators)) operators++;
        } else statuses++;
        if (e.input === "security_level" && e.unit !== "tap-chi-van-nghe-lai-chau") {
          levels++;
          if (text(ws, `${PORTAL_YEAR_COLS[2024]}${row}`) !== "") levelBeside++;
        }
      }
    }
    expect(yearly).toBeGreaterThan(7 * 20);
    expect(partialBelow).toBeGreaterThan(7 * 4);
    expect(around).toBe(partialBelow);
    expect(statuses).toBeGreaterThan(7 * 12);
    expect(levelBeside).toBe(levels);
    expect(operators).toBe(staff);
  });

  it("loudspeaker return: the province's figures only in the SUM row of the districts (E, F), the whole districts' population and IP clusters beside; the agencies' works 2020–2025 in C–H on sheet two with the relayed works beside", () => {
    let province = 0;
    let works = 0;
    let shortForms = 0;
    for (const c of family("b34-grassroots-loudspeaker-conversion-return")) {
      const [ws1, ws2] = b.sheetsOf(c);
      expect(holdsDecoy(text(ws1, `${SPEAKER_COLS.people}5`), D.districtPeople)).toBe(true);
      expect(holdsDecoy(text(ws1, `${SPEAKER_COLS.clusters}5`), D.clusters)).toBe(true);
      expect(holdsDecoy(text(ws2, "I4"), D.relayed)).toBe(true);
      if (!c.truth.some((e) => e.unit === "tinh-lai-chau")) shortForms++;
      for (const e of c.truth) {
        if (e.unit === "tinh-lai-chau") {
          province++;
          expect(sheetOf(c, e)?.name).toBe(ws1?.name);
          const col = e.input === "remote_population_total" ? SPEAKER_COLS.total : SPEAKER_COLS.reached;
          expect(colOf(e.cell)).toBe(col);
          expect(formulaText(ws1?.getCell(e.cell).value)).toMatch(/^SUM\(/);
          continue;
        }
        expect(sheetOf(c, e)?.name).toBe(ws2?.name);
        if (e.year !== undefined) {
          works++;
          expect(colOf(e.cell)).toBe(SOURCE_COLS[e.year]);
        } else expect(colOf(e.cell)).toBe("J");
      }
    }
    expect(province).toBeGreaterThanOrEqual(4);
    expect(shortForms).toBeGreaterThanOrEqual(1);
    expect(works).toBeGreaterThan(7 * 10);
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
