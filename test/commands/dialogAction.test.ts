import { checkData } from "../../src/commands/commands";
import { dialogUrl, readDialogQuery, type DialogContent } from "../../src/dialog/dialogQuery";
import { dialogText } from "../../src/dialog/dialogText";
import { SAMPLES } from "../../src/samples";
import { hostErrorMessage } from "../../src/strings/hostMessages";
import { failureMessage } from "../../src/taskpane/model/failureMessage";
import { ExcelHostError } from "../../src/excel/ExcelHostError";
import { FakeExcel } from "../excel/fakeExcel/fakeExcel";
import { installOffice, queryOf, uninstallOffice } from "./fakeOffice";

afterEach(() => uninstallOffice());

const BASE = "https://localhost:3000/commands.html";
const roundTrip = (content: DialogContent) => readDialogQuery(new URL(dialogUrl(BASE, content)).search);

describe("the action a host failure met travels to the dialog", () => {
  it("Kiểm tra dữ liệu's failure says to check the data again, in the outcome, the query and the dialog", async () => {
    const fake = new FakeExcel(SAMPLES[0]!.build(2024), { cellEditMode: true });
    const office = installOffice(fake, { displayLanguage: "en-US" });
    const running = checkData(office.event);
    await office.opened();
    office.fire(0, "dialogEventReceived", { error: 12006 });
    const outcome = await running;
    const words = hostErrorMessage("cell-edit", "check", "en");
    expect(outcome).toMatchObject({ ok: false, kind: "cell-edit", message: words });
    expect(words).not.toBe(hostErrorMessage("cell-edit", "rank", "en"));
    const url = office.dialogs[0]!.url;
    expect(queryOf(url)).toEqual({ kind: "cell-edit", lang: "en", action: "check" });
    expect(dialogText(readDialogQuery(new URL(url).search)).message).toBe(words);
  });

  it("keeps a rank's query as it was, and reads an unknown action as the ranking", () => {
    expect(new URL(dialogUrl(BASE, { kind: "busy", lang: "vi", action: "rank" })).search).toBe(
      "?kind=busy&lang=vi",
    );
    expect(roundTrip({ kind: "busy", lang: "vi", name: "X", action: "check" })).toEqual({
      kind: "busy",
      lang: "vi",
      name: "X",
      action: "check",
    });
    const unknown = readDialogQuery("?kind=busy&lang=en&action=format");
    expect(unknown).toEqual({ kind: "busy", lang: "en" });
    expect(dialogText(unknown).message).toBe(hostErrorMessage("busy", "rank", "en"));
  });
});

describe("the pane words a host failure for the action that met it", () => {
  it.each(["settings", "forms", "import", "sample", "read", "select"] as const)("%s", (action) => {
    const error = new ExcelHostError("protected", { subject: "Cấu hình" });
    for (const lang of ["vi", "en"] as const) {
      const text = failureMessage(error, action, lang);
      expect(text).toBe(hostErrorMessage("protected", action, lang, "Cấu hình"));
      expect(text).not.toBe(failureMessage(error, "rank", lang));
    }
  });
});
