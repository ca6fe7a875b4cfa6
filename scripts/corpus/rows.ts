/**
 * The row list of an indicator table, shared by the row-per-indicator layouts: themed sections, the plan's inputs,
 * near-miss rows, "Trong đó" sub-rows, and the numbering an author puts in the STT column or before the label.
 */
import type { CaseContext } from "./context";
import { isYearly, PROVINCE, statusInputsOf, YEARLY, type Slot, type UnitId } from "./model";
import { decoyLabel, pickDecoys } from "./traps";
import type { DecoyRow } from "./wordings";

export type Item =
  | { kind: "section"; text: string }
  | { kind: "input"; input: string; sub: boolean }
  | { kind: "decoy"; decoy: DecoyRow; sub: boolean };

const THEMES: ReadonlyArray<readonly [titles: readonly string[], inputs: readonly string[]]> = [
  [["Sản xuất nội dung", "Thông tin, tuyên truyền", "Nội dung thông tin"], ["political_articles"]],
  [["Kinh tế báo chí", "Nguồn thu", "Tài chính"], ["revenue"]],
  [
    ["Nhân lực", "Nguồn nhân lực", "Đào tạo, bồi dưỡng"],
    ["staff_total", "staff_trained"],
  ],
  [
    ["Hạ tầng, nền tảng số", "Ứng dụng công nghệ số", "Chuyển đổi số"],
    ["digital_platforms", "ai_data_platform", "converged_newsroom", "security_level"],
  ],
  [
    ["Cơ chế hoạt động", "Tự chủ, cấp phép"],
    ["autonomous", "licensed"],
  ],
  [
    ["Tiếp cận thông tin vùng sâu, vùng xa", "Người dân tiếp cận báo chí"],
    ["remote_population_total", "remote_population_reached"],
  ],
];

/** Inputs that read as "of whom" under the row before them. */
const SUB_OF: Readonly<Record<string, string>> = {
  staff_trained: "staff_total",
  remote_population_reached: "remote_population_total",
};

export type ItemOptions = {
  yearly?: boolean;
  status?: boolean;
  decoyChance?: number;
  /** Drop the rows an agency reported nothing for (else the row stays with empty cells). */
  omitGaps?: boolean;
};

function inputsOf(unit: UnitId, o: ItemOptions): string[] {
  const yearly = (o.yearly ?? true) ? [...YEARLY] : [];
  const status = (o.status ?? true) ? statusInputsOf(unit) : [];
  return [...yearly, ...status];
}

/** Whether any of the input's slots for this unit is shown (with `years`, only those years count). */
export function anyShown(ctx: CaseContext, input: string, unit: UnitId, years?: readonly number[]): boolean {
  if (!isYearly(input)) return ctx.data.shown({ input, unit });
  return (years ?? ctx.data.years[input]).some((year) => ctx.data.shown({ input, unit, year }));
}

export function items(ctx: CaseContext, unit: UnitId, o: ItemOptions = {}): Item[] {
  const wanted = inputsOf(unit, o);
  const out: Item[] = [];
  for (const [titles, inputs] of THEMES) {
    const here = inputs.filter((i) => wanted.includes(i));
    if (here.length === 0) continue;
    const body: Item[] = [];
    for (const input of here) {
      if (o.omitGaps && !anyShown(ctx, input, unit)) continue;
      const parent = SUB_OF[input];
      const sub = parent !== undefined && ctx.wording(input).startsWith("Trong đó");
      body.push({
        kind: "input",
        input,
        sub: sub && body.some((b) => b.kind === "input" && b.input === parent),
      });
      for (const decoy of pickDecoys(ctx, input, o.decoyChance ?? 0.5)) {
        const label = decoyLabel(ctx, decoy);
        body.push({ kind: "decoy", decoy, sub: label.startsWith("Trong đó") });
      }
    }
    if (body.length === 0) continue;
    out.push({ kind: "section", text: ctx.rng.fork(`${ctx.id}/theme/${inputs[0]}`).pick(titles) }, ...body);
  }
  return out;
}

export function provinceItems(ctx: CaseContext, o: ItemOptions = {}): Item[] {
  return items(ctx, PROVINCE, { ...o, yearly: false });
}

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"];
const ALPHA = "abcdefghij";

export type Numbering = {
  section: "roman" | "arabic" | "letter";
  item: "arabic" | "decimal" | "dash";
  sub: "-" | "+" | "a)";
};

export function pickNumbering(ctx: CaseContext): Numbering {
  const section = ctx.rng.pick(["roman", "roman", "arabic", "letter"] as const);
  const item =
    section === "arabic"
      ? ctx.rng.pick(["decimal", "dash"] as const)
      : ctx.rng.pick(["arabic", "dash"] as const);
  return { section, item, sub: ctx.rng.pick(["-", "+", "a)"] as const) };
}

/** The STT text of each item ("I", "1", "1.2", "-", "a)"), in order. */
export function numberItems(list: readonly Item[], n: Numbering): string[] {
  let section = 0;
  let item = 0;
  let sub = 0;
  return list.map((it) => {
    if (it.kind === "section") {
      section++;
      item = 0;
      return n.section === "roman"
        ? (ROMAN[section - 1] ?? String(section))
        : n.section === "letter"
          ? ("ABCDEFGH"[section - 1] ?? "")
          : String(section);
    }
    if (it.sub) {
      sub++;
      return n.sub === "a)" ? `${ALPHA[sub - 1] ?? "x"})` : n.sub;
    }
    sub = 0;
    item++;
    if (n.item === "dash") return "-";
    return n.item === "decimal" ? `${section}.${item}` : String(item);
  });
}

/** A label for an item ("Trong đó:" wordings are already sub-rows). */
export function itemLabel(ctx: CaseContext, it: Item, o: { unit?: boolean; key?: string } = {}): string {
  if (it.kind === "section") return it.text;
  if (it.kind === "decoy") return decoyLabel(ctx, it.decoy);
  return ctx.label(it.input, { unit: o.unit ?? false, key: o.key ?? "" });
}

export function slotFor(input: string, unit: UnitId, year?: number): Slot {
  return isYearly(input) ? { input, unit, year: year ?? 2025 } : { input, unit };
}
