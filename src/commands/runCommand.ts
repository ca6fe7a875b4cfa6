/**
 * The ribbon's "Tạo bảng tổng hợp" without the pane: the open workbook's saved mapping, else detection's
 * proposals at or above DEFAULT_MIN_CONFIDENCE, then the same steps as the pane's button (src/app/workflow.ts).
 */
import { type WorkbookHost } from "../app/host";
import { offeredPlans, planForWorkbooks } from "../app/plans";
import { initialSession } from "../app/session";
import { createStore } from "../app/store";
import { createSummary, openSession, type WorkflowOptions } from "../app/workflow";
import { message, type Message } from "../core/i18n/messages";

export type CommandOutcome =
  { kind: "written"; sheetName: string | null } | { kind: "failed"; message: Message };

/**
 * Never throws: a failure comes back as the message to show, already in the person's two languages.
 * @example const outcome = await runSummaryCommand(createOfficeHost({ workbookName }), { language: "vi", today: () => new Date() });
 */
export async function runSummaryCommand(
  host: WorkbookHost,
  options: WorkflowOptions,
): Promise<CommandOutcome> {
  const plans = offeredPlans();
  const first = plans[0];
  if (!first) return { kind: "failed", message: message("app.unexpected", { detail: "no built-in plan" }) };
  const store = createStore(initialSession(first));
  const failure = (): CommandOutcome => {
    const activity = store.get().activity;
    const detail = activity.kind === "failed" ? activity.message : message("app.unexpected", { detail: "?" });
    return {
      kind: "failed",
      message: {
        vi: message("app.summaryFailed", { detail: detail.vi }).vi,
        en: message("app.summaryFailed", { detail: detail.en }).en,
      },
    };
  };
  if (!(await openSession(store, host, (workbooks) => planForWorkbooks(workbooks, plans)))) return failure();
  const written = await createSummary(store, host, { ...options, yieldToUi: () => Promise.resolve() });
  return written ? { kind: "written", sheetName: written.sheetName } : failure();
}
