// The small dialog the ribbon command opens to say what went wrong (message.html?vi=…&en=…). No inline script:
// the page's Content-Security-Policy forbids it.
function fill(id: string, text: string): void {
  const element = document.getElementById(id);
  if (element) element.textContent = text;
}

function start(): void {
  const params = new URLSearchParams(window.location.search);
  fill("vi", params.get("vi") ?? "");
  fill("en", params.get("en") ?? "");
  document.getElementById("close")?.addEventListener("click", () => {
    if (typeof Office !== "undefined" && Office.context?.ui?.messageParent)
      Office.context.ui.messageParent("close");
    else window.close();
  });
}

if (typeof Office !== "undefined") void Office.onReady(start);
else start();
