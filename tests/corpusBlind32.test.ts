/**
 * Checks of the "blind32" split ITSELF (not of any matcher): it keeps its promise of being unseen (its own layout
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
import * as b32 from "../scripts/corpus/blind32/generate";
import { REVIEW_COLS } from "../scripts/corpus/blind32/review";
import { stormCol } from "../scripts/corpus/blind32/storm";
import * as t32 from "../scripts/corpus/blind32/texts";
import * as w32 from "../scripts/corpus/blind32/wordings";

import { cellText, fold, isFormula, isPlanHeader } from "./support/splitChecks";
import * as suite from "./support/splitSuite";

const b = suite.blindSuite("blind32", b32.buildBlind32Corpus, b32.writeBlind32Corpus);

const decoys = Object.values(w32.B32_DECOYS);
const blindTexts = [
  ...suite.values(w32.B32_INPUT_WORDINGS),
  ...suite.values(w32.B32_SHORT_HEADERS),
  ...suite.values(w32.B32_AGENCY_WORDINGS),
  ...suite.decoyTexts(decoys),
];
const fill = (t: string) => t.replaceAll("{y}", "2025").replaceAll("{slug}", "BLC");
/** The families' own fixed texts (titles, captions, column heads), checked for equality only: some are short. */
const familyTexts = [
  ...[t32.B32_STORM, t32.B32_RELAY, t32.B32_REVIEW, t32.B32_LITERACY, t32.B32_FESTIVAL, t32.B32_TRACKER]
    .flatMap(suite.strings)
    .filter((t) => t.length > 3)
    .map(fill),
  ...[...w32.B32_PLAN_HEADERS, ...w32.B32_PARTIAL_HEADERS].map(fill),
];
const partials = w32.B32_PARTIAL_HEADERS.map(fill);
const formulaText = (v: unknown) => String((v as { formula: string }).formula);
const holdsDecoy = (text: string, ...ds: Array<{ texts: readonly string[] }>) =>
  ds.flatMap((d) => d.texts.map(fold)).some((d) => fold(text).includes(d));
const isPartial = (text: string) => partials.map(fold).includes(fold(text));
const D = w32.B32_DECOYS;
const YEARLY = ["political_articles", "revenue"];
const AGENCY_ORDER = ["bao-lai-chau", "dai-ptth-lai-chau", "tap-chi-van-nghe-lai-chau"];

