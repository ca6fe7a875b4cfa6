/**
 * b11-system-inventory: the department's list of the agencies' information systems and platforms, grouped by
 * agency: kind, vendor, domestic or foreign, the security level proposed in the dossier and the level approved,
 * the approving decision, the year in use. The agency's level is the approved level of its electronic press
 * system; the other systems' levels and the proposed levels are not (a dossier still under review leaves the
 * agency's slot unreported, its proposed level standing). Under the list, a review of the platform targets with
 * the agencies as columns.
 */
import type ExcelJS from "exceljs";
import { addSheet, newWorkbook, put, ref } from "../../fixtures/sheetKit";
import { MAGAZINE, type UnitId } from "../model";
import { sheetName, signature, type BuiltFile } from "../sheets";
import type { Blind11Context } from "./context";
import { agencyOrder, departmentMasthead, frame, headCell, OFFICES, titleBlock } from "./kit";
import { B11_DECOYS, B11_INVENTORY } from "./wordings";

const ROMAN = ["I", "II", "III"];

export function systemInventory(ctx: Blind11Context): BuiltFile[] {
  const { rng } = ctx;
  const wb = newWorkbook();
  const file = rng.pick(B11_INVENTORY.files);
  const H = B11_INVENTORY.headers;
  const approvedFirst = rng.chance(0.3);
  const pair: readonly Key[] = approvedFirst ? ["approved", "proposed"] : ["proposed", "approved"];
  const keys: readonly Key[] = [
    "stt",
    "name",
    "kind",
    "vendor",
    "origin",
    ...pair,
    "decision",
    "since",
    "notes",
  ];
  const at = (k: Key) => keys.indexOf(k) + 1;
  const last = keys.length;
  const ws = addSheet(
    wb,
    sheetName(wb, rng.pick(B11_INVENTORY.sheets)),
    keys.map((k) => (k === "name" ? 42 : k === "stt" ? 5 : k === "decision" ? 26 : 14)),
  );
  departmentMasthead(ctx, ws, last, rng.pick(OFFICES));
  titleBlock(ctx, ws, last, B11_INVENTORY);
  const head = 7;
  for (const k of keys) {
    const text = k === "stt" ? "STT" : k === "notes" ? "Ghi chú" : rng.pick<string>(H[k as keyof typeof H]);
    headCell(ctx, ws, at(k), head, head, text);
  }
  ws.getRow(head).height = 40;
  let row = head + 1;
  const units = agencyOrder(ctx);
  units.forEach((unit, u) => {
    put(ws, ref(1, row), ROMAN[u] ?? "", { bold: true, align: "center" });
    ctx.writeMerged(ws, `${ref(2, row)}:${ref(last, row)}`, ctx.agency(unit, "inventory"), "upper", {
      bold: true,
      align: "left",
    });
    row++;
    row = systems(ctx, ws, file, unit, row, at);
  });
  frame(ws, head, row - 1, last);
  row = review(ctx, ws, file, units, row + 2);
  signature(ctx, ws, row + 1, last);
  return [{ fileName: file, workbook: wb }];
}

type Key =
  "stt" | "name" | "kind" | "vendor" | "origin" | "proposed" | "approved" | "decision" | "since" | "notes";
type At = (k: Key) => number;

