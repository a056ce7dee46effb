// Loaded first by the ES5 ribbon bundle (webpack.config.js): what core-js cannot polyfill and the ribbon's code
// needs, installed only where the webview lacks it, so modern webviews keep their own.
import { latinNormalize } from "./latinNormalize";
import { Utf8Encoder } from "./textEncoder";

/** Installs the missing pieces on `scope` (the page's window). */
export function installPolyfills(scope: { TextEncoder?: unknown }): void {
  if (typeof String.prototype.normalize !== "function") {
    Object.defineProperty(String.prototype, "normalize", {
      value: latinNormalize,
      writable: true,
      configurable: true,
    });
  }
  if (typeof scope.TextEncoder !== "function") scope.TextEncoder = Utf8Encoder;
}

if (typeof window !== "undefined") installPolyfills(window as { TextEncoder?: unknown });
