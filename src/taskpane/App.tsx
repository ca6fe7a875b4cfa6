/** The pane's root: Fluent theme, language and the host, given once; components never reach for Office globals. */
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useMemo } from "react";
import { type Download, type WorkbookHost } from "../app/host";
import { type Language } from "../core/i18n/messages";
import { type ThemeKind } from "./environment";
import { downloadFile } from "./files";
import { ServicesContext } from "./hostContext";
import { LanguageContext } from "./i18n";
import { Pane } from "./Pane/Pane";

export type AppProps = {
  host: WorkbookHost;
  language: Language;
  theme: ThemeKind;
  /** Default: the clock. */
  today?: () => Date;
  /** Default: the browser's download. */
  deliver?: (file: Download) => void;
};

const clock = () => new Date();

export function App({ host, language, theme, today = clock, deliver = downloadFile }: AppProps) {
  const services = useMemo(() => ({ host, today, deliver }), [host, today, deliver]);
  return (
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme} lang={language}>
      <LanguageContext.Provider value={language}>
        <ServicesContext.Provider value={services}>
          <Pane />
        </ServicesContext.Provider>
      </LanguageContext.Provider>
    </FluentProvider>
  );
}
