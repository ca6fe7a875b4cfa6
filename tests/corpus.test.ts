/**
 * Checks of the detection corpus ITSELF (not of any matcher): it is deterministic, every truth cell exists and
 * holds a value once written and read back, no cell or slot is claimed twice, truth and absent partition the
 * plan's slots, no truth cell sits under or beside a plan/target header, the traps are really there, and the
 * held-out split keeps its promise (families and wordings the tune split never shows).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { decodeLegacy, legacyEncodingOfFont } from "../src/core/text/legacyEncoding";
import {
  buildCorpus,
  FAMILIES,
  HELDOUT_ONLY_FAMILIES,
  parseArgs,
  writeCorpus,
  type CorpusCase,
  type TruthFile,
} from "../scripts/corpus/generate";
import { buildFreshCorpus, writeFreshCorpus, type FreshCase } from "../scripts/corpus/fresh/generate";
import { FRESH_AGENCY_WORDINGS, FRESH_DECOYS, FRESH_INPUT_WORDINGS } from "../scripts/corpus/fresh/wordings";
import { LABELS } from "../scripts/fixtures/sheetKit";
import { slotKey, universe } from "../scripts/corpus/model";
import { AGENCY_WORDINGS, DECOYS, heldoutOnlyTexts, INPUT_WORDINGS } from "../scripts/corpus/wordings";

type Loaded = { truthFile: TruthFile; books: Map<string, ExcelJS.Workbook>; fileNames: string[] };

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-corpus-"));
let cases: CorpusCase[] = [];
const loaded = new Map<string, Loaded>();

beforeAll(async () => {
  cases = await buildCorpus();
  await writeCorpus(tmp, cases);
  for (const c of cases) {
    const dir = path.join(tmp, c.split, c.id);
    const truthFile = JSON.parse(fs.readFileSync(path.join(dir, "truth.json"), "utf8")) as TruthFile;
    const fileNames = fs.readdirSync(dir).filter((f) => f.endsWith(".xlsx"));
    const books = new Map<string, ExcelJS.Workbook>();
    for (const file of fileNames) {
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(path.join(dir, file));
      books.set(file, book);
    }
    loaded.set(c.id, { truthFile, books, fileNames });
  }
}, 180_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const ALL_SLOTS = universe().map(slotKey).sort().join();

function get(id: string): Loaded {
  const l = loaded.get(id);
  if (!l) throw new Error(`not loaded: ${id}`);
  return l;
}

/** NFC, lower case, no diacritics, đ → d, single spaces: how wordings are compared. */
function fold(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}

/** The text a reader sees in a cell (legacy fonts decoded; merged cells read from their master). */
function cellText(cell: ExcelJS.Cell): string {
  const master = cell.isMerged ? cell.master : cell;
  const value = master.value;
  if (value === null || value === undefined) return "";
  if (typeof value === "string") {
    const legacy = legacyEncodingOfFont(master.font?.name);
    return (legacy ? decodeLegacy(value, legacy) : value).normalize("NFC");
  }
  if (typeof value === "number") return String(value);
  if (typeof value === "object" && "formula" in value) {
    const result: unknown = value.result;
    return typeof result === "number" || typeof result === "string" ? String(result) : "";
  }
  return typeof value === "boolean" ? String(value) : JSON.stringify(value);
}

/** A merged cell counts only as its top-left (master) cell. */
function isOwnMaster(cell: ExcelJS.Cell): boolean {
  return !cell.isMerged || cell.master.address === cell.address;
}

/** A header (or row label) that announces a plan figure: Kế hoạch / KH / Mục tiêu, not "% TH/KH" or "Sở KH&CN". */
function isPlanHeader(text: string): boolean {
  const t = fold(text);
  if (t === "" || t.length > 40) return false;
  if (/th ?\/ ?kh|kh ?& ?cn|ty le|so voi/.test(t)) return false;
  return /(^|[^a-z0-9])(ke hoach|kh|muc tieu)([^a-z0-9]|$)/.test(t);
}

