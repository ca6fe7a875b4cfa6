// Ribbon commands (the FunctionFile page, commands.html). Nothing here may assume that Office.js
// loaded. Kept to ES5-era code like the task pane (see src/taskpane/index.ts).

/**
 * "Tạo bảng tổng hợp" (ExecuteFunction `generateSummary` in manifest.xml).
 * TODO: the summary-sheet issue builds the summary worksheet here; for now the command does nothing
 * and only tells Office it has finished.
 */
export function generateSummary(event: Office.AddinCommands.Event): void {
  event.completed();
}

type CommandGlobal = { generateSummary?: typeof generateSummary };

function register(): void {
  if (typeof Office === "undefined") return;
  // The only Office.onReady call; a function file must initialise Office.js before its commands run.
  void Office.onReady();
  // Current Office finds commands through Office.actions.associate.
  if (typeof Office.actions !== "undefined" && typeof Office.actions.associate === "function") {
    Office.actions.associate("generateSummary", generateSummary);
  }
  // Older hosts (perpetual Excel 2019) look the function up by name on the page's global object, which
  // a webpack bundle does not write to by itself.
  (window as Window & CommandGlobal).generateSummary = generateSummary;
}

register();
