/** The pane's main buttons: "Tìm chỉ tiêu", "Lưu ánh xạ", and "Tạo bảng tổng hợp" (Excel) / "Tải bảng tổng hợp" (browser). */
import { Button } from "@fluentui/react-components";
import { useText } from "../i18n";
import { usePaneStyles } from "../Pane/Pane.styles";
import { type PaneActions } from "../Pane/usePane";

export type ActionsProps = {
  mode: "excel" | "browser";
  hasWorkbook: boolean;
  busy: boolean;
  actions: PaneActions;
};

export function Actions({ mode, hasWorkbook, busy, actions }: ActionsProps) {
  const { t } = useText();
  const styles = usePaneStyles();
  const disabled = busy || !hasWorkbook;
  return (
    <div className={styles.row}>
      <Button disabled={disabled} onClick={() => void actions.findCells()}>
        {t("findCells")}
      </Button>
      <Button disabled={disabled} onClick={() => void actions.saveMapping()}>
        {t("saveMapping")}
      </Button>
      <Button appearance="primary" disabled={disabled} onClick={() => void actions.createSummary()}>
        {mode === "excel" ? t("createSummary") : t("downloadSummary")}
      </Button>
    </div>
  );
}
