/** "Dùng ô đang chọn": which value gets the selected cell ("Số liệu cần gán"), and the button. */
import { Button, Field, Select, Text } from "@fluentui/react-components";
import { cellName } from "../../app/cellAddress";
import { type CellPosition } from "../../app/host";
import { type Slot, slotKey, slotLabel } from "../../app/slots";
import { type Plan } from "../../core/plan/schema";
import { useText } from "../i18n";
import { usePaneStyles } from "../Pane/Pane.styles";
import { type PaneActions } from "../Pane/usePane";

export type AssignBarProps = {
  plan: Plan;
  slots: Slot[];
  target: Slot | null;
  selected: CellPosition | null;
  mode: "excel" | "browser";
  disabled: boolean;
  actions: PaneActions;
};

export function AssignBar({ plan, slots, target, selected, mode, disabled, actions }: AssignBarProps) {
  const { t, lang } = useText();
  const styles = usePaneStyles();
  const byKey = new Map(slots.map((s) => [slotKey(s), s]));
  return (
    <div className={styles.section}>
      <Field label={t("target")} className={styles.fitField}>
        <Select
          value={target ? slotKey(target) : ""}
          disabled={disabled}
          onChange={(_, data) => actions.chooseTarget(byKey.get(data.value) ?? null)}
        >
          <option value="">{t("targetNone")}</option>
          {slots.map((s) => (
            <option key={slotKey(s)} value={slotKey(s)}>
              {slotLabel(plan, s, lang)}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Button disabled={disabled} onClick={() => void actions.useSelectedCell()}>
          {t("useSelected")}
        </Button>
        {mode === "browser" && (
          <Text className={styles.muted} data-testid="selected-cell">
            {selected ? t("selectedCell", { cell: cellName(selected) }) : t("noSelectedCell")}
          </Text>
        )}
      </div>
    </div>
  );
}
