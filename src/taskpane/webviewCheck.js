/* global window, document, location, Office */
// The task pane's unsupported-webview check, inlined into taskpane.html (webpack.config.js) after the pane's
// container and so before its deferred bundle runs. The pane needs a modern webview (Fluent UI v9 and its
// dependencies use ES2022, class static blocks among them); in an older one (IE11 or EdgeHTML in Office
// 2016–2019, Safari before 16.4) the bundle fails to parse or to run and the pane would stay blank. This
// script says instead, in Vietnamese and English, which Office the pane needs, and removes the container so
// that a bundle that does run renders nothing. Written in ES5 by hand, for it must run where nothing newer
// does (scripts/check-bundles.js parses it as ES5); its words are all here.
(function () {
  "use strict";

  var WORDS = {
    vi: {
      heading: "Ngăn tác vụ cần phiên bản Office mới hơn",
      intro:
        "Ngăn tác vụ Chấm điểm khối thi đua không chạy được trong trình duyệt nhúng của phiên bản Office này. " +
        "Hãy mở sổ làm việc bằng một trong các phiên bản sau:",
      windows:
        "Windows: Microsoft 365, Office 2021 trở lên, hoặc Office 2016/2019 bản bán lẻ đã cài " +
        "Microsoft Edge WebView2 Runtime.",
      mac: "Mac: Office trên macOS có Safari 16.4 trở lên.",
      web: "Excel trên web, trong trình duyệt bản hiện hành (Edge, Chrome, Firefox hoặc Safari).",
      ribbon:
        "Nếu dải băng có nút Xếp hạng đơn vị và Kiểm tra dữ liệu, hai nút này vẫn dùng được trong phiên bản Office này.",
      missing: "Trình duyệt nhúng thiếu: ",
    },
    en: {
      heading: "The task pane needs a newer version of Office",
      intro:
        "The Bloc Scoring task pane cannot run in the built-in browser of this version of Office. " +
        "Open the workbook in one of these:",
      windows:
        "Windows: Microsoft 365, Office 2021 or later, or retail Office 2016/2019 with the " +
        "Microsoft Edge WebView2 Runtime installed.",
      mac: "Mac: Office on a macOS with Safari 16.4 or later.",
      web: "Excel on the web, in a current browser (Edge, Chrome, Firefox or Safari).",
      ribbon:
        "Where the ribbon shows the Rank units and Check data buttons, they still work in this version of Office.",
      missing: "The built-in browser lacks: ",
    },
  };

  /** What the pane's bundle needs that this webview lacks, by name; empty when it has everything. */
  function missingFeatures() {
    var missing = [];
    var globals = ["Promise", "Map", "Set", "WeakMap", "Symbol", "Proxy", "Reflect", "TextEncoder"];
    for (var i = 0; i < globals.length; i++) {
      var type = typeof window[globals[i]];
      if (type !== "function" && type !== "object") missing.push(globals[i]);
    }
    if (typeof Object.fromEntries !== "function") missing.push("Object.fromEntries");
    if (typeof Array.prototype.flatMap !== "function") missing.push("Array.prototype.flatMap");
    if (typeof Array.prototype.at !== "function") missing.push("Array.prototype.at");
    if (typeof String.prototype.normalize !== "function") missing.push("String.prototype.normalize");
    try {
      // Syntax cannot be tested without compiling it. A SyntaxError means the webview is too old; any other
      // error (a content security policy refusing eval) says nothing about it.
      new Function("class A { static { } }");
    } catch (error) {
      if (error && error.name === "SyntaxError") missing.push("class static blocks (ES2022)");
    }
    return missing;
  }

  function langOf(tag) {
    return /^\s*en/i.test(tag || "") ? "en" : "vi";
  }

  /** The UI language Office put in the page's address (`_host_Info=Excel$Win32$16.01$vi-VN$…`), if any. */
  function hostInfoLanguage() {
    var match = /[?&#]_host_Info=([^&#]*)/i.exec(location.search + location.hash);
    if (!match) return "";
    try {
      return decodeURIComponent(match[1]).split("$")[3] || "";
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 has no catch without a binding
    } catch (error) {
      return "";
    }
  }

  function element(tag, text, style) {
    var node = document.createElement(tag);
    if (text) node.appendChild(document.createTextNode(text));
    if (style) node.setAttribute("style", style);
    return node;
  }

  function render(box, lang, missing) {
    var words = WORDS[lang];
    while (box.firstChild) box.removeChild(box.firstChild);
    box.setAttribute("lang", lang);
    box.setAttribute("data-lang", lang);
    document.documentElement.setAttribute("lang", lang);
    box.appendChild(
      element("h1", words.heading, "margin:0 0 12px;font-size:20px;line-height:28px;font-weight:600")
    );
    box.appendChild(element("p", words.intro, "margin:0 0 8px"));
    var list = element("ul", "", "margin:0 0 12px;padding-left:20px");
    var items = [words.windows, words.mac, words.web];
    for (var i = 0; i < items.length; i++) list.appendChild(element("li", items[i], "margin:0 0 4px"));
    box.appendChild(list);
    box.appendChild(element("p", words.ribbon, "margin:0 0 12px"));
    box.appendChild(
      element("p", words.missing + missing.join(", "), "margin:0;font-size:12px;color:#616161")
    );
  }

  var missing = missingFeatures();
  if (missing.length === 0) return;

  var container = document.getElementById("container");
  if (container && container.parentNode) container.parentNode.removeChild(container);
  var box = element(
    "div",
    "",
    "padding:20px 16px;font-family:'Segoe UI',-apple-system,BlinkMacSystemFont,Roboto,'Helvetica Neue',sans-serif;" +
      "font-size:14px;line-height:20px;color:#242424;background:#ffffff"
  );
  box.id = "unsupported-webview";
  box.setAttribute("role", "alert");
  box.setAttribute("data-missing", missing.join(","));
  var nav = window.navigator || {};
  render(box, langOf(hostInfoLanguage() || nav.language || nav.userLanguage), missing);
  document.body.appendChild(box);

  // Office knows the user's display language once office.js has initialised (it loads before this script).
  try {
    if (typeof Office !== "undefined" && Office && typeof Office.onReady === "function") {
      Office.onReady(function () {
        var display = Office.context && Office.context.displayLanguage;
        if (display) render(box, langOf(display), missing);
      });
    }
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 has no catch without a binding
  } catch (error) {
    // office.js itself failed in this webview: the message stays in the first language.
  }
})();
