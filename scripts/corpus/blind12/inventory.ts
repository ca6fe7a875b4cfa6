/**
 * b12-system-inventory: the provincial department's register of the press agencies' information systems and
 * platforms, one row per system grouped by agency (where it runs, since when, whether it is in use, the security
 * level proposed in the dossier and the one approved), and a second sheet following each publication's licence.
 */
import type ExcelJS from "exceljs";
import { MAGAZINE, slotOf, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind12Context } from "./context";
import {
  agencyOrder,
  frame,
  headRow,
  hide,
  newWorkbook,
  numberOf,
  office,
  put,
  ref,
  ROMAN,
  sheet,
  span,
  subtitle,
  title,
} from "./kit";
import { B12_DECOYS } from "./wordings";
import { B12_INVENTORY } from "./texts";

/** Columns of the register. */
export const INVENTORY_COLS = {
  stt: 1,
  system: 2,
  host: 3,
  since: 4,
  status: 5,
  proposed: 6,
  approved: 7,
  decision: 8,
  notes: 9,
};
export const INVENTORY_SHEET = ["HTTT - nen tang", "Danh muc HTTT"] as const;

type Row = { kind: "epress" } | { kind: "input"; input: string } | { kind: "decoy"; n: number };

function registerSheet(ctx: Blind12Context, wb: ExcelJS.Workbook, file: string): void {
  const C = INVENTORY_COLS;
  const ws = sheet(wb, ctx.choose("inv-sheet", INVENTORY_SHEET), [6, 44, 18, 11, 16, 13, 13, 24, 20]);
  office(ctx, ws, null, C.notes);
  title(ctx, ws, 4, C.notes, ctx.pickText("inv-title", B12_INVENTORY.titles));
  const asOf = `(Cập nhật đến ngày ${ctx.rng.int(10, 19)}/11/2025 theo hồ sơ các cơ quan báo chí gửi về)`;
  subtitle(ctx, ws, 5, C.notes, asOf);
  const top = 7;
  headRow(ctx, ws, top, 1, [
    [C.stt, "STT"],
    [C.system, ctx.pickText("inv-system", B12_INVENTORY.system)],
    [C.host, ctx.pickText("inv-host", B12_INVENTORY.host)],
    [C.since, ctx.pickText("inv-since", B12_INVENTORY.since)],
    [C.status, ctx.pickText("inv-status", B12_INVENTORY.status)],
    [C.proposed, ctx.pickText("inv-proposed", B12_INVENTORY.proposed)],
    [C.approved, ctx.header("security_level", "inv")],
    [C.decision, ctx.pickText("inv-decision", B12_INVENTORY.decision)],
    [C.notes, "Ghi chú"],
  ]);
  ws.getRow(top).height = 42;
  let row = top + 1;
  agencyOrder(ctx.rng).forEach((unit, u) => {
    span(ctx, ws, row, 1, 1, ROMAN[u] ?? "", "text", { bold: true, align: "center" });
    span(ctx, ws, row, 2, C.notes, ctx.agency(unit), "text", { bold: true });
    row++;
    const rows: Row[] = [
      { kind: "epress" },
      ...ctx.rng.shuffle<Row>([
        { kind: "input", input: "digital_platforms" },
        { kind: "input", input: "ai_data_platform" },
        { kind: "input", input: "converged_newsroom" },
      ]),
      ...Array.from({ length: ctx.rng.int(1, 2) }, (_, n): Row => ({ kind: "decoy", n })),
    ];
    const ordered = ctx.rng.chance(0.5) ? rows : [...rows.slice(1), rows[0] as Row];
    ordered.forEach((it, i) => {
      put(ws, ref(C.stt, row), i + 1, { align: "center" });
      systemRow(ctx, ws, file, unit, row, it);
      row++;
    });
  });
  frame(ws, top, row - 1, C.notes);
  span(
    ctx,
    ws,
    row + 1,
    1,
    C.notes,
    "Ghi chú: cấp độ theo Nghị định 85/2016/NĐ-CP; cột đề xuất là cấp độ đơn vị tự xác định trong hồ sơ.",
    "text",
    { italic: true },
  );
}

