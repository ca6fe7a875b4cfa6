/**
 * b35-bid-package-selection-plan: the annex of the province's press digital-transformation project listing, for
 * each beneficiary agency (a sheet each), the bid packages: name, the plan indicator it serves, price, selection
 * method, time, the tender's status (words such as "Đã ký hợp đồng" that look like answers) and, in its own column,
 * what stands after the investment (the answer, the level, the people trained), the package's target to the right
 * (the contracted trainees, more). Packages that serve no indicator carry statuses too. Above the table the
 * agency's headcount, autonomy and revenue of the last two years. A hidden list of selection methods.
 */
import { AGENCIES, MAGAZINE, type UnitId } from "../model";
import { type BuiltFile } from "../sheets";
import type { Blind35Context } from "./context";
import { headers, hiddenSheet, newWorkbook, plainNumber, sheet, slotOf } from "./kit";
import { B35_BIDPLAN as T } from "./texts";
import { B35_DECOYS as D } from "./wordings";

export const BID_HEAD = 9;
/** The column of what stands after the investment (truth), the tender status and the target. */
export const BID_COLS = { result: "H", tender: "G", target: "I" } as const;
export const BID_GENERAL = { staff_total: "C5", autonomous: "C6" } as const;
/** The beneficiary's revenue of the last two years, in C7 and C8 (its capacity to co-fund). */
export const BID_REVENUE_YEARS = [2024, 2025] as const;
type PackageInput = keyof typeof T.packages;

function packagesOf(unit: UnitId): PackageInput[] {
  const all: PackageInput[] = [
    "digital_platforms",
    "ai_data_platform",
    "converged_newsroom",
    "security_level",
    "staff_trained",
  ];
  return unit === MAGAZINE ? [...all, "licensed"] : all;
}

export function bidPackagePlan(ctx: Blind35Context): BuiltFile[] {
  const { rng } = ctx;
  const fileName = ctx.pickText("file", T.files, 2025);
  const wb = newWorkbook();
  for (const unit of AGENCIES) {
    const ws = sheet(
      wb,
      ctx.pickText("sheet", T.sheets).replace("{slug}", ctx.slug(unit)),
      [6, 44, 30, 14, 22, 13, 20, 20, 18],
    );
    ctx.writeMerged(ws, "A1:I1", ctx.pickText("title", T.title), "upper", { bold: true, size: 13 });
    ctx.writeMerged(
      ws,
      "A2:I2",
      ctx.pickText("owner", T.owner).replace("{agency}", ctx.agency(unit)),
      "text",
      {
        italic: true,
      },
    );
    ctx.write(ws, "B4", ctx.pickText("general", T.general), "text", { bold: true });
    for (const input of ["staff_total", "autonomous"] as const) {
      const at = BID_GENERAL[input];
      ctx.write(ws, `B${at.slice(1)}`, ctx.label(input, { key: "bid" }), "label");
      ctx.value(fileName, ws, at, slotOf(input, unit));
    }
    BID_REVENUE_YEARS.forEach((y, i) => {
      ctx.write(ws, `B${7 + i}`, ctx.label("revenue", { key: "bid", year: y, unit: true }), "label");
      ctx.value(fileName, ws, `C${7 + i}`, slotOf("revenue", unit, y));
    });
    headers(ctx, ws, BID_HEAD, [
      "STT",
      ...T.columns,
      ctx.pickText("result", T.result, 2025),
      ctx.planHeader(2025),
    ]);
    const contracted = ctx.decoyValue(D.contractedTrainees, unit);
    const rows: string[] = rng.shuffle([
      ...packagesOf(unit),
      ...rng.shuffle(T.others).slice(0, rng.int(2, 3)),
    ]);
    rows.forEach((p, i) => {
      const r = BID_HEAD + 1 + i;
      const input = (Object.keys(T.packages) as PackageInput[]).find((k) => k === p);
      ctx.write(ws, `A${r}`, String(i + 1));
      ctx.write(ws, `B${r}`, input === undefined ? p : T.packages[input], "label");
      ctx.write(ws, `C${r}`, input === undefined ? T.general2 : ctx.header(input, unit), "label", {
        italic: true,
      });
      plainNumber(ws, `D${r}`, rng.int(12, 380) * 10);
      ctx.write(ws, `E${r}`, rng.pick(T.ways));
      ctx.write(ws, `F${r}`, rng.pick(T.times).replace("{y}", String(rng.pick([2024, 2025]))));
      const value = input === undefined ? true : ctx.data.value(slotOf(input, unit));
      ctx.write(
        ws,
        `${BID_COLS.tender}${r}`,
        rng.pick(value === false ? T.tender.slice(0, 3) : T.tender),
        "word",
      );
      if (input === undefined) return;
      ctx.value(fileName, ws, `${BID_COLS.result}${r}`, slotOf(input, unit));
      const target = `${BID_COLS.target}${r}`;
      if (input === "staff_trained") ctx.figure(ws, target, contracted);
      else if (input === "security_level" && unit === MAGAZINE) return;
      else if (input === "security_level")
        ctx.write(ws, target, ctx.words("security_level", 3) ?? "3", "word");
      else ctx.write(ws, target, rng.pick(T.targets));
    });
    const end = BID_HEAD + rows.length + 1;
    ctx.write(ws, `B${end + 1}`, ctx.decoyLabel(D.contractedTrainees, "contract"), "label", { italic: true });
    ctx.figure(ws, `C${end + 1}`, contracted);
    if (rng.chance(0.5)) ctx.write(ws, `B${end + 2}`, ctx.note(), "text", { italic: true });
  }
  if (rng.chance(0.6))
    hiddenSheet(
      ctx,
      wb,
      ctx.pickText("scratch", T.scratch),
      T.ways.map((w, i) => [w, i + 1] as const),
    );
  return [{ fileName, workbook: wb }];
}
