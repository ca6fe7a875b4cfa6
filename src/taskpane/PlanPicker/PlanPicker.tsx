/** "Kế hoạch": a built-in plan, or a plan JSON file checked by the core's loader (errors name the field). */
import { Button, Field, Select } from "@fluentui/react-components";
import { useRef } from "react";
import { type Plan } from "../../core/plan/schema";
import { readFileText } from "../files";
import { useText } from "../i18n";
import { usePaneStyles } from "../Pane/Pane.styles";
import { type PaneActions } from "../Pane/usePane";

export type PlanPickerProps = { plans: Plan[]; current: Plan; disabled: boolean; actions: PaneActions };

export function PlanPicker({ plans, current, disabled, actions }: PlanPickerProps) {
  const { t, lang } = useText();
  const styles = usePaneStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className={styles.row}>
      <Field label={t("plan")} className={styles.fitField} style={{ flexGrow: 1 }}>
        <Select value={current.id} disabled={disabled} onChange={(_, data) => actions.choosePlan(data.value)}>
          {plans.map((p) => (
            <option key={p.id} value={p.id}>
              {`${p.document.number} — ${p.title[lang]}`}
            </option>
          ))}
        </Select>
      </Field>
      <Button disabled={disabled} onClick={() => input.current?.click()}>
        {t("planFile")}
      </Button>
      <input
        ref={input}
        className={styles.hiddenInput}
        type="file"
        accept=".json,application/json"
        aria-label={t("planFile")}
        data-testid="plan-file-input"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = "";
          if (!file) return;
          readFileText(file).then(
            (text) => actions.loadPlanFile(text, file.name),
            (e: unknown) => actions.failed(e),
          );
        }}
      />
    </div>
  );
}