/** Plan/target headers above the cell in its column or before it in its row. */
function planHeadersAround(ws: ExcelJS.Worksheet, cell: ExcelJS.Cell): string[] {
  const col = Number(cell.col);
  const row = Number(cell.row);
  const above = Array.from({ length: row - 1 }, (_, i) => ws.getCell(i + 1, col));
  const left = Array.from({ length: col - 1 }, (_, i) => ws.getCell(row, i + 1));
  return [...above, ...left].map(cellText).filter(isPlanHeader);
}

function allTexts(l: Loaded): string[] {
  const out = [...l.fileNames];
  for (const book of l.books.values()) {
    for (const ws of book.worksheets) {
      out.push(ws.name);
      ws.eachRow((row) => row.eachCell((cell) => out.push(cellText(cell))));
    }
  }
  return out;
}

function dumpBook(book: ExcelJS.Workbook): string {
  const sheets = book.worksheets.map((ws) => {
    const cells: string[] = [];
    ws.eachRow((row) => row.eachCell((cell) => cells.push(`${cell.address}=${JSON.stringify(cell.value)}`)));
    return `${ws.name}|${ws.state}|${cells.join(";")}`;
  });
  return sheets.join("\n");
}

/** Every problem with one case's truth, read from the given workbooks (reloaded or in memory). */
function problemsOf(
  c: Pick<CorpusCase, "truth" | "absent">,
  books: ReadonlyMap<string, ExcelJS.Workbook>,
): string[] {
  const out: string[] = [];
  const cells = c.truth.map((e) => `${e.workbook}|${e.sheet}|${e.cell}`);
  if (new Set(cells).size !== cells.length) out.push("two truth entries share a cell");
  const slots = c.truth.map(slotKey);
  if (new Set(slots).size !== slots.length) out.push("a slot has two truth entries");
  const absent = c.absent.map(slotKey);
  if (slots.some((k) => absent.includes(k))) out.push("a slot is both truth and absent");
  if ([...slots, ...absent].sort().join() !== ALL_SLOTS) out.push("truth + absent are not the plan's slots");
  for (const e of c.truth) {
    const where = `${e.workbook}!${e.sheet}!${e.cell}`;
    const ws = books.get(e.workbook)?.getWorksheet(e.sheet);
    if (!ws) {
      out.push(`${where}: no such sheet`);
      continue;
    }
    if (ws.state !== "visible") out.push(`${where}: sheet is ${ws.state}`);
    if (!isOwnMaster(ws.getCell(e.cell))) out.push(`${where}: inside a merged range`);
    const text = cellText(ws.getCell(e.cell)).trim();
    if (text === "" || text === "-") out.push(`${where}: empty`);
    const plan = planHeadersAround(ws, ws.getCell(e.cell));
    if (plan.length > 0) out.push(`${where}: under/beside ${plan.join(", ")}`);
  }
  return out;
}

function memoryBooks(c: Pick<CorpusCase, "files">): Map<string, ExcelJS.Workbook> {
  return new Map(c.files.map((f) => [f.fileName, f.workbook]));
}

describe("corpus shape", () => {
  it("has every family, ≥ 60 cases by default, both splits non-empty", () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(FAMILIES.length).toBeGreaterThanOrEqual(7);
    for (const f of FAMILIES) expect(cases.filter((c) => c.family === f.name).length).toBe(8);
    expect(cases.some((c) => c.split === "tune")).toBe(true);
    expect(cases.some((c) => c.split === "heldout")).toBe(true);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  });

  it("keeps held-out-only families out of the tune split, and puts the other families in both", () => {
    expect(HELDOUT_ONLY_FAMILIES.length).toBeGreaterThanOrEqual(2);
    const tuneFamilies = new Set(cases.filter((c) => c.split === "tune").map((c) => c.family));
    const heldFamilies = new Set(cases.filter((c) => c.split === "heldout").map((c) => c.family));
    for (const f of HELDOUT_ONLY_FAMILIES) {
      expect(tuneFamilies.has(f)).toBe(false);
      expect(heldFamilies.has(f)).toBe(true);
    }
    for (const f of FAMILIES.filter((x) => !x.heldoutOnly)) {
      expect(tuneFamilies.has(f.name)).toBe(true);
      expect(heldFamilies.has(f.name)).toBe(true);
    }
  });

  it("stays small: under 2,000 cells per case", () => {
    for (const c of cases) {
      let cells = 0;
      for (const book of get(c.id).books.values()) {
        for (const ws of book.worksheets) ws.eachRow((row) => row.eachCell(() => void cells++));
      }
      expect(cells).toBeLessThan(2000);
    }
  });
});

