// Task pane entry point. Nothing here may assume that Office.js loaded: the pane must start without it (office.js
// blocked, offline, or the page opened in a plain browser), and then it runs in browser mode on .xlsx files.
// The only file of the pane that reads Office globals: components get a WorkbookHost (src/app/host.ts).
import { createRoot, type Root } from "react-dom/client";
import { type WorkbookHost } from "../app/host";
import { App } from "./App";
import { languageFrom, themeFromOffice, type ThemeKind } from "./environment";
import { createBrowserHost } from "./hosts/browserHost";
import { createOfficeHost, workbookNameFromUrl } from "./hosts/officeHost";

/** How long to wait for Office.onReady before concluding that no Office host is coming. */
export const READY_TIMEOUT_MS = 3000;

type Started = { host: WorkbookHost; language: "vi" | "en"; theme: ThemeKind };

function browserMode(): Started {
  const dark =
    typeof window.matchMedia === "function" && window.matchMedia("(prefers-color-scheme: dark)").matches;
  return {
    host: createBrowserHost(),
    language: languageFrom(navigator.language, window.location.search),
    theme: dark ? "dark" : "light",
  };
}

function excelMode(): Started {
  return {
    host: createOfficeHost({ workbookName: workbookNameFromUrl(Office.context.document?.url) }),
    language: languageFrom(Office.context.displayLanguage, window.location.search),
    theme: themeFromOffice(Office.context.officeTheme),
  };
}

/** Calls back once: Excel when Office.onReady reports it, else browser mode (no office.js, no host, timeout). */
function whenReady(start: (how: Started) => void): void {
  if (typeof Office === "undefined") {
    start(browserMode());
    return;
  }
  let done = false;
  const finish = (how: () => Started) => {
    if (done) return;
    done = true;
    start(how());
  };
  // Office can become ready after the timeout (a slow start): the pane then switches to Excel mode.
  const late = (info: { host: Office.HostType | null }) => {
    if (done && info.host === Office.HostType.Excel) start(excelMode());
  };
  // Outside Office, office.js may never call back: fall back to browser mode after a while.
  const timer = window.setTimeout(() => finish(browserMode), READY_TIMEOUT_MS);
  void Office.onReady((info) => {
    window.clearTimeout(timer);
    if (done) late(info);
    else finish(info.host === Office.HostType.Excel ? excelMode : browserMode);
  });
}

let root: Root | null = null;

function mount(how: Started): void {
  const element = document.getElementById("app");
  if (!element) return;
  document.documentElement.lang = how.language;
  root ??= createRoot(element);
  root.render(<App key={how.host.kind} host={how.host} language={how.language} theme={how.theme} />);
}

whenReady(mount);
