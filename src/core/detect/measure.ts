import { foldFolded, foldText, tokens } from "./text";

/**
 * Units of measure ("ĐVT"): "Tin, bài", "Triệu đồng", "Người", "Có/Không", "Cấp độ". A row that states one says
 * what kind of figure its values are; it agrees with an input whose unit of measure is the same, and disagrees
 * with it when it names another ("Lượt người", "Vụ", "Hộ").
 */

/** Generic spellings of the same unit of measure, after measureKey (Vietnamese report usage, not plan words). */
const SAME_MEASURE: Readonly<Record<string, string>> = {
  cap: "cap do",
  "muc do": "cap do",
  "neu co": "co khong",
  "co chua": "co khong",
  "dat khong": "co khong",
  "x neu co": "co khong",
  nguoi: "nguoi",
  trieu: "trieu dong",
  "trieu d": "trieu dong",
  tr: "trieu dong",
  bai: "tin bai",
  tin: "tin bai",
  "san pham": "tin bai",
  "tac pham": "tin bai",
  "d c": "co khong",
  "c k": "co khong",
  "dat chua": "co khong",
  "da chua": "co khong",
};

/** Longer texts are labels, not units of measure. */
const MAX_MEASURE_TOKENS = 3;

/**
 * The comparable form of a unit of measure: folded, abbreviations expanded, "/" and "," as spaces, generic
 * spellings unified; null for a text too long to be one. `folded`: the text is already normalizeForMatch's.
 * @example measureKey("Tin/bài", expand) // "tin bai"
 */
export function measureKey(
  text: string,
  expand: (words: readonly string[]) => string[],
  folded = false,
): string | null {
  const words = tokens(
    expand(tokens(folded ? foldFolded(text) : foldText(text)))
      .join(" ")
      .replace(/[/,.]/g, " "),
  );
  if (words.length === 0 || words.length > MAX_MEASURE_TOKENS) return null;
  const key = words.join(" ");
  return SAME_MEASURE[key] ?? key;
}

/** Bracketed parts of a label: "Doanh thu (Tr.đồng)" → ["Tr.đồng"]. */
export function bracketed(text: string): string[] {
  return [...text.matchAll(/\(([^()]*)\)/g)].map((m) => m[1] ?? "");
}

/** How a row's stated unit of measure bears on an input: the same, another one, or not stated. */
export type MeasureFit = "agrees" | "disagrees" | "unknown";

/** Compares the measures stated on a row with an input's; a row may state one in its ĐVT column and its label. */
export function measureFit(
  stated: readonly string[],
  inputMeasure: string | null,
  known: ReadonlySet<string>,
): MeasureFit {
  if (stated.length === 0 || inputMeasure === null) return "unknown";
  if (stated.includes(inputMeasure)) return "agrees";
  // Only a unit of measure we know is another one disagrees; a spelling we cannot read ("Đ/C") says nothing.
  return stated.some((k) => known.has(k)) ? "disagrees" : "unknown";
}
