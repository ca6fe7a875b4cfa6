/** One mapped value: its cell (click: select it), the value there, where the choice came from, and "Bỏ". */
import { Badge, Button, Text } from "@fluentui/react-components";
import { cellName } from "../../app/cellAddress";
import { cellAt, displayCell } from "../../app/cellValue";
import { type WorkingEntry } from "../../app/session";
import { slotLabel, slotOf } from "../../app/slots";
import { type Plan } from "../../core/plan/schema";
import { type Workbook } from "../../core/workbook/model";
import { useText } from "../i18n";
import { type PaneActions } from "../Pane/usePane";
import { useMappingListStyles } from "./MappingList.styles";

export type EntryItemProps = {
  plan: Plan;
  entry: WorkingEntry;
  workbooks: readonly Workbook[];
  disabled: boolean;
  actions: PaneActions;
};

export function EntryItem({ plan, entry, workbooks, disabled, actions }: EntryItemProps) {
  const { t, lang } = useText();
  const styles = useMappingListStyles();
  const slot = slotOf(entry);
  const label = slotLabel(plan, slot, lang);
  const where = workbooks.length > 1 ? `[${entry.workbook}] ${cellName(entry)}` : cellName(entry);
  const value = displayCell(cellAt(workbooks, entry));
  return (
    <li className={`${styles.item} ${entry.confirmed ? styles.confirmed : ""}`} data-slot={`${label}`}>
      <Button
        appearance="subtle"
        className={styles.entryButton}
        onClick={() =>
          void actions.showCell({ workbook: entry.workbook, sheet: entry.sheet, cell: entry.cell }, slot)
        }
      >
        {t("entryButton", { slot: label, cell: where })}
      </Button>
      <div className={styles.line}>
        <Text>{value === "" ? t("emptyCell") : t("value", { value })}</Text>
        <Badge appearance="tint" color={entry.origin === "detected" ? "informative" : "brand"}>
          {t(`origin.${entry.origin}`)}
        </Badge>
        <Badge appearance="outline" color={entry.confirmed ? "success" : "warning"}>
          {entry.confirmed ? t("confirmed") : t("unconfirmed")}
        </Badge>
        {entry.confidence !== undefined && (
          <Text size={200}>{t("confidence", { value: Math.round(entry.confidence * 100) })}</Text>
        )}
        <Button
          size="small"
          disabled={disabled}
          aria-label={t("removeEntry", { slot: label })}
          onClick={() => actions.remove(slot)}
        >
          {t("remove")}
        </Button>
      </div>
      {entry.reason && <Text className={styles.reason}>{entry.reason[lang]}</Text>}
    </li>
  );
}
