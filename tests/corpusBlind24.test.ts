/**
 * Checks of the "blind24" split ITSELF (not of any matcher): it keeps its promise of being unseen (its own layout
 * families, wordings no other list or split has, blind21's and blind22's included), every truth cell holds its
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
import * as b24 from "../scripts/corpus/blind24/generate";
import * as t24 from "../scripts/corpus/blind24/texts";
import * as w24 from "../scripts/corpus/blind24/wordings";

import { cellText, fold, isFormula, isPlanHeader } from "./support/splitChecks";
import * as suite from "./support/splitSuite";

const b = suite.blindSuite("blind24", b24.buildBlind24Corpus, b24.writeBlind24Corpus);

const decoys = Object.values(w24.B24_DECOYS);
const blindTexts = [
  ...suite.values(w24.B24_INPUT_WORDINGS),
  ...suite.values(w24.B24_SHORT_HEADERS),
  ...suite.values(w24.B24_AGENCY_WORDINGS),
  ...suite.decoyTexts(decoys),
];
const fill = (t: string) => t.replaceAll("{y}", "2025").replaceAll("{n}", "IV");
/** The families' own fixed texts (titles, captions, column heads), checked for equality only: some are short. */
const familyTexts = [
  ...[
    t24.B24_DOSSIER,
    t24.B24_RANKING,
    t24.B24_DISTRICT,
    t24.B24_QUARTERLY,
    t24.B24_CHANNELS,
    t24.B24_INFOSEC,
  ]
    .flatMap(suite.strings)
    .filter((t) => t.length > 3)
    .map(fill),
  ...[...w24.B24_PLAN_HEADERS, ...w24.B24_PARTIAL_HEADERS].map(fill),
];
const partials = w24.B24_PARTIAL_HEADERS.map(fill);
const formulaText = (v: unknown) => String((v as { formula: string }).formula);
const decoyFolds = (...ds: Array<{ texts: readonly string[] }>) => ds.flatMap((d) => d.texts.map(fold));
const holdsDecoy = (text: string, ...ds: Array<{ texts: readonly string[] }>) =>
  decoyFolds(...ds).some((d) => fold(text).includes(d));
const D = w24.B24_DECOYS;
const UNITS = ["bao-lai-chau", "dai-ptth-lai-chau", "tap-chi-van-nghe-lai-chau"];

describe("blind24 split shape", () => {
  b.itHasItsShape([w24.B24_INPUT_WORDINGS, w24.B24_SHORT_HEADERS, w24.B24_AGENCY_WORDINGS], {
    upTo: 8,
    knownMoreThan: 54,
    newFamilies: b24.BLIND24_NEW_FAMILIES,
    unseen: "each",
  });

  suite.itHasNoEarlierFamilyName(
    "has no family name of blind9 … blind22 either",
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
    ],
    b24.BLIND24_NEW_FAMILIES,
    82,
  );
});

describe("blind24 wordings", () => {
  b.itIsUnknown(blindTexts, familyTexts, 80);

  b.itLeaksNowhere(
    "never appear in a tune, held-out, fresh, blind, blind2 … blind21 or blind22 case",
    blindTexts,
    {
      moreThan: 900,
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
      ],
      without: ["b23-", "b24-"],
      timeout: 900_000,
    },
  );

  b.itAppearsInSplit(
    "every input wording, header, agency name and near-miss row shows up in the split",
    blindTexts,
  );
});

b.describeTruth();

