/** "Mức đạt chỉ tiêu": every indicator's target, actual and status, the status in colour AND in words. */
import { Badge, Text } from "@fluentui/react-components";
import { type Attainment } from "../../app/workflow";
import { type IndicatorResult } from "../../core/attainment/types";
import { type Language, message } from "../../core/i18n/messages";
import { formatPercent } from "../../core/summary/format";
import { useText } from "../i18n";
import { usePaneStyles } from "../Pane/Pane.styles";
import { useMappingListStyles } from "../MappingList/MappingList.styles";
import { statusColour } from "./statusColour";

function actualText(r: IndicatorResult, lang: Language, yes: string, no: string): string {
  if (r.actual === null) return "—";
  if (r.measure === "unit-fact") return r.actual === 1 ? yes : no;
  return formatPercent(r.actual, lang);
}

export function AttainmentList({ attainment }: { attainment: Attainment | null }) {
  const { t, lang, pick } = useText();
  const pane = usePaneStyles();
  const styles = useMappingListStyles();
  return (
    <section className={pane.section} aria-labelledby="attainment-heading">
      <h2 id="attainment-heading" className={pane.heading}>
        {t("attainmentHeading")}
      </h2>
      {attainment === null && <Text className={pane.muted}>{t("attainmentEmpty")}</Text>}
      {attainment?.kind === "error" && <Text role="note">{pick(attainment.message)}</Text>}
      {attainment?.kind === "report" && (
        <>
          <Text>{t("reportYear", { year: attainment.report.reportYear })}</Text>
          <ul className={styles.list} aria-labelledby="attainment-heading">
            {attainment.report.indicators.map((r) => {
              const status = message(`status.${r.status}`)[lang];
              return (
                <li
                  key={`${r.id}-${r.targetYear}`}
                  className={styles.item}
                  aria-label={`${r.name[lang]} ${r.targetYear}: ${status}`}
                >
                  <Text weight="semibold">{r.name[lang]}</Text>
                  <div className={styles.line}>
                    <Badge appearance="filled" color={statusColour(r.status)} data-status={r.status}>
                      {status}
                    </Badge>
                    <Text size={200}>{t("target.label", { year: r.targetYear, target: r.display })}</Text>
                    <Text size={200}>
                      {t("actual.label", { actual: actualText(r, lang, t("yes"), t("no")) })}
                    </Text>
                  </div>
                  {r.missing.length > 0 && (
                    <Text className={styles.reason}>{r.missing.map((m) => m.text[lang]).join("; ")}</Text>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