function systemRow(
  ctx: Blind12Context,
  ws: ExcelJS.Worksheet,
  file: string,
  unit: UnitId,
  row: number,
  it: Row,
): void {
  const C = INVENTORY_COLS;
  const host = () => ctx.write(ws, ref(C.host, row), ctx.rng.pick(B12_INVENTORY.hosts), "text");
  if (it.kind === "epress") {
    const name = ctx.rng.pick(B12_INVENTORY.epress[unit as keyof typeof B12_INVENTORY.epress]);
    ctx.write(ws, ref(C.system, row), name, "label", { wrap: true });
    const level = numberOf(ctx, "security_level", unit);
    if (unit !== MAGAZINE) {
      host();
      put(ws, ref(C.since, row), ctx.rng.int(2012, 2021), { align: "center" });
      ctx.write(ws, ref(C.status, row), ctx.rng.pick(B12_INVENTORY.running), "text");
      // The dossier sometimes asks for a level above the one granted.
      if (level !== undefined)
        put(ws, ref(C.proposed, row), Math.min(4, level + (ctx.rng.chance(0.5) ? 1 : 0)), {
          align: "center",
        });
    }
    const at = ref(C.approved, row);
    if (ctx.value(file, ws, at, slotOf("security_level", unit)) && unit !== MAGAZINE)
      ctx.write(
        ws,
        ref(C.decision, row),
        `QĐ số ${ctx.rng.int(210, 1890)}/QĐ-STTTT ngày ${ctx.rng.int(2, 28)}/${ctx.rng.int(3, 12)}/2024`,
        "text",
        {
          wrap: true,
        },
      );
    return;
  }
  if (it.kind === "input") {
    ctx.write(ws, ref(C.system, row), ctx.label(it.input), "label", { wrap: true });
    const isYes = ctx.data.value(slotOf(it.input, unit)) === true && ctx.data.shown(slotOf(it.input, unit));
    if (isYes) {
      host();
      put(ws, ref(C.since, row), ctx.rng.int(2021, 2025), { align: "center" });
    }
    ctx.value(file, ws, ref(C.status, row), slotOf(it.input, unit));
    return;
  }
  // Two other systems of one agency are two different systems.
  const texts = B12_DECOYS.otherSystem.texts;
  const first = ctx.decoyLabel(B12_DECOYS.otherSystem, `inv|${unit}`);
  const d = it.n === 0 ? first : (texts[(texts.indexOf(first) + it.n) % texts.length] ?? first);
  ctx.write(ws, ref(C.system, row), d, "label", { wrap: true });
  host();
  put(ws, ref(C.since, row), ctx.rng.int(2010, 2023), { align: "center" });
  ctx.write(ws, ref(C.status, row), ctx.rng.pick(B12_INVENTORY.running), "text");
  const level = ctx.rng.int(1, 2);
  put(ws, ref(C.proposed, row), level, { align: "center" });
  put(ws, ref(C.approved, row), level, { align: "center" });
}

/** A sheet's title across row 1 and its one-row header at row 3; returns the header row. */
function titledHead(
  ctx: Blind12Context,
  ws: ExcelJS.Worksheet,
  last: number,
  text: string,
  cells: ReadonlyArray<readonly [number, string]>,
): number {
  title(ctx, ws, 1, last, text);
  headRow(ctx, ws, 3, 1, cells);
  return 3;
}

/** Columns of the licence sheet. */
export const LICENCE_COLS = {
  stt: 1,
  agency: 2,
  autonomy: 3,
  product: 4,
  number: 5,
  date: 6,
  valid: 7,
  status: 8,
  notes: 9,
};