describe("blind24 traps", () => {
  const { sheetOf, cellsWhere, family, num, colOf, rowOf, valueOf, text } = b;

  b.itHasCommonTraps(
    "near-miss rows, plan and part-of-year figures, gaps, hidden sheets and notes are common",
    {
      decoys: suite.decoyTexts(decoys),
      partials,
      notes: w24.B24_NOTES,
      atLeast: { decoys: 40, plans: 40, partials: 7, gaps: 30, hidden: 20, notes: 20 },
    },
  );

  b.itHasLastYearBeside(25);

  b.itHasLegacyFontsAndKinds({
    oneZero: false,
    kinds: ["formula", "number", "number-text", "word"],
    exact: false,
  });

  it("licence dossier: a workbook per agency; answers in D of the numbered part, a press-card or collaborator row under the people; the five years in D–H under their year, next year's target in I under a plan head, a near-miss row under each result", () => {
    let yearly = 0;
    let status = 0;
    let decoyBelow = 0;
    let staffDecoy = 0;
    let staff = 0;
    for (const c of family("b24-licence-amendment-dossier")) {
      expect(c.files).toHaveLength(3);
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        const row = rowOf(e.cell);
        if (e.year === undefined) {
          status++;
          expect(colOf(e.cell)).toBe("D");
          if (e.input === "staff_total" || e.input === "staff_trained") {
            staff++;
            if (holdsDecoy(text(ws, `B${row + 1}`), D.cardHolders, D.collaborators)) staffDecoy++;
          }
          continue;
        }
        yearly++;
        expect(colOf(e.cell)).toBe("DEFGH"[e.year - 2021]);
        let head = row - 1;
        while (head > 1 && !isPlanHeader(text(ws, `I${head}`))) head--;
        expect(isPlanHeader(text(ws, `I${head}`))).toBe(true);
        expect(text(ws, `${colOf(e.cell)}${head}`).endsWith(String(e.year))).toBe(true);
        const below = text(ws, `B${row + 1}`);
        if (holdsDecoy(below, D.allTopicWorks, D.reusedWorks, D.budgetGrant, D.adRevenue)) decoyBelow++;
      }
    }
    expect(yearly).toBeGreaterThan(7 * 20);
    expect(status).toBeGreaterThan(7 * 20);
    expect(decoyBelow).toBe(yearly);
    expect(staffDecoy).toBeGreaterThan(staff * 0.6);
  });

  it("ranking blocks: years 2020–2025 in C–H, the rank in A agrees with this year's figures, the change a formula in I and the target in J; the agencies' order differs from block to block", () => {
    let yearly = 0;
    let ranks = 0;
    let changes = 0;
    let reordered = 0;
    for (const c of family("b24-indicator-ranking-blocks")) {
      const rowsOf = new Map<string, Array<[number, number]>>();
      for (const e of c.truth) {
        if (e.year === undefined) continue;
        yearly++;
        const ws = sheetOf(c, e);
        const row = rowOf(e.cell);
        expect(colOf(e.cell)).toBe("CDEFGH"[e.year - 2020]);
        if (e.year !== 2025) continue;
        const mine = Number(valueOf(c, e));
        const higher = c.truth.filter(
          (o) => o.input === e.input && o.year === 2025 && Number(valueOf(c, o)) > mine,
        ).length;
        if (text(ws, `A${row}`) === String(higher + 1)) ranks++;
        if (isFormula(ws?.getCell(`I${row}`).value)) changes++;
        rowsOf.set(e.input, [...(rowsOf.get(e.input) ?? []), [UNITS.indexOf(e.unit), row]]);
      }
      const orders = [...rowsOf.values()]
        .filter((r) => r.length === 3)
        .map((r) =>
          [...r]
            .sort((x, y) => x[0] - y[0])
            .map((x) => x[1])
            .join(","),
        );
      const sorted = orders.map((o) =>
        o
          .split(",")
          .map(Number)
          .sort((x, y) => x - y)
          .join(","),
      );
      if (orders.some((o, i) => o !== sorted[i])) reordered++;
    }
    expect(yearly).toBeGreaterThan(7 * 20);
    expect(ranks).toBeGreaterThan(7 * 4);
    expect(changes).toBeGreaterThan(7 * 3);
    expect(reordered).toBeGreaterThanOrEqual(4);
  });

  it("district coverage: each agency's works are a SUM of the district rows above, all works of every topic under them are more; the province's remote population is a SUM too", () => {
    let works = 0;
    let moreBelow = 0;
    let province = 0;
    for (const c of family("b24-district-article-coverage")) {
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        const v = ws?.getCell(e.cell).value;
        expect(isFormula(v) && formulaText(v).startsWith("SUM(")).toBe(true);
        const row = rowOf(e.cell);
        if (e.year === undefined) {
          province++;
          continue;
        }
        works++;
        const below = num(ws?.getCell(`${colOf(e.cell)}${row + 1}`));
        if (
          below !== undefined &&
          below > Number(valueOf(c, e)) &&
          holdsDecoy(text(ws, `B${row + 1}`), D.allTopicWorks)
        )
          moreBelow++;
      }
    }
    expect(works).toBeGreaterThan(7 * 12);
    expect(moreBelow).toBe(works);
    expect(province).toBeGreaterThan(2);
  });

  it("quarterly files: four files, every truth in the fourth quarter's; 2025 in E, 2024 in F, the quarter alone in D under a part-of-year head and the target in G under a plan head; the earlier files' cumulative figures are smaller", () => {
    let all = 0;
    let smaller = 0;
    let compared = 0;
    for (const c of family("b24-quarterly-cumulative-files")) {
      expect(c.files).toHaveLength(4);
      const last = c.files[3]?.fileName;
      const third = b.booksOf(c).get(c.files[2]?.fileName ?? "")?.worksheets[0];
      for (const e of c.truth) {
        all++;
        expect(e.workbook).toBe(last);
        const ws = sheetOf(c, e);
        expect(partials.map(fold)).toContain(fold(text(ws, "D6")));
        expect(isPlanHeader(text(ws, "G6"))).toBe(true);
        if (e.year === undefined) {
          expect(colOf(e.cell)).toBe("E");
          continue;
        }
        expect(colOf(e.cell)).toBe(e.year === 2025 ? "E" : "F");
        if (e.year === 2025 && e.unit === UNITS[0]) {
          compared++;
          const before = num(third?.getCell(e.cell));
          if (before !== undefined && before < Number(valueOf(c, e))) smaller++;
        }
      }
    }
    expect(all).toBeGreaterThan(7 * 25);
    expect(compared).toBeGreaterThan(7);
    expect(smaller).toBe(compared);
  });

  it("channel register: truth only in the summary sheet (no works, no revenue); the list's posts column is a near-miss of the works; counts and followers are formulas into the list; a hidden lookup sheet", () => {
    let all = 0;
    let formulas = 0;
    for (const c of family("b24-platform-channel-register")) {
      const sheets = b.sheetsOf(c);
      expect(sheets.filter((s) => s.state !== "visible")).toHaveLength(1);
      const list = sheets[0];
      expect(holdsDecoy(text(list, "F3"), D.platformPosts)).toBe(true);
      for (const e of c.truth) {
        all++;
        expect(e.year).toBeUndefined();
        expect(e.sheet).toBe(sheets[1]?.name);
      }
      formulas += cellsWhere(
        c,
        (cell, ws) => ws === sheets[1] && isFormula(cell.value) && formulaText(cell.value).includes("!"),
      ).length;
    }
    expect(all).toBeGreaterThan(7 * 10);
    expect(formulas).toBeGreaterThan(7 * 3);
  });

  it("infosec appendices: the approved level in E right of the proposed one (higher in some cases); the headcount in C and the trained in F, the security-trained near-miss between them", () => {
    let levels = 0;
    let higherProposed = 0;
    let people = 0;
    for (const c of family("b24-infosec-report-appendices")) {
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        expect(e.year).toBeUndefined();
        if (e.input === "security_level") {
          levels++;
          expect(colOf(e.cell)).toBe("E");
          const p = num(ws?.getCell(`D${rowOf(e.cell)}`));
          if (p !== undefined && p > Number(valueOf(c, e))) higherProposed++;
          continue;
        }
        people++;
        expect(colOf(e.cell)).toBe(e.input === "staff_total" ? "C" : "F");
        expect(holdsDecoy(text(ws, "E3"), D.securityTrained)).toBe(true);
      }
    }
    expect(levels).toBeGreaterThan(7 * 2);
    expect(higherProposed).toBeGreaterThan(2);
    expect(people).toBeGreaterThan(7 * 4);
  });

  it("no truth cell is empty once read back", () => {
    for (const c of b.cases)
      for (const e of c.truth) expect(cellText(sheetOf(c, e)!.getCell(e.cell)).trim()).not.toBe("");
  });
});

b.describeDeterminism();
