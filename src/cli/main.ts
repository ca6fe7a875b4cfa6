import path from "node:path";
import { isChitieuError, UsageError } from "../core/errors";
import { bothLanguages, message } from "../core/i18n/messages";
import { builtInPlans } from "../core/plan/catalogue";
import { summarize } from "../core/summarize";
import { reportToJson } from "../core/summary/json";
import { plainSummary } from "../core/summary/plainTables";
import { writeSummaryOutput } from "../adapters/xlsx/summarySheet/writeSummaryOutput";
import { readObservations } from "../core/mapping/readObservations";
import { badBaseline, type MapArgs, parseMapArgs, parseSummarizeArgs, type SummarizeArgs } from "./args";
import { detectionScan } from "../core/detect/detect";
import { detectionJson, detectionText } from "./map";
import { loadMapping, loadPlan, loadWorkbook, readBytes, writeBytes } from "./files";
import { savedBy, savePath } from "./mappingSources";
import { readSummaryInputs } from "./summaryInputs";
import { saveMappingCopy } from "../adapters/xlsx/saveMapping";
import { reportText } from "./printReport";
import { DEFAULT_MIN_CONFIDENCE } from "../core/detect/types";
import { HELP } from "./help";

export type Io = { out: (s: string) => void; err: (s: string) => void; today: () => Date; sampleDir: string };

/** Runs one command line; returns the exit code. Never throws: every failure becomes a message. */
export async function main(argv: string[], io: Io): Promise<number> {
  try {
    return await run(argv, io);
  } catch (e) {
    if (isChitieuError(e)) {
      io.err(`Lỗi: ${e.text.vi}\nError: ${e.text.en}\n`);
      return e instanceof UsageError ? 2 : 1;
    }
    const detail = e instanceof Error ? e.message : String(e);
    io.err(
      `Lỗi không mong đợi: ${detail}. Hãy gửi lệnh đã chạy và tệp cho nhóm chitieu.\n` +
        `Unexpected error: ${detail}. Please send the command and the files to the chitieu team.\n`,
    );
    if (process.env.CHITIEU_DEBUG && e instanceof Error && e.stack) io.err(`${e.stack}\n`);
    return 70;
  }
}

async function run(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
    case "help":
    case "--help":
    case "-h":
      io.out(HELP);
      return command === undefined ? 2 : 0;
    case "--version":
    case "-v":
      io.out("chitieu 0.1.0\n");
      return 0;
    case "plans":
      for (const p of builtInPlans().values())
        io.out(
          `${p.id.padEnd(16)} ${p.document.number.padEnd(14)} ${p.title.vi}\n${"".padEnd(32)}${p.title.en}\n`,
        );
      return 0;
    case "summarize":
      return summarizeCommand(parseSummarizeArgs(rest), io);
    case "demo":
      return demo(rest, io);
    case "map":
      return mapCommand(parseMapArgs(rest), io);
    default:
      throw new UsageError("cli.unknownCommand", message("cli.unknownCommand", { command }));
  }
}

async function summarizeCommand(args: SummarizeArgs, io: Io): Promise<number> {
  if (args.workbooks.length === 0) throw new UsageError("cli.noWorkbook", message("cli.noWorkbook"));
  if (args.output) {
    const out = path.resolve(args.output);
    if (args.workbooks.some((w) => path.resolve(w) === out))
      throw new UsageError("cli.outputIsInput", message("cli.outputIsInput", { path: args.output }));
  }
  const plan = await loadPlan(args.plan);
  const withBaseline = plan.indicators
    .filter((i) =>
      [i.measure, ...i.targets.map((t) => t.measure)].some((m) => m !== undefined && "baselineYear" in m),
    )
    .map((i) => i.id);
  for (const id of Object.keys(args.baselines))
    if (!withBaseline.includes(id)) throw badBaseline(`${id}=${args.baselines[id]}`, withBaseline);
  const mappingFile = args.mapping ? await loadMapping(args.mapping) : undefined;
  // One workbook at a time: only the cells the mapping may point at are kept of each.
  const { workbooks, mapping } = await readSummaryInputs(plan, args.workbooks, mappingFile, io.err);
  const report = summarize(plan, workbooks, mapping, {
    ...(args.year !== undefined ? { reportYear: args.year } : {}),
    fallbackYear: io.today().getFullYear(),
    baselines: args.baselines,
  });
  const summary = plainSummary(report, args.lang, io.today().toISOString().slice(0, 10));
  if (args.json) io.out(`${JSON.stringify(reportToJson(report), null, 2)}\n`);
  else io.out(`${reportText(summary, args.lang)}\n`);
  if (args.output) {
    const files = new Map(args.workbooks.map((f) => [path.basename(f), f]));
    const written = await writeSummaryOutput({
      plan,
      report,
      observations: readObservations(plan, workbooks, mapping),
      workbooks,
      bytesOf: (name) => readBytes(files.get(name) ?? name),
      plain: summary,
      language: args.lang,
      generatedOn: io.today().toISOString().slice(0, 10),
      baselines: args.baselines,
    });
    for (const w of written.warnings) io.err(`${bothLanguages(w)}\n`);
    await writeBytes(args.output, written.bytes);
    io.err(`${bothLanguages(message("cli.wrote", { path: args.output }))}\n`);
  }
  return 0;
}

