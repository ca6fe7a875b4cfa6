// Ribbon commands (the FunctionFile page, commands.html). Nothing here may assume that Office.js loaded.
import { userMessage } from "../app/userMessage";
import { type Message } from "../core/i18n/messages";
import { languageFrom } from "../taskpane/environment";
import { createOfficeHost, workbookNameFromUrl } from "../taskpane/hosts/officeHost";
import { runSummaryCommand } from "./runCommand";

/**
 * Shows a message in a small Office dialog (message.html) and resolves when the person closes it, or at once
 * when Office cannot open a dialog (the failure is then written to the console: no other channel is left).
 */
export function showMessage(text: Message): Promise<void> {
  return new Promise((resolve) => {
    const page = new URL("message.html", window.location.href);
    page.searchParams.set("vi", text.vi);
    page.searchParams.set("en", text.en);
    Office.context.ui.displayDialogAsync(
      page.toString(),
      { height: 35, width: 40, displayInIframe: true },
      (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) {
          console.error(`chitieu: ${text.vi} / ${text.en} (${result.error.message})`);
          resolve();
          return;
        }
        const dialog = result.value;
        const close = () => {
          dialog.close();
          resolve();
        };
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, close);
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
      },
    );
  });
}

/**
 * "Tạo bảng tổng hợp" (ExecuteFunction `generateSummary` in manifest.xml): writes and activates the summary sheet
 * like the pane's button; a failure is shown in a dialog. Always tells Office it has finished.
 */
export async function generateSummary(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const host = createOfficeHost({ workbookName: workbookNameFromUrl(Office.context.document?.url) });
    const outcome = await runSummaryCommand(host, {
      language: languageFrom(Office.context.displayLanguage),
      today: () => new Date(),
    });
    if (outcome.kind === "failed") await showMessage(outcome.message);
  } catch (e) {
    await showMessage(userMessage(e));
  } finally {
    event.completed();
  }
}

type CommandGlobal = { generateSummary?: (event: Office.AddinCommands.Event) => void };

function register(): void {
  if (typeof Office === "undefined") return;
  const handler = (event: Office.AddinCommands.Event) => void generateSummary(event);
  // The only Office.onReady call; a function file must initialise Office.js before its commands run.
  void Office.onReady();
  // Current Office finds commands through Office.actions.associate.
  if (typeof Office.actions !== "undefined" && typeof Office.actions.associate === "function") {
    Office.actions.associate("generateSummary", handler);
  }
  // Older hosts (perpetual Excel 2019) look the function up by name on the page's global object, which
  // a webpack bundle does not write to by itself.
  (window as Window & CommandGlobal).generateSummary = handler;
}

register();
