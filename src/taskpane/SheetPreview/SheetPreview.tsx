/**
 * Browser mode has no Excel grid: a small preview of a sheet where clicking a cell makes it "the selected cell",
 * and a field to type an address such as `Báo cáo!D5`. Each cell is a button named by its address and, when it is
 * not empty, what it shows: `Báo cáo!D5: 1.234`.
 */
import { Button, Field, Input, Select, Text } from "@fluentui/react-components";
import { useState } from "react";
import { cellName, resolveCell } from "../../app/cellAddress";
import { type CellPosition } from "../../app/host";
import { message, type Message } from "../../core/i18n/messages";
import { columnLetters } from "../../core/workbook/address";
import { type Workbook } from "../../core/workbook/model";
import { useText } from "../i18n";
import { usePaneStyles } from "../Pane/Pane.styles";
import { type PaneActions } from "../Pane/usePane";
import { useSheetPreviewStyles } from "./SheetPreview.styles";
import { PREVIEW_COLS, PREVIEW_ROWS, useSheetPreview } from "./useSheetPreview";

export type SheetPreviewProps = {
  workbooks: readonly Workbook[];
  selected: CellPosition | null;
  actions: PaneActions;
  onError: (text: Message) => void;
};

export function SheetPreview({ workbooks, selected, actions, onError }: SheetPreviewProps) {
  const { t } = useText();
  const pane = usePaneStyles();
  const styles = useSheetPreviewStyles();
  const preview = useSheetPreview(workbooks, selected);
  const [address, setAddress] = useState("");
  if (!preview.workbook || !preview.sheet || !preview.grid) return null;
  const { grid, sheet, workbook } = preview;
  const isSelected = (at: CellPosition) =>
    selected !== null &&
    selected.workbook === at.workbook &&
    selected.sheet === at.sheet &&
    selected.cell === at.cell;

  const submitAddress = () => {
    const at = resolveCell(address, workbooks, { workbook: workbook.name, sheet: sheet.name });
    if (!at) onError(message("app.badAddress", { text: address }));
    else void actions.selectCell(at);
  };

  return (
    <section className={pane.section} aria-labelledby="preview-heading">
      <h2 id="preview-heading" className={pane.heading}>
        {t("previewHeading")}
      </h2>
      <div className={pane.row}>
        {workbooks.length > 1 && (
          <Field label={t("previewWorkbook")}>
            <Select value={workbook.name} onChange={(_, d) => preview.chooseWorkbook(d.value)}>
              {workbooks.map((w) => (
                <option key={w.name} value={w.name}>
                  {w.name}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <Field label={t("previewSheet")}>
          <Select value={sheet.name} onChange={(_, d) => preview.chooseSheet(d.value)}>
            {preview.sheets.map((s) => (
              <option key={s.name} value={s.name}>
                {s.name}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <form
        className={pane.row}
        onSubmit={(event) => {
          event.preventDefault();
          submitAddress();
        }}
      >
        <Field label={t("address")} hint={t("addressHint")}>
          <Input value={address} onChange={(_, d) => setAddress(d.value)} />
        </Field>
        <Button type="submit">{t("chooseAddress")}</Button>
      </form>
      <div className={styles.scroller}>
        <table aria-label={t("previewTable", { sheet: sheet.name })} className={styles.table}>
          <thead>
            <tr>
              <td />
              {Array.from({ length: grid.columns }, (_, c) => (
                <th key={c} scope="col" className={styles.header}>
                  {columnLetters(c + 1)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.rows.map((line, r) => (
              <tr key={r}>
                <th scope="row" className={styles.rowHeader}>
                  {r + 1}
                </th>
                {line.map((cell) => {
                  const chosen = isSelected(cell.at);
                  return (
                    <td key={cell.at.cell} className={styles.cell}>
                      <button
                        type="button"
                        aria-pressed={chosen}
                        // The address, then what the cell shows: the visible text is part of the name (WCAG 2.5.3).
                        aria-label={cell.text ? `${cellName(cell.at)}: ${cell.text}` : cellName(cell.at)}
                        className={`${styles.cellButton} ${chosen ? styles.selected : ""}`}
                        onClick={() => void actions.selectCell(cell.at)}
                      >
                        {cell.text || "\u00a0"}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {grid.capped && (
        <Text className={pane.muted}>{t("previewCapped", { rows: PREVIEW_ROWS, cols: PREVIEW_COLS })}</Text>
      )}
    </section>
  );
}
