import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "../core/errors";
import { message } from "../core/i18n/messages";

export type SummarizeArgs = {
  workbooks: string[];
  plan: string;
  mapping?: string;
  json: boolean;
  output?: string;
  year?: number;
  baselines: Record<string, number>;
  lang: "vi" | "en";
};

const YEAR = /^(19|20|21)\d{2}$/;

function year(value: string): number {
  if (!YEAR.test(value)) throw new UsageError("cli.badYear", message("cli.badYear", { value }));
  return Number(value);
}

/** Node's parseArgs with its errors turned into a UsageError. */
function parseOrExplain<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (e) {
    throw new UsageError("cli.badOption", message("cli.badOption", { detail: (e as Error).message }));
  }
}

function language(value: string | undefined): "vi" | "en" {
  if (value === "vi" || value === "en") return value;
  throw new UsageError("cli.badOption", message("cli.badOption", { detail: `--lang ${value} (vi | en)` }));
}

/** `summarize` (and `demo`) options, checked: a bad one is a UsageError with a message. */
export function parseSummarizeArgs(argv: string[]): SummarizeArgs {
  const parsed = parseOrExplain({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      plan: { type: "string", short: "p", default: "lai-chau-3414" },
      mapping: { type: "string", short: "m" },
      json: { type: "boolean", default: false },
      output: { type: "string", short: "o" },
      year: { type: "string", short: "y" },
      baseline: { type: "string", multiple: true, default: [] },
      lang: { type: "string", default: "vi" },
    },
  });
  const v = parsed.values;
  const baselines: Record<string, number> = {};
  for (const b of v.baseline ?? []) {
    const m = /^([a-z0-9_-]+)=(\d{4})$/.exec(b);
    if (!m?.[1] || !m[2]) throw badBaseline(b, []);
    baselines[m[1]] = year(m[2]);
  }
  return {
    workbooks: parsed.positionals,
    plan: v.plan ?? "lai-chau-3414",
    ...(v.mapping !== undefined ? { mapping: v.mapping } : {}),
    json: v.json ?? false,
    ...(v.output !== undefined ? { output: v.output } : {}),
    ...(v.year !== undefined ? { year: year(v.year) } : {}),
    baselines,
    lang: language(v.lang),
  };
}

export function badBaseline(value: string, known: readonly string[]): UsageError {
  return new UsageError(
    "cli.badBaseline",
    message("cli.badBaseline", { value, known: known.join(", ") || "—" }),
  );
}

export type MapArgs = {
  workbooks: string[];
  plan: string;
  mapping?: string;
  json: boolean;
  save?: string;
  minConfidence: number;
  lang: "vi" | "en";
};

/** `map` options: `--save` writes copies with the mapping inside; `--min-confidence` filters what is shown. */
export function parseMapArgs(argv: string[]): MapArgs {
  const parsed = parseOrExplain({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      plan: { type: "string", short: "p", default: "lai-chau-3414" },
      json: { type: "boolean", default: false },
      save: { type: "string", short: "s" },
      mapping: { type: "string", short: "m" },
      "min-confidence": { type: "string" },
      lang: { type: "string", default: "vi" },
    },
  });
  const v = parsed.values;
  const raw = v["min-confidence"];
  const minConfidence = raw === undefined ? 0 : Number(raw);
  if (!Number.isFinite(minConfidence) || minConfidence < 0 || minConfidence > 1)
    throw new UsageError(
      "cli.badOption",
      message("cli.badOption", { detail: `--min-confidence ${raw} (0–1)` }),
    );
  return {
    workbooks: parsed.positionals,
    plan: v.plan ?? "lai-chau-3414",
    json: v.json ?? false,
    ...(v.save !== undefined ? { save: v.save } : {}),
    ...(v.mapping !== undefined ? { mapping: v.mapping } : {}),
    minConfidence,
    lang: language(v.lang),
  };
}
