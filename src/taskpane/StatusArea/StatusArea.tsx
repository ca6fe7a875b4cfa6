/** What the pane is doing (progress), what just finished, what failed (in plain words), and warnings. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Field,
} from "@fluentui/react-components";
import { type Activity, type Notice } from "../../app/session";
import { type Message } from "../../core/i18n/messages";
import { type Translate, useText } from "../i18n";
import { usePaneStyles } from "../Pane/Pane.styles";

function noticeText(n: Notice, t: Translate): string {
  switch (n.kind) {
    case "opened":
      return t("notice.opened", { workbooks: n.workbooks, saved: n.savedEntries });
    case "detected":
      return t("notice.detected", { found: n.found, unmatched: n.unmatched });
    case "saved":
      return t("notice.saved", { names: n.names });
    case "summary":
      return n.fileName !== undefined
        ? t("notice.download", { file: n.fileName })
        : t("notice.summary", { sheet: n.sheetName ?? "" });
  }
}

export type StatusAreaProps = { activity: Activity; warnings: Message[]; onDismiss: () => void };

export function StatusArea({ activity, warnings, onDismiss }: StatusAreaProps) {
  const { t, pick } = useText();
  const styles = usePaneStyles();
  return (
    <div className={styles.section}>
      <div role="status" aria-live="polite">
        {activity.kind === "busy" && (
          <Field validationMessage={t(`progress.${activity.step}`)} validationState="none">
            <ProgressBar aria-label={t(`progress.${activity.step}`)} />
          </Field>
        )}
        {activity.kind === "done" && (
          <MessageBar intent="success">
            <MessageBarBody>{noticeText(activity.notice, t)}</MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button appearance="transparent" aria-label={t("dismiss")} onClick={onDismiss}>
                  ×
                </Button>
              }
            />
          </MessageBar>
        )}
      </div>
      <div role="alert">
        {activity.kind === "failed" && (
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>{t("error")}</MessageBarTitle>
              {pick(activity.message)}
            </MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button appearance="transparent" aria-label={t("dismiss")} onClick={onDismiss}>
                  ×
                </Button>
              }
            />
          </MessageBar>
        )}
      </div>
      {warnings.map((w, i) => (
        <MessageBar key={i} intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{t("warnings")}</MessageBarTitle>
            {pick(w)}
          </MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}