describe("determinism", () => {
  it("gives the same cases, truth and cells for the same seed", async () => {
    const again = await buildCorpus();
    expect(again.map((c) => [c.id, c.split, c.family])).toEqual(cases.map((c) => [c.id, c.split, c.family]));
    expect(again.map((c) => c.truth)).toEqual(cases.map((c) => c.truth));
    expect(again.map((c) => c.absent)).toEqual(cases.map((c) => c.absent));
    for (let i = 0; i < cases.length; i += 5) {
      const a = cases[i];
      const b = again[i];
      if (!a || !b) throw new Error("missing case");
      expect(b.files.map((f) => f.fileName)).toEqual(a.files.map((f) => f.fileName));
      b.files.forEach((f, k) =>
        expect(dumpBook(f.workbook)).toBe(dumpBook(a.files[k]?.workbook ?? f.workbook)),
      );
    }
  });

  it("differs for another seed and honours --cases-per-family", async () => {
    const other = await buildCorpus({ seed: 7, casesPerFamily: 2 });
    expect(other.length).toBe(FAMILIES.length * 2);
    const mine = new Map(cases.map((c) => [c.id, JSON.stringify(c.truth)]));
    expect(other.filter((c) => mine.get(c.id) !== JSON.stringify(c.truth)).length).toBeGreaterThan(0);
    expect(parseArgs(["out", "--seed", "5", "--cases-per-family", "3"])).toEqual({
      outDir: "out",
      seed: 5,
      casesPerFamily: 3,
    });
    expect(() => parseArgs([])).toThrow(/usage/);
  });

  it("other seeds build without error and keep every truth invariant", async () => {
    for (const seed of [1, 2, 3, 42, 2025]) {
      for (const c of await buildCorpus({ seed })) {
        expect([`${seed}/${c.id}`, problemsOf(c, memoryBooks(c))]).toEqual([`${seed}/${c.id}`, []]);
        let n = 0;
        for (const f of c.files)
          for (const ws of f.workbook.worksheets) ws.eachRow((r) => r.eachCell(() => void n++));
        expect(n).toBeLessThan(2000);
      }
    }
  }, 60_000);
});

describe("truth", () => {
  it("truth.json says what the case says", () => {
    for (const c of cases) {
      const { truthFile } = get(c.id);
      expect(truthFile.plan).toBe("lai-chau-3414");
      expect(truthFile.split).toBe(c.split);
      expect(truthFile.family).toBe(c.family);
      expect(truthFile.mappings).toEqual(c.truth);
      expect(truthFile.absent).toEqual(c.absent);
    }
  });

  it("every truth cell exists on a visible sheet and holds a non-empty value after a reload", () => {
    for (const c of cases) {
      const l = get(c.id);
      for (const e of c.truth) {
        const ws = l.books.get(e.workbook)?.getWorksheet(e.sheet);
        if (!ws) throw new Error(`${c.id}: no sheet ${e.workbook}!${e.sheet}`);
        expect(ws.state).toBe("visible");
        expect(isOwnMaster(ws.getCell(e.cell))).toBe(true);
        const text = cellText(ws.getCell(e.cell)).trim();
        if (text === "" || text === "-")
          throw new Error(`${c.id}: ${e.workbook}!${e.sheet}!${e.cell} is empty`);
      }
    }
  });

  it("no two truth entries share a cell or a slot", () => {
    for (const c of cases) {
      const cells = c.truth.map((e) => `${e.workbook}|${e.sheet}|${e.cell}`);
      expect(new Set(cells).size).toBe(cells.length);
      const slots = c.truth.map(slotKey);
      expect(new Set(slots).size).toBe(slots.length);
    }
  });

  it("truth and absent partition the plan's slots", () => {
    const all = universe().map(slotKey).sort();
    for (const c of cases) {
      const t = c.truth.map(slotKey);
      const a = c.absent.map(slotKey);
      expect(t.filter((k) => a.includes(k))).toEqual([]);
      expect([...t, ...a].sort()).toEqual(all);
    }
    expect(
      cases.filter((c) => c.absent.some((s) => s.unit !== "tinh-lai-chau" && s.year === undefined)).length,
    ).toBeGreaterThan(10);
  });

  it("no truth cell is in a column or row headed Kế hoạch / KH / Mục tiêu", () => {
    for (const c of cases) {
      const l = get(c.id);
      for (const e of c.truth) {
        const ws = l.books.get(e.workbook)?.getWorksheet(e.sheet);
        if (!ws) throw new Error(`${c.id}: no sheet ${e.sheet}`);
        const bad = planHeadersAround(ws, ws.getCell(e.cell));
        if (bad.length > 0)
          throw new Error(`${c.id}: ${e.sheet}!${e.cell} sits under/beside ${bad.join(", ")}`);
      }
    }
  });

  it("(control) the same check flags the plan column beside the actual in attainment tables", () => {
    let flagged = 0;
    for (const c of cases.filter((x) => x.family === "attainment-table")) {
      const l = get(c.id);
      for (const e of c.truth.filter((x) => x.cell.startsWith("E"))) {
        const ws = l.books.get(e.workbook)?.getWorksheet(e.sheet);
        if (!ws) throw new Error(`${c.id}: no sheet ${e.sheet}`);
        expect(planHeadersAround(ws, ws.getCell(e.cell.replace(/^E/, "D"))).length).toBeGreaterThan(0);
        flagged++;
      }
    }
    expect(flagged).toBeGreaterThan(50);
  });
});

