/** "Ánh xạ số liệu": every mapped value, grouped by indicator; then what is still without a cell. */
import { Button, Text } from "@fluentui/react-components";
import { cellName } from "../../app/cellAddress";
import { inputGroups } from "../../app/groups";
import { type SessionState, unmatchedSlots } from "../../app/session";
import { sameSlot, slotKey, slotLabel } from "../../app/slots";
import { useText } from "../i18n";
import { usePaneStyles } from "../Pane/Pane.styles";
import { type PaneActions } from "../Pane/usePane";
import { EntryItem } from "./EntryItem";
import { useMappingListStyles } from "./MappingList.styles";

export type MappingListProps = { state: SessionState; disabled: boolean; actions: PaneActions };

export function MappingList({ state, disabled, actions }: MappingListProps) {
  const { t, lang } = useText();
  const pane = usePaneStyles();
  const styles = useMappingListStyles();
  const { plan, entries, workbooks } = state;
  const unmatched = unmatchedSlots(state);
  const confirmedCount = entries.filter((e) => e.confirmed).length;
  return (
    <>
      <section className={pane.section} aria-labelledby="mapping-heading">
        <h2 id="mapping-heading" className={pane.heading}>
          {t("mappingHeading")}
        </h2>
        {state.saved && entries.some((e) => e.origin === "saved") && (
          <Text>{t("savedBy", { count: entries.length, confirmed: confirmedCount })}</Text>
        )}
        {state.saved && state.saved.lost.length > 0 && (
          <Text role="note">
            {t("lostEntries", {
              count: state.saved.lost.length,
              names: state.saved.lost
                .map((l) => (l.formerly ? `${l.name} (${cellName(l.formerly)})` : l.name))
                .join(", "),
            })}
          </Text>
        )}
        {state.dirty && <Text className={pane.muted}>{t("dirty")}</Text>}
        {entries.length === 0 && <Text className={pane.muted}>{t("mappingEmpty")}</Text>}
        {inputGroups(plan).map((group) => {
          const mine = entries.filter((e) => group.inputs.some((i) => i.id === e.input));
          if (mine.length === 0) return null;
          const title = group.indicator ? group.indicator.name[lang] : t("otherInputs");
          const id = `group-${group.indicator?.id ?? "other"}`;
          return (
            <div key={id} className={styles.group}>
              <h3 id={id} className={styles.groupHeading}>
                {title}
              </h3>
              <ul className={styles.list} aria-labelledby={id}>
                {mine.map((entry) => (
                  <EntryItem
                    key={slotKey(entry)}
                    plan={plan}
                    entry={entry}
                    workbooks={workbooks}
                    disabled={disabled}
                    actions={actions}
                  />
                ))}
              </ul>
            </div>
          );
        })}
      </section>
      <section className={pane.section} aria-labelledby="unmatched-heading">
        <h2 id="unmatched-heading" className={pane.heading}>
          {t("unmatchedHeading", { count: unmatched.length })}
        </h2>
        {unmatched.length === 0 ? (
          <Text className={pane.muted}>{t("unmatchedNone")}</Text>
        ) : (
          <ul className={styles.list} aria-labelledby="unmatched-heading">
            {unmatched.map((slot) => {
              const label = slotLabel(plan, slot, lang);
              const suggestion = state.suggestions.find((s) => sameSlot(s, slot));
              return (
                <li key={slotKey(slot)} className={styles.item}>
                  <Text>{label}</Text>
                  <div className={styles.line}>
                    <Button size="small" disabled={disabled} onClick={() => actions.chooseTarget(slot)}>
                      {t("assignTo", { slot: label })}
                    </Button>
                    {suggestion && (
                      <>
                        <Text size={200}>
                          {t("suggestion", {
                            cell: cellName(suggestion),
                            confidence: Math.round(suggestion.confidence * 100),
                          })}
                        </Text>
                        <Button
                          size="small"
                          disabled={disabled}
                          onClick={() => actions.acceptSuggestion(slot)}
                        >
                          {t("acceptSuggestion", { cell: cellName(suggestion), slot: label })}
                        </Button>
                      </>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </>
  );
}
