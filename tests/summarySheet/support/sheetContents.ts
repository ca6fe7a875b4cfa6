/**
 * A worksheet as ExcelJS reads it back, for comparing a copied sheet with its input (as
 * tests/trust/nothingLost.test.ts compares sheets): every cell's type, value, formula and style, the merges,
 * columns, row heights and hidden rows, the sheet's state, and its print and view settings. The name is
 * given (a copy has another one); `formula` maps each formula as the copy should hold it.
 */
import type ExcelJS from "exceljs";

const plain = (v: unknown): unknown =>
  v === undefined ? undefined : (JSON.parse(JSON.stringify(v)) as unknown);

export function sheetContents(
  ws: ExcelJS.Worksheet,
  name: string,
  formula: (f: string) => string = (f) => f,
): unknown {
  const cells: unknown[] = [];
  const rows: unknown[] = [];
  ws.eachRow({ includeEmpty: true }, (row) => {
    rows.push({ n: row.number, height: row.height, hidden: row.hidden, outline: row.outlineLevel });
    row.eachCell({ includeEmpty: true }, (c) => {
      const value = plain(c.value) as { formula?: string } | null;
      const f = c.formula ? formula(c.formula) : c.formula;
      cells.push({
        at: c.address,
        type: c.type,
        value: value && typeof value === "object" && "formula" in value ? { ...value, formula: f } : value,
        formula: f,
        style: plain(c.style),
        note: plain(c.note),
      });
    });
  });
  const model = ws.model as { merges?: string[]; cols?: unknown };
  return {
    name,
    state: ws.state,
    merges: [...(model.merges ?? [])].sort(),
    cols: plain(model.cols),
    rows,
    cells,
    pageSetup: plain(ws.pageSetup),
    properties: plain(ws.properties),
    conditionalFormattings: plain(
      (ws as unknown as { conditionalFormattings: unknown }).conditionalFormattings,
    ),
    dataValidations: plain((ws as unknown as { dataValidations: { model: unknown } }).dataValidations.model),
  };
}