describe("traps", () => {
  const casesWith = (pred: (l: Loaded, c: CorpusCase) => boolean) =>
    cases.filter((c) => pred(get(c.id), c)).length;
  const hasText = (re: RegExp) => (l: Loaded) => allTexts(l).some((t) => re.test(fold(t)));

  it("are in several cases each", () => {
    expect(casesWith(hasText(/^(ke hoach|kh|muc tieu)\b/))).toBeGreaterThanOrEqual(20);
    expect(
      casesWith((l) => [...l.books.values()].some((b) => b.worksheets.some((w) => w.state !== "visible"))),
    ).toBeGreaterThanOrEqual(10);
    expect(casesWith(hasText(/quang cao/))).toBeGreaterThanOrEqual(10);
    expect(casesWith(hasText(/luot truy cap|luot xem/))).toBeGreaterThanOrEqual(5);
    expect(casesWith(hasText(/nghiep vu bao chi|ly luan chinh tri|sau dai hoc/))).toBeGreaterThanOrEqual(5);
    expect(casesWith(hasText(/^tong so tin/))).toBeGreaterThanOrEqual(5);
    expect(casesWith(hasText(/^(cong|tong|tong cong|luy ke)$/))).toBeGreaterThanOrEqual(10);
    expect(casesWith(hasText(/nam 2024$|bc 2024|2024 \(cu\)/))).toBeGreaterThanOrEqual(5);
    expect(casesWith(hasText(/^uoc th|uoc thuc hien/))).toBeGreaterThanOrEqual(10);
    expect(casesWith(hasText(/^ghi chu$/))).toBeGreaterThanOrEqual(30);
  });

  it("values come as numbers, Vietnamese number text, words, formulas and 'Không áp dụng'", () => {
    const kinds = new Set<string>();
    for (const c of cases) {
      const l = get(c.id);
      for (const e of c.truth) {
        const cell = l.books.get(e.workbook)?.getWorksheet(e.sheet)?.getCell(e.cell);
        const v = cell?.value;
        if (typeof v === "number") kinds.add("number");
        else if (v !== null && typeof v === "object" && "formula" in v) kinds.add("formula");
        else if (cell && /^\d{1,3}(\.\d{3})+(,\d+)?$/.test(cellText(cell))) kinds.add("vn-text");
        else if (cell && /^khong ap dung/.test(fold(cellText(cell)))) kinds.add("not-applicable");
        else if (cell && legacyEncodingOfFont(cell.font?.name) !== null) kinds.add("legacy-word");
        else kinds.add("word");
      }
    }
    expect([...kinds].sort()).toEqual([
      "formula",
      "legacy-word",
      "not-applicable",
      "number",
      "vn-text",
      "word",
    ]);
  });
});

