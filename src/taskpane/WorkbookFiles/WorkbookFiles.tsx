/** Browser mode's "Mở sổ tính": one or several .xlsx files (one workbook per agency is fine). */
import { Button, Text } from "@fluentui/react-components";
import { useRef } from "react";
import { type Workbook } from "../../core/workbook/model";
import { type OpenedFile } from "../../app/host";
import { readFileBytes } from "../files";
import { useText } from "../i18n";
import { usePaneStyles } from "../Pane/Pane.styles";
import { type PaneActions } from "../Pane/usePane";

export type WorkbookFilesProps = { workbooks: readonly Workbook[]; disabled: boolean; actions: PaneActions };

async function readAll(files: readonly File[]): Promise<OpenedFile[]> {
  return Promise.all(files.map(async (f) => ({ name: f.name, bytes: await readFileBytes(f) })));
}

export function WorkbookFiles({ workbooks, disabled, actions }: WorkbookFilesProps) {
  const { t } = useText();
  const styles = usePaneStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className={styles.row}>
      <Button appearance="primary" disabled={disabled} onClick={() => input.current?.click()}>
        {t("openWorkbook")}
      </Button>
      <input
        ref={input}
        className={styles.hiddenInput}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        multiple
        aria-label={t("openWorkbook")}
        data-testid="open-workbook-input"
        onChange={(event) => {
          const files = Array.from(event.currentTarget.files ?? []);
          event.currentTarget.value = "";
          if (files.length === 0) return;
          readAll(files).then(
            (opened) => actions.openFiles(opened),
            (e: unknown) => actions.failed(e),
          );
        }}
      />
      <Text className={styles.muted}>
        {workbooks.length > 0
          ? t("openedFiles", { names: workbooks.map((w) => w.name).join(", ") })
          : t("noWorkbook")}
      </Text>
    </div>
  );
}
