/**
 * b31-infosystem-level-approval-register: the department's register of the press agencies' information systems,
 * one workbook. Sheet 1: the agencies as groups of rows, each system a row with the level the agency proposed, the
 * level approved (truth on the agency's publishing system's row only; the magazine's print row says it does not
 * apply) and the decision. Sheet 2: the shared platforms, an agency a row, three answers (truth) and next year's
 * request for support beside them. An older register sometimes hidden.
 */
import { grid, put, ref } from "../../fixtures/sheetKit";
import { AGENCIES, MAGAZINE, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind31Context } from "./context";
import { headers, hiddenSheet, newWorkbook, sheet, slotOf, turnHeader, writeOther } from "./kit";
import { B31_REGISTER as T } from "./texts";

const ROMAN = ["I", "II", "III"];
const OWNERS = [
  "Phòng Kỹ thuật - Công nghệ",
  "Ban Báo điện tử",
  "Văn phòng cơ quan",
  "Phòng Hành chính - Tổng hợp",
];
export const PLATFORMS = ["digital_platforms", "ai_data_platform", "converged_newsroom"] as const;

export function levelRegister(ctx: Blind31Context): BuiltFile[] {
  const { rng } = ctx;
  const fileName = ctx.pickText("file", T.files);
  const wb = newWorkbook();
  const ws = sheet(wb, ctx.pickText("sheetSystems", T.sheetSystems), [6, 46, 24, 14, 16, 30, 20]);
  ctx.writeMerged(ws, "A1:G1", ctx.pickText("title", T.title), "upper", { bold: true, size: 13 });
  headers(ctx, ws, 3, [
    "STT",
    ctx.pickText("system", T.system),
    ctx.pickText("owner", T.owner),
    ctx.pickText("proposed", T.proposed),
    ctx.pickText("approved", T.approved),
    ctx.pickText("decision", T.decision),
    "Ghi chú",
  ]);
  let row = 4;
  const old: Array<readonly [string, number | string]> = [];
  AGENCIES.forEach((unit, i) => {
    put(ws, `A${row}`, ROMAN[i] ?? "", { bold: true, align: "center" });
    ctx.writeMerged(ws, `B${row}:G${row}`, ctx.agency(unit, "group"), "text", { bold: true, align: "left" });
    row++;
    const others = rng.shuffle(T.others).slice(0, rng.int(1, 2));
    const at = rng.int(0, others.length);
    const rows: Array<string | null> = [...others];
    rows.splice(at, 0, null);
    let n = 0;
    for (const system of rows) {
      put(ws, `A${row}`, ++n, { align: "center" });
      ctx.write(ws, `C${row}`, rng.pick(OWNERS), "text", { wrap: true });
      if (system === null) {
        ctx.write(
          ws,
          `B${row}`,
          ctx.pickText(`press|${unit}`, T.press[unit as Exclude<UnitId, "tinh-lai-chau">]),
          "label",
          { wrap: true },
        );
        const slot = slotOf("security_level", unit);
        const v = ctx.data.value(slot);
        if (typeof v === "number") {
          writeOther(ctx, ws, `D${row}`, "security_level", rng.chance(0.45) ? Math.min(5, v + 1) : v);
          old.push([ctx.agency(unit, "group"), Math.max(1, v - 1)]);
        }
        if (!ctx.value(fileName, ws, `E${row}`, slot) && unit !== MAGAZINE)
          ctx.write(ws, `G${row}`, ctx.pickText("pending", T.pending), "text", { italic: true });
        if (typeof v === "number" && ctx.data.shown(slot))
          ctx.write(ws, `F${row}`, rng.pick(T.decisions), "text", { wrap: true });
      } else {
        ctx.write(ws, `B${row}`, system, "label", { wrap: true });
        const level = rng.int(1, 2);
        writeOther(ctx, ws, `D${row}`, "security_level", level);
        if (rng.chance(0.8)) {
          writeOther(ctx, ws, `E${row}`, "security_level", level);
          ctx.write(ws, `F${row}`, rng.pick(T.decisions), "text", { wrap: true });
        }
      }
      row++;
    }
  });
  grid(ws, 3, 1, row - 1, 7);
  if (rng.chance(0.25)) ctx.write(ws, `B${row + 1}`, ctx.note(2025), "text", { italic: true });

  const ws2 = sheet(wb, ctx.pickText("sheetShared", T.sheetShared), [6, 40, 18, 18, 18, 20, 24]);
  ctx.writeMerged(ws2, "A1:G1", ctx.pickText("title2", T.title), "upper", { bold: true });
  headers(ctx, ws2, 3, [
    "STT",
    "Cơ quan báo chí",
    ...PLATFORMS.map((p, k) => turnHeader(ctx, p, k)),
    ctx.pickText("support", T.support),
    "Ghi chú",
  ]);
  rng.shuffle(AGENCIES).forEach((unit, i) => {
    const r = 4 + i;
    put(ws2, `A${r}`, i + 1, { align: "center" });
    ctx.write(ws2, `B${r}`, ctx.agency(unit, "shared"), "text", { wrap: true });
    PLATFORMS.forEach((p, k) => ctx.value(fileName, ws2, ref(3 + k, r), slotOf(p, unit)));
    const wants = ctx.data.value(slotOf("ai_data_platform", unit)) !== true;
    if (rng.chance(0.8))
      ctx.write(ws2, `F${r}`, wants ? ctx.style.yesNo[0] : ctx.style.yesNo[1], "word", { align: "center" });
    if (rng.chance(0.2)) ctx.write(ws2, `G${r}`, ctx.note(2025), "text", { italic: true, wrap: true });
  });
  grid(ws2, 3, 1, 6, 7);
  if (rng.chance(0.5) && old.length > 0) hiddenSheet(ctx, wb, ctx.pickText("oldSheet", T.oldSheet), old);
  return [{ fileName, workbook: wb }];
}