describe("held-out wordings", () => {
  const held = heldoutOnlyTexts().map(fold);

  it("exist, ≥ 1 per input, and are not contained in any shared wording", () => {
    expect(held.length).toBeGreaterThanOrEqual(12);
    for (const list of Object.values(INPUT_WORDINGS)) {
      expect(list.filter((w) => w.tag === "both").length).toBeGreaterThanOrEqual(3);
      expect(list.some((w) => w.tag === "heldout")).toBe(true);
    }
    const shared = [...Object.values(INPUT_WORDINGS), ...Object.values(AGENCY_WORDINGS)]
      .flat()
      .filter((w) => w.tag === "both")
      .map((w) => fold(w.text))
      .concat(DECOYS.flatMap((d) => d.texts.map(fold)));
    for (const h of held) expect(shared.filter((t) => t.includes(h))).toEqual([]);
  });

  it("never appear in a tune case (cells, sheet names, file names)", () => {
    for (const c of cases.filter((x) => x.split === "tune")) {
      const texts = allTexts(get(c.id)).map(fold);
      const leaks = held.filter((h) => texts.some((t) => t.includes(h)));
      if (leaks.length > 0) throw new Error(`${c.id} shows held-out wordings: ${leaks.join(" | ")}`);
    }
  });

  it("do appear in the held-out split", () => {
    const texts = cases.filter((x) => x.split === "heldout").flatMap((c) => allTexts(get(c.id)).map(fold));
    const unseen = held.filter((h) => !texts.some((t) => t.includes(h)));
    expect(unseen).toEqual([]);
  });
});

