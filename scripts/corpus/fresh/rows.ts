/**
 * The row list of the fresh layouts: sections with new titles, the plan's inputs in fresh wordings, and fresh
 * near-miss rows (last year's figure, the planned figure, a neighbouring quantity). Near-miss rows are never truth.
 */
import type ExcelJS from "exceljs";
import type { CaseContext } from "../context";
import { isYearly, nearMiss, roundTarget, statusInputsOf, YEARLY, type Slot, type UnitId } from "../model";
import { freshDecoysNear, type FreshDecoy } from "./wordings";

export type FreshItem =
  { kind: "section"; text: string } | { kind: "input"; input: string } | { kind: "decoy"; decoy: FreshDecoy };

const THEMES: ReadonlyArray<readonly [titles: readonly string[], inputs: readonly string[]]> = [
  [["Về sản xuất tác phẩm báo chí", "Công tác tuyên truyền"], ["political_articles"]],
  [
    ["Về nguồn thu", "Kết quả hoạt động tài chính"],
    ["revenue", "autonomous"],
  ],
  [
    ["Về đội ngũ", "Tổ chức bộ máy, nhân sự"],
    ["staff_total", "staff_trained"],
  ],
  [
    ["Về hạ tầng, công nghệ", "Kết quả chuyển đổi số"],
    ["digital_platforms", "ai_data_platform", "converged_newsroom", "security_level"],
  ],
  [["Về giấy phép hoạt động", "Thủ tục hành chính"], ["licensed"]],
  [
    ["Về phủ sóng, tiếp cận thông tin", "Người dân vùng khó khăn tiếp cận báo chí"],
    ["remote_population_total", "remote_population_reached"],
  ],
];

/** The inputs a unit reports (or `inputs`), in theme order, each with 0–1 near-miss rows before or after it. */
export function freshItems(
  ctx: CaseContext,
  unit: UnitId | null,
  o: { yearly?: boolean; decoyChance?: number; inputs?: readonly string[] } = {},
): FreshItem[] {
  const wanted = o.inputs ?? [
    ...((o.yearly ?? true) ? YEARLY : []),
    ...(unit === null ? [] : statusInputsOf(unit)),
  ];
  const out: FreshItem[] = [];
  for (const [titles, inputs] of THEMES) {
    const here = inputs.filter((i) => wanted.includes(i));
    if (here.length === 0) continue;
    out.push({ kind: "section", text: ctx.rng.pick(titles) });
    for (const input of here) {
      const near = ctx.rng
        .shuffle(freshDecoysNear(input))
        .filter((d) => isYearly(input) || d.kind !== "previous");
      const decoy = near[0] !== undefined && ctx.rng.chance(o.decoyChance ?? 0.6) ? near[0] : undefined;
      const before = decoy !== undefined && ctx.rng.chance(0.4);
      if (decoy && before) out.push({ kind: "decoy", decoy });
      out.push({ kind: "input", input });
      if (decoy && !before) out.push({ kind: "decoy", decoy });
    }
  }
  return out;
}

/** A decoy label, stable within the case. */
export function freshDecoyLabel(ctx: CaseContext, decoy: FreshDecoy): string {
  return ctx.rng.fork(`${ctx.id}/fresh-decoy/${decoy.id}`).pick(decoy.texts);
}

/** The number (or word) a near-miss row shows for this unit and year. */
export function freshDecoyValue(
  ctx: CaseContext,
  decoy: FreshDecoy,
  unit: UnitId,
  year = 2025,
): number | string {
  const { rng, data } = ctx;
  if (decoy.kind === "yes-no") return rng.pick(["Có", "Chưa", "x", "Đang xây dựng"]);
  const slot: Slot = isYearly(decoy.near) ? { input: decoy.near, unit, year } : { input: decoy.near, unit };
  const raw = data.value(slot);
  const v = typeof raw === "number" ? raw : 0;
  switch (decoy.kind) {
    case "previous": {
      const prev = year > 2020 ? data.value({ input: decoy.near, unit, year: year - 1 }) : v;
      return nearMiss(rng, typeof prev === "number" ? prev : v, 0.97, 1.03);
    }
    case "planned":
      return decoy.near === "staff_total" ? v + rng.int(1, 6) : roundTarget(Math.max(v, 10));
    case "money":
      return Math.round(v * (0.3 + rng.next() * 0.4)) + 1;
    case "big":
      return rng.int(180000, 5200000);
    default:
      return decoy.near === "staff_total" || decoy.near === "staff_trained"
        ? Math.max(1, Math.round(v * (0.3 + rng.next() * 0.5)))
        : rng.int(4, 900);
  }
}

export function writeFreshDecoy(
  ctx: CaseContext,
  ws: ExcelJS.Worksheet,
  at: string,
  decoy: FreshDecoy,
  unit: UnitId,
  year?: number,
): void {
  const v = freshDecoyValue(ctx, decoy, unit, year);
  if (typeof v === "number") ctx.number(ws, at, v);
  else ctx.write(ws, at, v, "word", { align: "center" });
}
