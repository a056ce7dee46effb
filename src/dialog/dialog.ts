// The ribbon's failure dialog (opened by src/commands/showFailure.ts with Office's displayDialogAsync). Plain
// DOM, no React or Fluent: it must open fast in a window of its own. Its words come from the query through
// readDialogQuery and dialogText and reach the page as textContent only.
import { readDialogQuery } from "./dialogQuery";
import { dialogText } from "./dialogText";

// Office allows a dialog to call messageParent only once office.js has initialised. Outside Office (the page
// opened on its own, office.js blocked) there is no Office or no onReady, and the button has nobody to tell.
// A callback rather than onReady's promise: the dialog is ES5 for IE11, and a Promise polyfill would be most
// of its bundle.
let officeReady = false;
let closeWhenReady = false;
if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  try {
    void Office.onReady(() => {
      officeReady = true;
      if (closeWhenReady) tellParent();
    });
  } catch {
    // office.js is broken: the user can still close with the X.
  }
}

let closing = false;

function tellParent(): void {
  const ui = officeReady ? Office.context?.ui : undefined;
  if (typeof ui?.messageParent !== "function") return;
  try {
    ui.messageParent("close");
  } catch {
    // The parent runtime is gone (the command already finished): the user can still close with the X.
  }
}

function askParentToClose(): void {
  // Enter on the focused button fires both keydown and click: tell the parent once.
  if (closing) return;
  closing = true;
  if (officeReady) tellParent();
  else closeWhenReady = true;
}

function render(): void {
  const text = dialogText(readDialogQuery(window.location.search));
  document.documentElement.lang = text.lang;
  document.title = text.title;
  const heading = document.getElementById("heading");
  const message = document.getElementById("message");
  const close = document.getElementById("close");
  if (heading) heading.textContent = text.heading;
  if (message) message.textContent = text.message;
  if (close) {
    close.textContent = text.close;
    close.addEventListener("click", askParentToClose);
    close.focus();
  }
  document.addEventListener("keydown", (event) => {
    if (event.key === "Enter" || event.key === "Escape") {
      event.preventDefault();
      askParentToClose();
    }
  });
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", render);
else render();