describe("fresh split (written blind to the detector; looked at since 2026-11-26, the blind split is unseen now)", () => {
  const freshInputTexts = Object.values(FRESH_INPUT_WORDINGS).flat();
  const freshAgencyTexts = Object.values(FRESH_AGENCY_WORDINGS).flat();
  const freshDecoyTexts = FRESH_DECOYS.flatMap((d) => [...d.texts]);
  const freshTexts = [...freshInputTexts, ...freshAgencyTexts, ...freshDecoyTexts];
  const freshDir = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-fresh-"));
  let fresh: FreshCase[] = [];
  const reloaded = new Map<string, Map<string, ExcelJS.Workbook>>();

  beforeAll(async () => {
    fresh = await buildFreshCorpus();
    await writeFreshCorpus(freshDir, fresh);
    for (const c of fresh) {
      const books = new Map<string, ExcelJS.Workbook>();
      for (const f of c.files) {
        const book = new ExcelJS.Workbook();
        await book.xlsx.readFile(path.join(freshDir, "fresh", c.id, f.fileName));
        books.set(f.fileName, book);
      }
      reloaded.set(c.id, books);
    }
  }, 120_000);

  afterAll(() => fs.rmSync(freshDir, { recursive: true, force: true }));

  const textsOf = (c: FreshCase): string[] => {
    const books = reloaded.get(c.id);
    if (!books) throw new Error(`not loaded: ${c.id}`);
    return allTexts({ truthFile: {} as TruthFile, books, fileNames: c.files.map((f) => f.fileName) });
  };

  it("has ≥ 3 wordings per plan input and per unit, and ≥ 2 layout families the other splits lack", () => {
    for (const input of universe().map((s) => s.input))
      expect([input, (FRESH_INPUT_WORDINGS[input] ?? []).length >= 3]).toEqual([input, true]);
    for (const list of Object.values(FRESH_AGENCY_WORDINGS)) expect(list.length).toBeGreaterThanOrEqual(3);
    const known = new Set(FAMILIES.map((f) => f.name));
    const added = new Set(fresh.filter((c) => c.newFamily).map((c) => c.family));
    expect(added.size).toBeGreaterThanOrEqual(2);
    for (const f of added) expect(known.has(f)).toBe(false);
    expect(new Set(fresh.filter((c) => !c.newFamily).map((c) => c.family))).toEqual(known);
    expect(fresh.every((c) => c.split === "fresh")).toBe(true);
    expect(new Set(fresh.map((c) => c.id)).size).toBe(fresh.length);
  });

  // The plan data and the detector's vocabulary may now hold words the fresh split taught (it has been looked at:
  // tests/corpusBlind.test.ts keeps this guard for the split that is unseen); the corpus's own lists may not.
  it("no fresh wording equals a wording of the tune or held-out splits (corpus lists, fixtures)", () => {
    const existing = new Set(
      [
        ...Object.values(INPUT_WORDINGS)
          .flat()
          .map((w) => w.text),
        ...Object.values(AGENCY_WORDINGS)
          .flat()
          .map((w) => w.text),
        ...DECOYS.flatMap((d) => d.texts),
        ...Object.values(LABELS),
      ].map(fold),
    );
    expect(existing.size).toBeGreaterThan(100);
    expect(freshTexts.filter((t) => existing.has(fold(t)))).toEqual([]);
    expect(new Set(freshTexts.map(fold)).size).toBe(freshTexts.length);
  });

  it("fresh wordings never appear in a tune or held-out case (cells, sheet names, file names)", () => {
    const folded = freshTexts.map(fold);
    for (const c of cases) {
      const texts = allTexts(get(c.id)).map(fold);
      const leaks = folded.filter((h) => texts.some((t) => t.includes(h)));
      if (leaks.length > 0) throw new Error(`${c.id} shows fresh wordings: ${leaks.join(" | ")}`);
    }
  });

  it("every fresh input wording and near-miss row shows up in the fresh split", () => {
    const texts = fresh.flatMap((c) => textsOf(c).map(fold));
    const unseen = [...freshInputTexts, ...freshDecoyTexts]
      .map(fold)
      .filter((w) => !texts.some((t) => t.includes(w)));
    expect(unseen).toEqual([]);
  });

  it("every label points at a real, non-empty cell after a reload, and truth + absent are the plan's slots", () => {
    for (const c of fresh) {
      const books = reloaded.get(c.id);
      if (!books) throw new Error(`not loaded: ${c.id}`);
      expect([c.id, problemsOf(c, books)]).toEqual([c.id, []]);
      const truthFile = JSON.parse(
        fs.readFileSync(path.join(freshDir, "fresh", c.id, "truth.json"), "utf8"),
      ) as { split: string; mappings: unknown; absent: unknown };
      expect(truthFile.split).toBe("fresh");
      expect(truthFile.mappings).toEqual(c.truth);
      expect(truthFile.absent).toEqual(c.absent);
    }
    expect(fresh.reduce((n, c) => n + c.truth.length, 0)).toBeGreaterThan(1500);
  });

  it("tests precision too: near-miss rows, plan columns and unreported slots are in many cases", () => {
    const decoys = FRESH_DECOYS.flatMap((d) => d.texts.map(fold));
    const withDecoys = fresh.filter((c) =>
      textsOf(c).some((t) => decoys.includes(fold(t).replace(/[:?]$/, ""))),
    );
    expect(withDecoys.length).toBeGreaterThanOrEqual(15);
    const withGaps = fresh.filter((c) =>
      c.absent.some((s) => s.unit !== "tinh-lai-chau" && s.year === undefined),
    );
    expect(withGaps.length).toBeGreaterThanOrEqual(8);
    expect(fresh.filter((c) => textsOf(c).some((t) => isPlanHeader(t))).length).toBeGreaterThanOrEqual(10);
  });

  it("is deterministic for its seed and differs for another", async () => {
    const again = await buildFreshCorpus();
    expect(again.map((c) => [c.id, c.family, c.truth, c.absent])).toEqual(
      fresh.map((c) => [c.id, c.family, c.truth, c.absent]),
    );
    again.forEach((c, i) =>
      c.files.forEach((f, k) =>
        expect(dumpBook(f.workbook)).toBe(dumpBook(fresh[i]?.files[k]?.workbook ?? f.workbook)),
      ),
    );
    const other = await buildFreshCorpus({ seed: 7, casesPerFamily: 4 });
    expect(other.filter((c) => c.newFamily).length).toBe(12);
    const mine = new Map(fresh.map((c) => [c.id, JSON.stringify(c.truth)]));
    expect(other.filter((c) => mine.get(c.id) !== JSON.stringify(c.truth)).length).toBeGreaterThan(0);
    for (const seed of [1, 2, 3, 2025])
      for (const c of await buildFreshCorpus({ seed, casesPerFamily: 4 }))
        expect([`${seed}/${c.id}`, problemsOf(c, memoryBooks(c))]).toEqual([`${seed}/${c.id}`, []]);
  }, 60_000);
});
