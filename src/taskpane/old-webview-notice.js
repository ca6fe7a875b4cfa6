/* global document */
// Hand-written ES5, copied as it is into dist/ (not bundled): the one script old webviews can run. Internet
// Explorer 11 (document.documentMode) and Edge Legacy (EdgeHTML, "Edge/NN" in the user agent) cannot run the
// React pane (docs/adr/0008-modern-webview.md); instead of a blank pane they get this notice, Vietnamese first.
(function () {
  "use strict";
  var trident = typeof document.documentMode === "number";
  var edgeHtml = /\bEdge\/\d+/.test(navigator.userAgent);
  if (!trident && !edgeHtml) return;
  var app = document.getElementById("app");
  if (!app) return;
  var lines = [
    ["h1", "chitieu cần Microsoft Edge WebView2"],
    [
      "p",
      "Phiên bản Office này hiển thị add-in bằng trình duyệt cũ (Internet Explorer hoặc Edge cũ), nên ngăn " +
        "chitieu không chạy được. Hãy dùng Office 2021 hoặc Microsoft 365 trên Windows 10 bản 1903 trở lên có " +
        "cài Microsoft Edge WebView2 Runtime, hoặc Excel trên web. Lệnh chitieu vẫn đọc được các tệp .xlsx.",
    ],
    [
      "p",
      "This version of Office shows add-ins in an old browser (Internet Explorer or Edge Legacy), so the chitieu " +
        "pane cannot run. Use Office 2021 or Microsoft 365 on Windows 10 version 1903 or later with the Microsoft " +
        "Edge WebView2 Runtime installed, or Excel on the web. The chitieu command line still reads the .xlsx files.",
    ],
  ];
  var main = document.createElement("main");
  main.className = "chitieu-starting";
  main.setAttribute("role", "alert");
  for (var i = 0; i < lines.length; i++) {
    var element = document.createElement(lines[i][0]);
    element.appendChild(document.createTextNode(lines[i][1]));
    if (i === 2) element.setAttribute("lang", "en");
    main.appendChild(element);
  }
  while (app.firstChild) app.removeChild(app.firstChild);
  app.appendChild(main);
})();
