/**
 * Checks of the "blind33" split ITSELF (not of any matcher): it keeps its promise of being unseen (its own layout
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
import { DXDAY_COLS } from "../scripts/corpus/blind33/dxday";
import * as b33 from "../scripts/corpus/blind33/generate";
import { GRADING_COLS } from "../scripts/corpus/blind33/grading";
import { researchCol, RESEARCH_STATUS } from "../scripts/corpus/blind33/research";
import { REVISION_COLS } from "../scripts/corpus/blind33/revision";
import { ROLLUP_COLS } from "../scripts/corpus/blind33/rollup";
import { SPOKES_MAIN } from "../scripts/corpus/blind33/spokes";
import * as t33 from "../scripts/corpus/blind33/texts";
import * as w33 from "../scripts/corpus/blind33/wordings";

import { cellText, fold, isFormula, isPlanHeader } from "./support/splitChecks";
import * as suite from "./support/splitSuite";

const b = suite.blindSuite("blind33", b33.buildBlind33Corpus, b33.writeBlind33Corpus);

const decoys = Object.values(w33.B33_DECOYS);
const blindTexts = [
  ...suite.values(w33.B33_INPUT_WORDINGS),
  ...suite.values(w33.B33_SHORT_HEADERS),
  ...suite.values(w33.B33_AGENCY_WORDINGS),
  ...suite.decoyTexts(decoys),
];
const fill = (t: string) => t.replaceAll("{y}", "2025").replaceAll("{slug}", "BLChau");
/** The families' own fixed texts (titles, captions, column heads), checked for equality only: some are short. */
const familyTexts = [
  ...[t33.B33_REVISION, t33.B33_ROLLUP, t33.B33_SPOKES, t33.B33_GRADING, t33.B33_RESEARCH, t33.B33_DXDAY]
    .flatMap(suite.strings)
    .filter((t) => t.length > 3)
    .map(fill),
  ...[...w33.B33_PLAN_HEADERS, ...w33.B33_PARTIAL_HEADERS].map(fill),
];
const partials = w33.B33_PARTIAL_HEADERS.map(fill);
const formulaText = (v: unknown) => String((v as { formula: string }).formula);
const holdsDecoy = (text: string, ...ds: Array<{ texts: readonly string[] }>) =>
  text !== "" && ds.flatMap((d) => d.texts.map(fold)).some((d) => fold(text).includes(d));
const isPartial = (text: string) => partials.map(fold).includes(fold(text));
const isHeader = (input: string, text: string) =>
  (w33.B33_SHORT_HEADERS[input] ?? []).map(fold).includes(fold(text));
const oneOf = (list: readonly string[], text: string) => list.map((t) => fold(fill(t))).includes(fold(text));
const D = w33.B33_DECOYS;
const YEARLY = ["political_articles", "revenue"];
const AGENCY_ORDER = ["bao-lai-chau", "dai-ptth-lai-chau", "tap-chi-van-nghe-lai-chau"];

