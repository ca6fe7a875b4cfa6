/**
 * The sheets around the build: a temporary name no sheet has, which sheets are earlier chitieu summaries, and
 * how to put the workbook back when Excel refuses halfway (a batch is applied in order and not rolled back).
 */
import { isSummaryMarker } from "../../../core/layout/sheetName";

/** A name for the sheet being built that no sheet of the workbook has (compared without case). */
export function temporaryName(taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  let name = "chitieu-building";
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `chitieu-building ${n}`;
  return name;
}

/** Whether a loaded first row (a used range, or a null object for an empty row) holds chitieu's marker. */
export function hasMarker(firstRow: Excel.Range): boolean {
  if (firstRow.isNullObject) return false;
  const values: unknown[][] = firstRow.values;
  return values.some((line) => line.some(isSummaryMarker));
}

/**
 * After a failed build sync: deletes the sheet being built, in one sync. When the failure came before the
 * sheet was added there is nothing to delete and Excel says so; that answer is expected and dropped, the
 * error the caller reports is the one that stopped the build.
 */
export async function dropBuild(context: Excel.RequestContext, temp: string): Promise<void> {
  context.workbook.worksheets.getItem(temp).delete();
  await context.sync().catch(() => undefined); // see above: ItemNotFound when the sheet was never added
}

/**
 * After a failed swap sync (delete the earlier summaries, rename, activate): reads which sheets are left and
 * either goes back (every earlier summary still there: the new sheet is deleted) or, when an earlier summary
 * is already gone and cannot come back, finishes the swap (the new sheet takes its name), so the workbook is
 * never left without a summary; when only the activation failed after the rename, a first summary is deleted again.
 * Best effort: what Excel refuses here is dropped, the caller reports the error
 * that stopped the swap.
 */
export async function recoverSwap(
  context: Excel.RequestContext,
  temp: string,
  earlier: readonly string[],
  finalName: string,
): Promise<void> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const read = await context.sync().then(
    () => true,
    () => false,
  );
  if (!read) return;
  const names = worksheets.items.map((s) => s.name.toLowerCase());
  const has = (name: string) => names.includes(name.toLowerCase());
  if (!has(temp)) {
    // The rename went through (it is queued after every delete), so only the activation failed. With no earlier
    // summary, nothing was lost yet: the new sheet goes and the workbook is as it was. With one, it is gone
    // already: the new summary stays in its place.
    if (earlier.length === 0 && has(finalName)) {
      worksheets.getItem(finalName).delete();
      await context.sync().catch(() => undefined); // best effort, as said above
    }
    return;
  }
  const sheet = worksheets.getItem(temp);
  if (earlier.every(has)) sheet.delete();
  else if (!has(finalName)) {
    sheet.name = finalName;
    sheet.activate();
  } else return;
  await context.sync().catch(() => undefined); // best effort, as said above
}