describe("blind32 split shape", () => {
  b.itHasItsShape([w32.B32_INPUT_WORDINGS, w32.B32_SHORT_HEADERS, w32.B32_AGENCY_WORDINGS], {
    upTo: 8,
    knownMoreThan: 54,
    newFamilies: b32.BLIND32_NEW_FAMILIES,
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
    b32.BLIND32_NEW_FAMILIES,
    130,
  );
});

describe("blind32 wordings", () => {
  b.itIsUnknown(blindTexts, familyTexts, 80);

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

describe("blind32 traps", () => {
  const { sheetOf, family, num, colOf, rowOf, valueOf, text } = b;

  b.itHasCommonTraps(
    "near-miss rows, plan and part-of-year figures, gaps, hidden sheets and notes are common",
    {
      decoys: suite.decoyTexts(decoys),
      partials,
      notes: w32.B32_NOTES,
      atLeast: { decoys: 40, plans: 40, partials: 7, gaps: 30, hidden: 20, notes: 30 },
    },
  );

  b.itHasLastYearBeside(30);

  b.itHasLegacyFontsAndKinds({
    oneZero: false,
    kinds: ["formula", "number", "number-text", "word"],
    exact: false,
  });

  it("storm and flood report: one sheet, the agencies as column pairs (2024, 2025) in the plan's order; statuses only in the 2025 column with last year's figure or answer beside; a target or near-miss row right under the works, emergency support right under the revenue", () => {
    let yearly = 0;
    let status = 0;
    let lastBeside = 0;
    let underWorks = 0;
    let works = 0;
    let supportUnder = 0;
    let revenue = 0;
    for (const c of family("b32-storm-flood-coverage-report")) {
      expect(c.files).toHaveLength(1);
      expect(b.sheetsOf(c).filter((s) => s.state === "visible")).toHaveLength(1);
      const rows = new Map<string, number>();
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        const row = rowOf(e.cell);
        const i = AGENCY_ORDER.indexOf(e.unit);
        if (e.year !== undefined) {
          yearly++;
          expect(colOf(e.cell)).toBe(stormCol(i, e.year));
          rows.set(e.input, row);
          continue;
        }
        status++;
        expect(colOf(e.cell)).toBe(stormCol(i, 2025));
        if (text(ws, `${stormCol(i, 2024)}${row}`) !== "") lastBeside++;
      }
      const ws = b.sheetsOf(c)[0];
      const w = rows.get("political_articles");
      if (w !== undefined) {
        works++;
        const under = text(ws, `B${w + 1}`);
        if (isPlanHeader(under) || holdsDecoy(under, D.disaster, D.allOutput)) underWorks++;
      }
      const r = rows.get("revenue");
      if (r !== undefined) {
        revenue++;
        if (holdsDecoy(text(ws, `B${r + 1}`), D.support)) supportUnder++;
      }
    }
    expect(yearly).toBeGreaterThan(7 * 8);
    expect(status).toBeGreaterThan(7 * 8);
    expect(lastBeside).toBe(status);
    expect(underWorks).toBe(works);
    expect(supportUnder).toBe(revenue);
  });

  it("relay station register: the province's figures only in the total row (SUM formulas over the stations when listed), a coverage target column G; the station's figures on a second sheet; no truth for the newspaper or the magazine", () => {
    let remote = 0;
    let summed = 0;
    let targets = 0;
    let station = 0;
    for (const c of family("b32-relay-station-coverage-register")) {
      const [ws] = b.sheetsOf(c);
      expect(isPlanHeader(text(ws, "G4"))).toBe(true);
      for (const e of c.truth) {
        expect(["tinh-lai-chau", "dai-ptth-lai-chau"]).toContain(e.unit);
        if (e.unit === "dai-ptth-lai-chau") {
          station++;
          expect(sheetOf(c, e)?.name).not.toBe(ws?.name);
          continue;
        }
        remote++;
        expect(sheetOf(c, e)?.name).toBe(ws?.name);
        expect(colOf(e.cell)).toBe(e.input === "remote_population_total" ? "D" : "E");
        const v = ws?.getCell(e.cell).value;
        if (isFormula(v) && formulaText(v).startsWith("SUM(")) summed++;
        if (e.input === "remote_population_total" && num(ws?.getCell(`G${rowOf(e.cell)}`)) === valueOf(c, e))
          targets++;
      }
    }
    expect(remote).toBeGreaterThanOrEqual(4);
    expect(summed).toBe(remote);
    expect(targets).toBeGreaterThanOrEqual(2);
    expect(station).toBeGreaterThan(7 * 7);
  });

  it("six-month review: a sheet per agency; 2023 in D, 2024 in E, the first half in F, the whole-year estimate in G (also the statuses), a target H; all-topic works and online advertising right under the works and the revenue; the first half below the year", () => {
    let works = 0;
    let under = 0;
    let halfBelow = 0;
    let status = 0;
    for (const c of family("b32-six-month-preliminary-review")) {
      const visible = b.sheetsOf(c).filter((s) => s.state === "visible");
      expect(visible).toHaveLength(3);
      for (const ws of visible) {
        expect(isPartial(text(ws, "F4"))).toBe(true);
        expect(isPlanHeader(text(ws, "H4"))).toBe(true);
      }
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        const row = rowOf(e.cell);
        if (e.year === undefined) {
          status++;
          expect(colOf(e.cell)).toBe(REVIEW_COLS[2025]);
          continue;
        }
        expect(colOf(e.cell)).toBe(REVIEW_COLS[e.year as 2023 | 2024 | 2025]);
        if (e.year !== 2025) continue;
        works++;
        const d = e.input === "revenue" ? D.webAds : D.allOutput;
        if (holdsDecoy(text(ws, `B${row + 1}`), d)) under++;
        const half = num(ws?.getCell(`F${row}`));
        if (half !== undefined && half < Number(valueOf(c, e))) halfBelow++;
      }
    }
    expect(works).toBeGreaterThan(7 * 4);
    expect(under).toBe(works);
    expect(halfBelow).toBe(works);
    expect(status).toBeGreaterThan(7 * 18);
  });

  it("digital-literacy return: the agencies as rows; headcount in C and trained people in F with the e-ID and basic-course columns between, a target column H (no truth ever in H); the proposed level right of the approved one; works and revenue by year in C–F", () => {
    let heads = 0;
    let trained = 0;
    let levels = 0;
    let proposedBeside = 0;
    let yearly = 0;
    for (const c of family("b32-digital-literacy-movement-return")) {
      const [ws] = b.sheetsOf(c);
      expect(holdsDecoy(text(ws, "D4"), D.vneid)).toBe(true);
      expect(holdsDecoy(text(ws, "E4"), D.digitalCourse)).toBe(true);
      expect(isPlanHeader(text(ws, "H4"))).toBe(true);
      for (const e of c.truth) {
        const row = rowOf(e.cell);
        expect(colOf(e.cell)).not.toBe("H");
        expect(text(ws, `B${row}`)).not.toBe("");
        if (e.input === "staff_total") {
          heads++;
          expect(colOf(e.cell)).toBe("C");
        } else if (e.input === "staff_trained") {
          trained++;
          expect(colOf(e.cell)).toBe("F");
        } else if (e.input === "security_level" && e.unit !== "tap-chi-van-nghe-lai-chau") {
          levels++;
          expect(colOf(e.cell)).toBe("G");
          const proposed = text(ws, `H${row}`);
          if (proposed !== "" && fold(proposed) !== `cap do ${String(valueOf(c, e))}`) proposedBeside++;
        } else if (e.year !== undefined) {
          yearly++;
          const cols = e.input === "political_articles" ? ["C", "D"] : ["E", "F"];
          expect(colOf(e.cell)).toBe(cols[e.year === 2024 ? 0 : 1]);
        }
      }
    }
    expect(heads).toBeGreaterThan(7 * 2);
    expect(trained).toBeGreaterThan(7 * 2);
    expect(levels).toBeGreaterThan(7);
    expect(proposedBeside).toBe(levels);
    expect(yearly).toBeGreaterThan(7 * 8);
  });

  it("press festival registration: a workbook per agency; exhibits and delegates in part A; the profile's values in D; works and revenue for 2023–2025 in D–F beside a next-year target in G; all-topic works right under the works", () => {
    let statuses = 0;
    let works = 0;
    let allUnder = 0;
    let decoyForms = 0;
    for (const c of family("b32-press-festival-registration")) {
      expect(c.files).toHaveLength(3);
      for (const ws of b.sheetsOf(c).filter((s) => s.state === "visible")) {
        const texts: string[] = [];
        ws.eachRow((r) => r.eachCell((cell) => void texts.push(cellText(cell))));
        if (texts.some((t) => holdsDecoy(t, D.exhibits)) && texts.some((t) => holdsDecoy(t, D.delegates)))
          decoyForms++;
        expect(texts.filter(isPlanHeader)).toHaveLength(1);
      }
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        const row = rowOf(e.cell);
        if (e.year === undefined) {
          statuses++;
          expect(colOf(e.cell)).toBe("D");
          continue;
        }
        expect(colOf(e.cell)).toBe({ 2023: "D", 2024: "E", 2025: "F" }[e.year]);
        if (e.input === "political_articles" && e.year === 2025) {
          works++;
          if (holdsDecoy(text(ws, `B${row + 1}`), D.allOutput)) allUnder++;
          expect(isPlanHeader(text(ws, `G${row - 1}`)) || isPlanHeader(text(ws, `G${row - 2}`))).toBe(true);
        }
      }
    }
    expect(decoyForms).toBe(7 * 3);
    expect(statuses).toBeGreaterThan(7 * 18);
    expect(works).toBeGreaterThan(7 * 2);
    expect(allUnder).toBe(works);
  });

  it("officer's year-tab tracker: a sheet per year named with it; each yearly value on its year's sheet, the headcounts only on 2025's though every sheet has a headcount column; signed documents, certificates and mailboxes beside; a hidden 2025 draft", () => {
    let yearly = 0;
    let staff = 0;
    let pastHeads = 0;
    let drafts = 0;
    for (const c of family("b32-officer-year-tab-tracker")) {
      const sheets = b.sheetsOf(c);
      if (sheets.some((s) => s.state === "hidden")) drafts++;
      for (const ws of sheets.filter((s) => s.state === "visible")) {
        expect(holdsDecoy(text(ws, "D3"), D.signedDocs)).toBe(true);
        expect(holdsDecoy(text(ws, "H3"), D.certificates)).toBe(true);
        expect(holdsDecoy(text(ws, "I3"), D.mailboxes)).toBe(true);
        if (!ws.name.includes("2025") && num(ws.getCell("F4")) !== undefined) pastHeads++;
      }
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        if (e.year !== undefined) {
          yearly++;
          expect(ws?.name).toContain(String(e.year));
          expect(colOf(e.cell)).toBe(e.input === "political_articles" ? "C" : "E");
        } else {
          staff++;
          expect(ws?.name).toContain("2025");
          expect(colOf(e.cell)).toBe(e.input === "staff_total" ? "F" : "G");
        }
      }
    }
    expect(yearly).toBeGreaterThan(7 * 16);
    expect(staff).toBeGreaterThan(7 * 4);
    expect(pastHeads).toBeGreaterThan(7 * 2);
    expect(drafts).toBe(7);
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