/** One row per publication; the agency and its financial regime merged down its publications' rows. */
function licenceSheet(ctx: Blind12Context, wb: ExcelJS.Workbook, file: string): void {
  const C = LICENCE_COLS;
  const ws = sheet(
    wb,
    ctx.pickText("inv-lic-sheet", B12_INVENTORY.licenceSheet),
    [6, 28, 16, 30, 14, 13, 15, 16, 22],
  );
  const top = titledHead(ctx, ws, C.notes, B12_INVENTORY.licenceTitle[0], [
    [C.stt, "STT"],
    [C.agency, "Cơ quan báo chí"],
    [C.autonomy, ctx.header("autonomous", "inv")],
    [C.product, ctx.pickText("inv-product", B12_INVENTORY.product)],
    [C.number, ctx.pickText("inv-licno", B12_INVENTORY.licenceNo)],
    [C.date, "Ngày cấp"],
    [C.valid, ctx.pickText("inv-valid", B12_INVENTORY.licenceValid)],
    [C.status, ctx.header("licensed", "inv")],
    [C.notes, "Ghi chú"],
  ]);
  ws.getRow(top).height = 32;
  let row = top + 1;
  let n = 1;
  for (const unit of agencyOrder(ctx.rng)) {
    const products = B12_INVENTORY.products[unit as keyof typeof B12_INVENTORY.products];
    const first = row;
    const down = (col: number) => `${ref(col, first)}:${ref(col, first + products.length - 1)}`;
    if (products.length > 1) ctx.writeMerged(ws, down(C.agency), ctx.agency(unit), "text", { align: "left" });
    else ctx.write(ws, ref(C.agency, first), ctx.agency(unit), "text", { wrap: true });
    ctx.value(file, ws, ref(C.autonomy, first), slotOf("autonomous", unit));
    if (products.length > 1) ws.mergeCells(down(C.autonomy));
    for (const product of products) {
      put(ws, ref(C.stt, row), n++, { align: "center" });
      ctx.write(ws, ref(C.product, row), product, "label", { wrap: true });
      ctx.write(ws, ref(C.number, row), `${ctx.rng.int(11, 480)}/GP-BTTTT`, "text");
      ctx.write(
        ws,
        ref(C.date, row),
        `${ctx.rng.int(10, 28)}/${ctx.rng.int(3, 12)}/20${ctx.rng.int(16, 22)}`,
        "text",
      );
      if (unit === MAGAZINE) {
        ctx.value(file, ws, ref(C.status, row), slotOf("licensed", unit));
        ctx.write(ws, ref(C.notes, row), "Hồ sơ cấp lại theo Quy hoạch báo chí", "text", {
          italic: true,
          wrap: true,
        });
      } else {
        ctx.write(ws, ref(C.valid, row), `31/12/20${ctx.rng.int(27, 35)}`, "text");
        ctx.write(ws, ref(C.status, row), ctx.rng.pick(B12_INVENTORY.valid), "text");
      }
      row++;
    }
  }
  frame(ws, top, row - 1, C.notes);
}

/** Columns of the staff sheet. */
export const STAFF_COLS = { stt: 1, agency: 2, total: 3, reporters: 4, cards: 5, notes: 6 };

/** Who works at each agency, as the department counts press people: the whole staff, reporters, press cards. */
function staffSheet(ctx: Blind12Context, wb: ExcelJS.Workbook, file: string): void {
  const C = STAFF_COLS;
  const ws = sheet(wb, ctx.pickText("inv-staff-sheet", B12_INVENTORY.staffSheet), [6, 30, 18, 18, 20, 24]);
  const top = titledHead(ctx, ws, C.notes, ctx.pickText("inv-staff-title", B12_INVENTORY.staffTitle), [
    [C.stt, "STT"],
    [C.agency, "Cơ quan báo chí"],
    [C.total, ctx.header("staff_total", "inv")],
    [C.reporters, ctx.pickText("inv-reporters", B12_INVENTORY.reporters)],
    [C.cards, ctx.decoyLabel(B12_DECOYS.pressCards, "inv")],
    [C.notes, "Ghi chú"],
  ]);
  ws.getRow(top).height = 36;
  let row = top + 1;
  agencyOrder(ctx.rng).forEach((unit, i) => {
    put(ws, ref(C.stt, row), i + 1, { align: "center" });
    ctx.write(ws, ref(C.agency, row), ctx.agency(unit), "text", { wrap: true });
    const staff = numberOf(ctx, "staff_total", unit) ?? 0;
    if (ctx.value(file, ws, ref(C.total, row), slotOf("staff_total", unit)))
      ctx.number(ws, ref(C.reporters, row), Math.max(1, Math.round(staff * (0.45 + ctx.rng.next() * 0.2))));
    else ctx.write(ws, ref(C.notes, row), "Chưa gửi số liệu", "text", { italic: true });
    ctx.number(ws, ref(C.cards, row), ctx.decoyValue(B12_DECOYS.pressCards, unit));
    row++;
  });
  frame(ws, top, row - 1, C.notes);
}

/** The department's register: systems and platforms, licences, and hidden pick lists. */
export function systemInventory(ctx: Blind12Context): BuiltFile[] {
  const wb = newWorkbook();
  const fileName = `${ctx.pickText("inv-file", ["Danh muc HTTT co quan bao chi", "Theo doi cap do ATTT bao chi", "HTTT_nen tang so_bao chi LC"])}.xlsx`;
  registerSheet(ctx, wb, fileName);
  licenceSheet(ctx, wb, fileName);
  staffSheet(ctx, wb, fileName);
  const lists = sheet(wb, ctx.pickText("inv-lists", B12_INVENTORY.lists), [18, 18]);
  hide(lists);
  [...ctx.style.yesNo, "Cấp độ 1", "Cấp độ 2", "Cấp độ 3", "Cấp độ 4", "Cấp độ 5"].forEach((t, i) =>
    put(lists, ref(1, i + 1), t),
  );
  return [{ fileName, workbook: wb }];
}
