// Task pane entry point: a placeholder until the React pane arrives (TODO: the task-pane UI issue
// replaces this file). It shows the product name and whether it runs inside Excel or in a plain
// browser. Nothing here may assume that Office.js loaded: the pane must start without it.
//
// Kept to ES5-era DOM APIs and callbacks (no Promise of our own): the build targets ES5 so that the
// Internet Explorer webview of volume-licensed Excel 2019 can run it (docs/adr/0001-xml-manifest.md).

export const PRODUCT_NAME = "chitieu — Theo dõi chỉ tiêu kế hoạch";
export const BROWSER_MODE = "Chế độ trình duyệt";
/** How long to wait for Office.onReady before concluding that no Office host is coming. */
export const READY_TIMEOUT_MS = 3000;

function setText(id: string, text: string): void {
  const element = document.getElementById(id);
  if (element) element.textContent = text;
}

/** The status line for a host reported by Office.onReady (null/undefined: no host, a plain browser). */
export function statusFor(host: Office.HostType | null | undefined): string {
  if (!host) return BROWSER_MODE;
  if (host === Office.HostType.Excel) return "Đang chạy trong Excel";
  return "Đang chạy trong " + String(host);
}

function start(): void {
  setText("title", PRODUCT_NAME);
  if (typeof Office === "undefined") {
    // office.js failed to load (offline, blocked) or the page was opened without it.
    setText("status", BROWSER_MODE);
    return;
  }
  let ready = false;
  // Outside Office, office.js may never call back: fall back to browser mode after a while, and
  // still switch to the host's status if Office does become ready later.
  const timer = window.setTimeout(function () {
    if (!ready) setText("status", BROWSER_MODE);
  }, READY_TIMEOUT_MS);
  void Office.onReady(function (info) {
    ready = true;
    window.clearTimeout(timer);
    setText("status", statusFor(info.host));
  });
}

start();