describe("blind33 split shape", () => {
  b.itHasItsShape([w33.B33_INPUT_WORDINGS, w33.B33_SHORT_HEADERS, w33.B33_AGENCY_WORDINGS], {
    upTo: 8,
    knownMoreThan: 54,
    newFamilies: b33.BLIND33_NEW_FAMILIES,
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
    b33.BLIND33_NEW_FAMILIES,
    142,
  );
});

describe("blind33 wordings", () => {
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

describe("blind33 traps", () => {
  const { sheetOf, family, num, colOf, rowOf, valueOf, text } = b;

  b.itHasCommonTraps(
    "near-miss rows, plan and part-of-year figures, gaps, hidden sheets and notes are common",
    {
      decoys: suite.decoyTexts(decoys),
      partials,
      notes: w33.B33_NOTES,
      atLeast: { decoys: 40, plans: 25, partials: 7, gaps: 30, hidden: 20, notes: 20 },
    },
  );

  b.itHasLastYearBeside(30);

  b.itHasLegacyFontsAndKinds({
    oneZero: false,
    kinds: ["formula", "number", "number-text", "word"],
    exact: false,
  });

  it("target revision request: one sheet; the start-of-year target in D and the revised one in H under plan headers, nine months in F (below the year); last year in E, this year and the statuses in G with last year's answer beside; a near-miss row right under the works and the revenue", () => {
    let works = 0;
    let under = 0;
    let partBelow = 0;
    let status = 0;
    let lastBeside = 0;
    let last = 0;
    const C = REVISION_COLS;
    for (const c of family("b33-target-revision-request")) {
      expect(c.files).toHaveLength(1);
      const ws = b.sheetsOf(c).find((s) => s.state === "visible");
      expect(isPlanHeader(text(ws, `${C.plan}4`))).toBe(true);
      expect(isPlanHeader(text(ws, `${C.revised}4`))).toBe(true);
      expect(isPartial(text(ws, `${C.part}4`))).toBe(true);
      for (const e of c.truth) {
        expect(sheetOf(c, e)?.name).toBe(ws?.name);
        const row = rowOf(e.cell);
        if (e.year === 2024) {
          last++;
          expect(colOf(e.cell)).toBe(C.last);
          continue;
        }
        expect(colOf(e.cell)).toBe(C.now);
        if (e.year === undefined) {
          status++;
          if (text(ws, `${C.last}${row}`) !== "") lastBeside++;
          continue;
        }
        works++;
        const d = e.input === "revenue" ? [D.adRevenue, D.orderFunds] : [D.allOutput, D.dxArticles];
        if (holdsDecoy(text(ws, `B${row + 1}`), ...d)) under++;
        const part = num(ws?.getCell(`${C.part}${row}`));
        if (part !== undefined && part < Number(valueOf(c, e))) partBelow++;
      }
    }
    expect(works).toBeGreaterThan(7 * 5);
    expect(last).toBeGreaterThan(7 * 5);
    expect(under).toBe(works);
    expect(partBelow).toBe(works);
    expect(status).toBeGreaterThan(7 * 18);
    expect(lastBeside).toBeGreaterThan(status * 0.9);
  });

  it("district media-centre roll-up: a sheet per year named with it; all works (C) beside the political-task works (D), revenue (E) beside advertising (F); headcounts truth only on 2025's sheet though every sheet has them; eight district rows and formula subtotals never truth", () => {
    let yearly = 0;
    let staff = 0;
    let pastHeads = 0;
    let districtRows = 0;
    let totals = 0;
    const C = ROLLUP_COLS;
    for (const c of family("b33-district-media-centre-rollup")) {
      const visible = b.sheetsOf(c).filter((s) => s.state === "visible");
      expect(visible.length).toBeGreaterThanOrEqual(2);
      const truthCells = new Set(c.truth.map((e) => `${e.sheet}|${e.cell}`));
      for (const ws of visible) {
        expect(holdsDecoy(text(ws, `${C.all}4`), D.allOutput)).toBe(true);
        expect(holdsDecoy(text(ws, `${C.ads}4`), D.adRevenue)).toBe(true);
        expect(isHeader("political_articles", text(ws, `${C.works}4`))).toBe(true);
        ws.eachRow((r) => {
          const label = cellText(r.getCell(2));
          if (oneOf(t33.B33_ROLLUP.districts, label)) districtRows++;
          const v = r.getCell(4).value;
          if (isFormula(v)) {
            totals++;
            expect(truthCells.has(`${ws.name}|D${r.number}`)).toBe(false);
          }
        });
        if (!ws.name.includes("2025")) {
          for (let r = 6; r < 30; r++)
            if (
              AGENCY_ORDER.some((u) =>
                c.truth.some((e) => e.unit === u && e.sheet === ws.name && rowOf(e.cell) === r),
              )
            )
              if (num(ws.getCell(`${C.staff}${r}`)) !== undefined) pastHeads++;
        }
      }
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        if (e.year !== undefined) {
          yearly++;
          expect(ws?.name).toContain(String(e.year));
          expect(colOf(e.cell)).toBe(e.input === "political_articles" ? C.works : C.revenue);
        } else {
          staff++;
          expect(ws?.name).toContain("2025");
          expect(colOf(e.cell)).toBe(e.input === "staff_total" ? C.staff : C.trained);
        }
      }
    }
    expect(yearly).toBeGreaterThan(7 * 10);
    expect(staff).toBeGreaterThan(7 * 4);
    expect(pastHeads).toBeGreaterThan(7 * 2);
    expect(districtRows).toBeGreaterThanOrEqual(7 * 2 * 8);
    expect(totals).toBeGreaterThanOrEqual(7 * 2 * 3);
  });

  it("spokesperson report: the remote-area figures only in this year's column D of the first sheet, last year's beside and next year's target after; the annex's works under year heads, other channels' rows and a SUM total never truth, works from press releases beside (their head merged over two year columns)", () => {
    let remote = 0;
    let remoteLast = 0;
    let works = 0;
    let extraRows = 0;
    let sums = 0;
    let releases = 0;
    for (const c of family("b33-spokesperson-regime-report")) {
      expect(c.files).toHaveLength(1);
      const [main, annex] = b.sheetsOf(c);
      expect(isPlanHeader(text(main, `${SPOKES_MAIN.next}3`))).toBe(true);
      annex?.eachRow((r) => {
        if (oneOf(t33.B33_SPOKES.extraUnits, cellText(r.getCell(2)))) extraRows++;
        r.eachCell((cell) => {
          if (holdsDecoy(cellText(cell), D.fromReleases) && Number(cell.row) === 3) releases++;
          if (isFormula(cell.value) && formulaText(cell.value).startsWith("SUM(")) sums++;
        });
      });
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        if (e.year === undefined) {
          remote++;
          expect(ws?.name).toBe(main?.name);
          expect(e.unit).toBe("tinh-lai-chau");
          expect(colOf(e.cell)).toBe(SPOKES_MAIN.now);
          if (num(ws?.getCell(`${SPOKES_MAIN.last}${rowOf(e.cell)}`)) !== undefined) remoteLast++;
          continue;
        }
        works++;
        expect(e.input).toBe("political_articles");
        expect(ws?.name).toBe(annex?.name);
        expect(text(ws, `${colOf(e.cell)}4`)).toContain(String(e.year));
        expect(isHeader("political_articles", text(ws, `${colOf(e.cell)}3`))).toBe(true);
      }
    }
    expect(remote).toBeGreaterThanOrEqual(4);
    expect(remoteLast).toBe(remote);
    expect(works).toBeGreaterThan(7 * 6);
    expect(extraRows).toBeGreaterThanOrEqual(7);
    expect(sums).toBeGreaterThanOrEqual(7 * 4);
    expect(releases).toBe(7 * 2);
  });

  it("grading dossier: a workbook per agency (the magazine's sometimes); every value in E beside a standard column D and a score column F; the allotted headcount right above the actual one, a formula over its parts in some; revenue years on consecutive rows", () => {
    let files = 0;
    let quotaAbove = 0;
    let staff = 0;
    let formulas = 0;
    let consecutive = 0;
    const C = GRADING_COLS;
    for (const c of family("b33-public-unit-grading-dossier")) {
      expect(c.files.length).toBeGreaterThanOrEqual(2);
      files += c.files.length;
      for (const ws of b.sheetsOf(c).filter((s) => s.state === "visible")) {
        expect(oneOf(t33.B33_GRADING.standard, text(ws, `${C.standard}4`))).toBe(true);
        expect(oneOf(t33.B33_GRADING.score, text(ws, `${C.score}4`))).toBe(true);
      }
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        expect(colOf(e.cell)).toBe(C.own);
        if (e.input === "staff_total") {
          staff++;
          if (holdsDecoy(text(ws, `B${rowOf(e.cell) - 1}`), D.quota)) quotaAbove++;
          if (isFormula(ws?.getCell(e.cell).value)) formulas++;
        }
        if (e.input === "revenue" && e.year === 2025) {
          const before = c.truth.find(
            (t) => t.input === "revenue" && t.unit === e.unit && t.year === 2024 && t.workbook === e.workbook,
          );
          if (before && rowOf(before.cell) === rowOf(e.cell) - 1) consecutive++;
        }
      }
      const books = new Map<string, Set<string>>();
      for (const e of c.truth) books.set(e.unit, (books.get(e.unit) ?? new Set()).add(e.workbook));
      for (const set of books.values()) expect(set.size).toBe(1);
      expect(new Set([...books.values()].flatMap((s) => [...s])).size).toBe(books.size);
    }
    expect(files).toBeGreaterThan(7 * 2);
    expect(staff).toBeGreaterThan(7 * 2);
    expect(quotaAbove).toBe(staff);
    expect(formulas).toBeGreaterThanOrEqual(3);
    expect(consecutive).toBeGreaterThan(7 * 2);
  });

  it("research appendix: yearly values under their year's column, headcounts and remote-area figures only in 2025's with their history to the left and forecasts to the right; statuses on the second sheet above a 2030-proposal block with its own head row; a hidden regression sheet in every case", () => {
    let yearly = 0;
    let current = 0;
    let history = 0;
    let forecast = 0;
    let statuses = 0;
    let hidden = 0;
    const next = researchCol(2025).charCodeAt(0) + 1;
    for (const c of family("b33-research-project-data-appendix")) {
      const sheets = b.sheetsOf(c);
      if (sheets.some((s) => s.state === "hidden")) hidden++;
      const [series, status] = sheets;
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        const row = rowOf(e.cell);
        if (e.year !== undefined) {
          yearly++;
          expect(ws?.name).toBe(series?.name);
          expect(colOf(e.cell)).toBe(researchCol(e.year));
        } else if (
          ["staff_total", "staff_trained", "remote_population_total", "remote_population_reached"].includes(
            e.input,
          )
        ) {
          current++;
          expect(ws?.name).toBe(series?.name);
          expect(colOf(e.cell)).toBe(researchCol(2025));
          if (num(ws?.getCell(`${researchCol(2024)}${row}`)) !== undefined) history++;
          if (num(ws?.getCell(`${String.fromCharCode(next)}${row}`)) !== undefined) forecast++;
        } else {
          statuses++;
          expect(ws?.name).toBe(status?.name);
          expect(row).toBeLessThanOrEqual(6);
          expect(RESEARCH_STATUS as readonly string[]).toContain(e.input);
        }
      }
    }
    expect(yearly).toBeGreaterThan(7 * 20);
    expect(current).toBeGreaterThan(7 * 5);
    expect(history).toBe(current);
    expect(forecast).toBe(current);
    expect(statuses).toBeGreaterThan(7 * 12);
    expect(hidden).toBe(7);
  });

  it("national DX Day report: the agencies as columns D–F, a formula sum in G and a plan header over H; last year's works and revenue right under this year's; DX-campaign works right above the works", () => {
    let works = 0;
    let lastUnder = 0;
    let dxAbove = 0;
    let summed = 0;
    for (const c of family("b33-national-dx-day-response-report")) {
      const [ws] = b.sheetsOf(c);
      expect(isPlanHeader(text(ws, `${DXDAY_COLS.plan}3`))).toBe(true);
      for (const e of c.truth) {
        expect(["D", "E", "F"]).toContain(colOf(e.cell));
        const row = rowOf(e.cell);
        if (e.year === 2025) {
          works++;
          const before = c.truth.find((t) => t.input === e.input && t.unit === e.unit && t.year === 2024);
          if (before?.cell === `${colOf(e.cell)}${row + 1}`) lastUnder++;
          if (e.input === "political_articles" && holdsDecoy(text(ws, `B${row - 1}`), D.dxArticles))
            dxAbove++;
          if (isFormula(ws?.getCell(`${DXDAY_COLS.sum}${row}`).value)) summed++;
        }
      }
    }
    expect(works).toBeGreaterThan(7 * 4);
    expect(lastUnder).toBeGreaterThan(works * 0.8);
    expect(dxAbove).toBeGreaterThan(7 * 2);
    expect(summed).toBe(works);
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
