/** The whole pane: plan, workbook (browser), actions, assignment, preview (browser), mapping, attainment. */
import { Text } from "@fluentui/react-components";
import { sessionYear } from "../../app/session";
import { missingSlots, requiredSlots } from "../../app/slots";
import { Actions } from "../Actions/Actions";
import { AssignBar } from "../AssignBar/AssignBar";
import { AttainmentList } from "../Attainment/AttainmentList";
import { useServices } from "../hostContext";
import { useText } from "../i18n";
import { MappingList } from "../MappingList/MappingList";
import { PlanPicker } from "../PlanPicker/PlanPicker";
import { SheetPreview } from "../SheetPreview/SheetPreview";
import { StatusArea } from "../StatusArea/StatusArea";
import { WorkbookFiles } from "../WorkbookFiles/WorkbookFiles";
import { usePaneStyles } from "./Pane.styles";
import { usePane } from "./usePane";

export function Pane() {
  const { host } = useServices();
  const { t } = useText();
  const styles = usePaneStyles();
  const { state, plans, attainment, busy, actions } = usePane();
  const hasWorkbook = state.workbooks.length > 0;
  // Every slot the plan needs, then any other slot an entry has (a year outside the needed ones).
  const needed = requiredSlots(state.plan, sessionYear(state));
  const slots = [...needed, ...missingSlots(state.entries, needed)];
  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <h1 className={styles.title}>{t("title")}</h1>
        <Text className={styles.mode}>{host.kind === "excel" ? t("mode.excel") : t("mode.browser")}</Text>
      </header>
      <PlanPicker plans={plans} current={state.plan} disabled={busy} actions={actions} />
      {host.kind === "browser" && (
        <WorkbookFiles workbooks={state.workbooks} disabled={busy} actions={actions} />
      )}
      <Actions mode={host.kind} hasWorkbook={hasWorkbook} busy={busy} actions={actions} />
      <StatusArea activity={state.activity} warnings={state.warnings} onDismiss={actions.dismiss} />
      {hasWorkbook && (
        <AssignBar
          plan={state.plan}
          slots={slots}
          target={state.target}
          selected={state.selected}
          mode={host.kind}
          disabled={busy}
          actions={actions}
        />
      )}
      {host.kind === "browser" && hasWorkbook && (
        <SheetPreview
          workbooks={state.workbooks}
          selected={state.selected}
          actions={actions}
          onError={actions.tell}
        />
      )}
      {hasWorkbook && <MappingList state={state} disabled={busy} actions={actions} />}
      <AttainmentList attainment={attainment} />
    </main>
  );
}
