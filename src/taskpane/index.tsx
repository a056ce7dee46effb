import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./components/App";
import { pickLang, type Lang } from "../strings/ui";

// Injected by webpack's DefinePlugin from package.json; absent under Jest.
declare const __APP_VERSION__: string | undefined;
const version = typeof __APP_VERSION__ === "string" ? __APP_VERSION__ : "dev";

function render(lang: Lang, insideOffice: boolean): void {
  document.documentElement.lang = lang;
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App lang={lang} version={version} insideOffice={insideOffice} />
    </FluentProvider>,
  );
}

// Office is undefined when office.js could not load (page opened offline, outside Office), and
// onReady reports no host when the page is opened in a plain browser: both show the notice in vi.
if (typeof Office === "undefined") {
  render("vi", false);
} else {
  void Office.onReady((info) => {
    const insideOffice = Boolean(info.host);
    render(insideOffice ? pickLang(Office.context?.displayLanguage) : "vi", insideOffice);
  });
}