/** The README's main job: a bundled sample workbook with its mapping. */
async function demo(rest: string[], io: Io): Promise<number> {
  const args = parseSummarizeArgs(rest);
  // One workbook with a sheet per agency: the summary sheet is added to a copy of it, with live formulas.
  const dir = path.join(io.sampleDir, "sheet-per-agency");
  return summarizeCommand(
    {
      ...args,
      workbooks: [path.join(dir, "bao-cao-theo-don-vi.xlsx")],
      mapping: path.join(dir, "mapping.json"),
      output: args.output ?? path.join("out", "chitieu-demo.xlsx"),
    },
    io,
  );
}

async function mapCommand(args: MapArgs, io: Io): Promise<number> {
  if (args.workbooks.length === 0) throw new UsageError("cli.noWorkbook", message("cli.noWorkbook"));
  const plan = await loadPlan(args.plan);
  const given = args.mapping ? await loadMapping(args.mapping) : undefined;
  if (args.save) refuseOverwrite(args.workbooks, args.save, args.workbooks.length);
  // One workbook at a time: detection keeps its candidate cells, not the workbooks.
  const scan = detectionScan(plan);
  for (const [i, file] of args.workbooks.entries()) {
    if (args.workbooks.length > 1) io.err(`[${i + 1}/${args.workbooks.length}] ${file}\n`);
    scan.add(await loadWorkbook(file));
  }
  const detection = scan.finish();
  if (args.json) io.out(`${JSON.stringify(detectionJson(detection, args.minConfidence), null, 2)}\n`);
  else io.out(`${detectionText(plan, detection, args.lang, args.minConfidence)}\n`);
  if (!args.save) return 0;

  // What is saved: the person's own mapping file (confirmed), else detection above the threshold.
  const threshold = Math.max(args.minConfidence, DEFAULT_MIN_CONFIDENCE);
  const chosen = given
    ? given.mappings.map((m) => ({ ...m, confirmed: true }))
    : detection.mappings.filter((m) => m.confidence >= threshold).map((m) => ({ ...m, confirmed: false }));
  for (const file of args.workbooks) {
    const name = path.basename(file);
    const entries = chosen.filter((m) =>
      m.workbook === undefined ? args.workbooks.length === 1 : m.workbook === name,
    );
    const target = savePath(args.save, file, args.workbooks.length);
    const { bytes, warnings } = await saveMappingCopy(
      await readBytes(file),
      plan,
      entries,
      { savedBy: savedBy(), savedAt: io.today().toISOString() },
      name,
    );
    for (const w of warnings) io.err(`${bothLanguages(w)}\n`);
    await writeBytes(target, bytes);
    io.err(`${bothLanguages(message("cli.saved", { count: entries.length, path: target }))}\n`);
  }
  return 0;
}

/** chitieu never writes over an agency's file, however the paths are spelled. */
function refuseOverwrite(inputs: string[], save: string, count: number): void {
  for (const input of inputs) {
    const target = path.resolve(savePath(save, input, count));
    if (inputs.some((w) => path.resolve(w) === target))
      throw new UsageError("cli.outputIsInput", message("cli.outputIsInput", { path: target }));
  }
}