/** An agency's systems, its press system among them; returns the next free row. */
function systems(
  ctx: Blind11Context,
  ws: ExcelJS.Worksheet,
  file: string,
  unit: UnitId,
  first: number,
  at: At,
): number {
  const { rng } = ctx;
  const others = rng.shuffle(B11_INVENTORY.others).slice(0, unit === MAGAZINE ? 2 : rng.int(3, 5));
  const pressAt = rng.int(0, Math.min(1, others.length));
  let row = first;
  let n = 0;
  const line = (name: string, kind: string, origin: string, vendor: string) => {
    put(ws, ref(at("stt"), row), ++n, { align: "center" });
    ctx.write(ws, ref(at("name"), row), name, "label", { wrap: true });
    ctx.write(ws, ref(at("kind"), row), kind, "text");
    ctx.write(ws, ref(at("vendor"), row), vendor, "text");
    ctx.write(ws, ref(at("origin"), row), origin, "text");
  };
  const press = () => {
    const [name, kind] = B11_INVENTORY.pressSystem[unit] ?? ["", ""];
    const none = unit === MAGAZINE;
    line(name, kind, none ? "-" : "Trong nước", none ? "-" : rng.pick(B11_INVENTORY.vendors));
    const slot = { input: "security_level", unit };
    const value = ctx.data.value(slot);
    if (value === "not-applicable") {
      put(ws, ref(at("proposed"), row), "-", { align: "center" });
      ctx.value(file, ws, ref(at("approved"), row), slot);
    } else if (typeof value === "number") {
      const proposed = Math.min(3, value + rng.pick([0, 0, 1]));
      ctx.other(ws, ref(at("proposed"), row), "security_level", proposed);
      if (ctx.value(file, ws, ref(at("approved"), row), slot, { dash: false })) {
        ctx.write(
          ws,
          ref(at("decision"), row),
          `Số ${rng.int(12, 240)}/QĐ-UBND ngày ${rng.int(2, 28)}/${rng.int(1, 12)}/${rng.pick([2023, 2024])}`,
          "text",
        );
      } else {
        ctx.write(ws, ref(at("approved"), row), rng.pick(B11_INVENTORY.pending), "text", { italic: true });
      }
      put(ws, ref(at("since"), row), rng.pick([2016, 2018, 2019, 2021]), { align: "center" });
    }
    row++;
  };
  others.forEach(([name, kind, origin, level, vendor], i) => {
    if (i === pressAt) press();
    line(name, kind, origin, vendor);
    if (level === "-") {
      put(ws, ref(at("proposed"), row), "-", { align: "center" });
      put(ws, ref(at("approved"), row), "-", { align: "center" });
    } else {
      const n0 = Number(level);
      ctx.other(ws, ref(at("proposed"), row), "security_level", n0);
      if (rng.chance(0.8)) ctx.other(ws, ref(at("approved"), row), "security_level", n0);
    }
    put(ws, ref(at("since"), row), rng.int(2017, 2024), { align: "center" });
    row++;
  });
  if (pressAt >= others.length) press();
  return row;
}

/** The review of the platform targets, agencies as columns; returns the next free row. */
function review(
  ctx: Blind11Context,
  ws: ExcelJS.Worksheet,
  file: string,
  units: readonly UnitId[],
  top: number,
): number {
  const { rng } = ctx;
  ctx.write(ws, ref(2, top), rng.pick(B11_INVENTORY.selfCheckTitle), "upper", { bold: true });
  const head = top + 1;
  headCell(ctx, ws, 1, head, head, "TT");
  headCell(ctx, ws, 2, head, head, rng.pick(B11_INVENTORY.selfCheckHeader));
  units.forEach((u, i) => headCell(ctx, ws, 3 + i, head, head, ctx.agency(u, "review")));
  let row = head + 1;
  ["digital_platforms", "ai_data_platform", "converged_newsroom"].forEach((input, i) => {
    put(ws, ref(1, row), i + 1, { align: "center" });
    ctx.write(ws, ref(2, row), ctx.header(input, "review"), "label");
    units.forEach((unit, k) => ctx.value(file, ws, ref(3 + k, row), { input, unit }));
    row++;
  });
  const channels = B11_DECOYS.find((d) => d.near === "digital_platforms");
  if (channels && rng.chance(0.8)) {
    put(ws, ref(1, row), 4, { align: "center" });
    ctx.write(ws, ref(2, row), ctx.decoyLabel(channels, "review"), "label", { wrap: true });
    units.forEach((unit, k) => ctx.number(ws, ref(3 + k, row), ctx.decoyValue(channels, unit)));
    row++;
  }
  frame(ws, head, row - 1, 2 + units.length);
  return row;
}
