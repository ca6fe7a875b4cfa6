/**
 * Family "b24-platform-channel-register": the department's register of the press agencies' official channels on
 * digital platforms. The first sheet lists every channel (agency, platform, account, followers, this year's posts —
 * a near-miss of the works — and a verified tick); the second sums it up by agency: the yes/no answers and the
 * security level (the truth), then the channel count and the followers as formulas into the list, and next year's
 * channel target under a plan head. The works and revenue are not in this register (absent). A hidden lookup sheet
 * feeds the platform names.
 */
import { grid, ref } from "../../fixtures/sheetKit";
import { AGENCIES, MAGAZINE, statusInputsOf } from "../model";
import { masthead, signature, type BuiltFile } from "../sheets";
import type { Blind24Context } from "./context";
import { headers, newWorkbook, plainNumber, sheet, slotOf } from "./kit";
import { B24_CHANNELS as T } from "./texts";
import { B24_DECOYS as D } from "./wordings";

/** The inputs the summary answers, in its column order. */
export const CHANNEL_INPUTS = [
  "digital_platforms",
  "converged_newsroom",
  "ai_data_platform",
  "security_level",
  "autonomous",
];

export function channelRegister(ctx: Blind24Context): BuiltFile[] {
  const fileName = ctx.pickText("file", T.files);
  const wb = newWorkbook();
  const list = sheet(wb, ctx.pickText("listSheet", T.listSheet), [6, 34, 20, 34, 16, 18, 14]);
  const summary = sheet(
    wb,
    ctx.pickText("sumSheet", T.summarySheet),
    [6, 34, 18, 18, 18, 18, 18, 16, 18, 18],
  );
  ctx.writeMerged(list, "A1:G1", ctx.pickText("listTitle", T.listTitle), "upper", { bold: true });
  headers(ctx, list, 3, [
    "STT",
    ctx.pickText("agencyHead", ["Cơ quan chủ quản kênh", "Thuộc cơ quan"]),
    ctx.pickText("platform", T.platform),
    ctx.pickText("account", T.account),
    ctx.pickText("followers", T.followers),
    ctx.decoyLabel(D.platformPosts),
    ctx.pickText("verified", T.verified),
  ]);
  let row = 4;
  const rows = new Map<string, [number, number]>();
  const followersOf = new Map<string, number>();
  let n = 1;
  for (const unit of AGENCIES) {
    const platforms = ctx.data.value(slotOf("digital_platforms", unit)) === true;
    const count = !platforms ? 0 : unit === MAGAZINE ? 1 : ctx.rng.int(2, 4);
    const from = row;
    const chosen = ctx.rng.shuffle(T.platforms).slice(0, count);
    for (const platform of chosen) {
      ctx.write(list, `A${row}`, String(n++), "text", { align: "center" });
      ctx.write(list, `B${row}`, ctx.agency(unit, "list"), "label");
      ctx.write(list, `C${row}`, platform, "text");
      ctx.write(list, `D${row}`, `${ctx.slug(unit)} ${platform.split(" ")[0] ?? ""}`.trim(), "text");
      const followers = ctx.rng.int(800, 160000);
      plainNumber(list, `E${row}`, followers);
      followersOf.set(unit, (followersOf.get(unit) ?? 0) + followers);
      ctx.figure(list, `F${row}`, ctx.decoyValue(D.platformPosts, unit));
      if (ctx.rng.chance(0.5)) ctx.write(list, `G${row}`, "✓", "text", { align: "center" });
      row++;
    }
    rows.set(unit, [from, row - 1]);
  }
  grid(list, 3, 1, row - 1, 7);
  const listName = list.name.replace(/'/g, "''");

  masthead(ctx, summary, null, 10);
  ctx.writeMerged(summary, "A4:J4", ctx.pickText("sumTitle", T.summaryTitle), "upper", { bold: true });
  headers(ctx, summary, 6, [
    "TT",
    ctx.pickText("agencyHead", ["Cơ quan chủ quản kênh", "Thuộc cơ quan"]),
    ...CHANNEL_INPUTS.map((i) => ctx.header(i)),
    ctx.pickText("count", T.channelCount),
    ctx.pickText("sum", T.followerSum),
    ctx.planHeader(2026),
  ]);
  AGENCIES.forEach((unit, k) => {
    const r = 7 + k;
    ctx.write(summary, `A${r}`, String(k + 1), "text", { align: "center" });
    ctx.write(summary, `B${r}`, ctx.agency(unit, "list"), "label");
    CHANNEL_INPUTS.forEach((input, j) => {
      if (statusInputsOf(unit).includes(input))
        ctx.value(fileName, summary, ref(3 + j, r), slotOf(input, unit));
    });
    const [from, to] = rows.get(unit) ?? [0, -1];
    const count = to - from + 1;
    if (count > 0) {
      ctx.formula(summary, `H${r}`, `COUNTA('${listName}'!C${from}:C${to})`, count);
      const followers = followersOf.get(unit) ?? 0;
      ctx.formula(summary, `I${r}`, `SUM('${listName}'!E${from}:E${to})`, followers);
    } else ctx.figure(summary, `H${r}`, 0);
    ctx.figure(summary, `J${r}`, Math.max(1, count) + ctx.rng.int(1, 2));
  });
  grid(summary, 6, 1, 9, 10);
  if (ctx.rng.chance(0.5)) ctx.write(summary, "B11", ctx.note(2025), "text", { italic: true });
  signature(ctx, summary, 12, 10);

  const lookup = sheet(wb, ctx.pickText("hidden", T.hiddenSheet), [24]);
  lookup.state = "hidden";
  T.platforms.forEach((p, i) => ctx.write(lookup, `A${i + 1}`, p, "text"));
  return [{ fileName, workbook: wb }];
}
