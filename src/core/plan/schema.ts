import { z } from "zod";

/** The plan schema: a plan is data, checked here before any arithmetic sees it. */

const id = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, "must be lower-case letters, digits, - or _");
const text = z.strictObject({ vi: z.string().min(1), en: z.string().min(1) });
const year = z.number().int().min(1990).max(2100);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD");
const attributeValue = z.union([z.boolean(), z.string(), z.number()]);

export const unitSchema = z.strictObject({
  id,
  name: text,
  kind: z.enum(["agency", "area"]),
  attributes: z.record(z.string(), attributeValue).default({}),
  /** Other names people write for the unit (used to find it in workbooks). */
  aliases: z.array(z.string()).default([]),
  validFrom: isoDate.optional(),
  validTo: isoDate.optional(),
  /** The unit this one was merged into when it ceased (validTo). */
  mergedInto: id.optional(),
});

export const unitListSchema = z.strictObject({
  id,
  name: text,
  note: text.optional(),
  units: z.array(unitSchema).min(1),
});

/** Which units an indicator counts: of a kind, with attributes equal to the given values. */
export const scopeSchema = z.strictObject({
  kind: z.enum(["agency", "area"]).default("agency"),
  where: z.record(z.string(), attributeValue).default({}),
});

export const inputSchema = z.strictObject({
  id,
  name: text,
  type: z.enum(["count", "amount", "percent", "yes-no", "level"]),
  series: z.enum(["yearly", "status"]),
  unitOfMeasure: text,
  min: z.number().optional(),
  max: z.number().optional(),
  integer: z.boolean().optional(),
  /** Another input of the same unit this one may not exceed (trained ≤ total). */
  notGreaterThan: id.optional(),
  /** Units this input is asked of; others are "not applicable". */
  appliesTo: scopeSchema.optional(),
  /** Words and abbreviations people use for the input, for finding it in workbooks. */
  synonyms: z.array(z.string()).default([]),
  /** Words that make a label mean something else (advertising revenue is not total revenue). */
  exclusions: z.array(z.string()).default([]),
  /** Words that keep a label this input's despite an exclusion: "tập huấn nghiệp vụ báo chí trên môi trường số"
   * is training in digital skills, though "nghiệp vụ" alone is other training. Role words still rule out. */
  qualifiers: z.array(z.string()).default([]),
  /** What the input is about when one unit lists several things under one label: the security level is the
   * electronic press system's ("báo điện tử"), not the e-mail system's. Among such rows, the one naming a subject
   * is the input's. */
  subjects: z.array(z.string()).default([]),
});

const comparison = z.enum([">=", "<=", "="]);

export const measureSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("share-of-units"),
    input: id,
    criterion: z.strictObject({ op: comparison, value: z.union([z.number(), z.boolean()]) }),
    scope: scopeSchema.optional(),
  }),
  z.strictObject({
    kind: z.literal("ratio-of-sums"),
    numerator: id,
    denominator: id,
    scope: scopeSchema.optional(),
  }),
  z.strictObject({
    kind: z.literal("growth-of-sum"),
    input: id,
    baselineYear: year,
    scope: scopeSchema.optional(),
  }),
  z.strictObject({
    kind: z.literal("each-unit-growth"),
    input: id,
    units: z.array(id).min(1),
    baselineYear: year,
  }),
  z.strictObject({
    kind: z.literal("share-of-units-growth"),
    input: id,
    baselineYear: year,
    threshold: z.number(),
    scope: scopeSchema.optional(),
  }),
  z.strictObject({ kind: z.literal("unit-fact"), input: id, unit: id }),
]);

export const targetSchema = z.strictObject({
  year,
  op: z.enum([">=", "<=", "=", "range"]),
  value: z.union([z.number(), z.tuple([z.number(), z.number()])]),
  /** Decimals of the fraction the actual is rounded to before comparing (shares of units). */
  precision: z.number().int().min(0).max(6).optional(),
  /** When this target is measured differently from the indicator's default. */
  measure: measureSchema.optional(),
  /** Where the straight line towards this target starts, when no earlier target of the same measure does. */
  from: z.strictObject({ year, value: z.number() }).optional(),
  /** How the plan writes the target, e.g. "67%" or "≥ +20%". */
  display: z.string().optional(),
  note: text.optional(),
});

export const indicatorSchema = z.strictObject({
  id,
  name: text,
  unitOfMeasure: text,
  /** Where the plan states it, e.g. "II.1". */
  source: z.string().optional(),
  measure: measureSchema,
  direction: z.enum(["higher", "lower"]).optional(),
  targets: z.array(targetSchema).min(1),
});

export const planSchema = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(1),
  id,
  version: z.string().min(1),
  title: text,
  document: z.strictObject({ number: z.string().min(1), date: isoDate, issuer: text }),
  province: z.string().min(1),
  startYear: year,
  /** The units inline, or the id of a built-in unit list. */
  units: z.union([unitListSchema, id]),
  inputs: z.array(inputSchema).min(1),
  indicators: z.array(indicatorSchema).min(1),
  notes: z.array(text).default([]),
  /** Abbreviations in this plan's field, expanded before matching labels: {"CĐS": "chuyển đổi số"}. */
  abbreviations: z.record(z.string(), z.string()).default({}),
});

export type Unit = z.infer<typeof unitSchema>;
export type UnitList = z.infer<typeof unitListSchema>;
export type Scope = z.infer<typeof scopeSchema>;
export type Input = z.infer<typeof inputSchema>;
export type Measure = z.infer<typeof measureSchema>;
export type Target = z.infer<typeof targetSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type PlanFile = z.infer<typeof planSchema>;
/** A plan whose unit list has been resolved. */
export type Plan = Omit<PlanFile, "units"> & { units: UnitList };
