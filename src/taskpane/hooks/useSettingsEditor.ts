import { useCallback, useEffect, useMemo, useState } from "react";
import { checkSettingChanges, type Issue, type Lang, type SettingKey } from "../../engine";
import { readSettingsView, saveSettings, selectCell, type SettingsSheetView } from "../../excel";
import { settingsUi } from "../../strings/settingsUi";
import { ui } from "../../strings/ui";
import { failureMessage } from "../model/failureMessage";
import { saveFeedback, type SaveFeedback } from "../model/saveFeedback";
import {
  fieldIssues,
  initialValues,
  settingChanges,
  settingFields,
  type SettingValues,
} from "../model/settingsForm";

/**
 * The settings view's state and its three Excel actions: read (on mount, and again on demand), save, and
 * show the rules table. Each action is one Excel.run; a host failure becomes `failure`, in words.
 */
export function useSettingsEditor(lang: Lang, onSaved: () => void) {
  const [read, setRead] = useState<SettingsSheetView | null>(null);
  const [values, setValues] = useState<SettingValues | null>(null);
  // Fields left after a change, or "all" once a save was tried: their issues show.
  const [reveal, setReveal] = useState<ReadonlySet<SettingKey> | "all">(new Set());
  const [saveIssues, setSaveIssues] = useState<Partial<Record<SettingKey, Issue>>>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [feedback, setFeedback] = useState<SaveFeedback | null>(null);
  const fields = useMemo(() => (read ? settingFields(read, lang) : []), [read, lang]);
  const changes = useMemo(() => (values ? settingChanges(fields, values) : {}), [fields, values]);

  const reset = useCallback(
    (view: SettingsSheetView) => {
      setValues(initialValues(settingFields(view, lang)));
      setReveal(new Set());
      setSaveIssues({});
    },
    [lang],
  );

  const load = useCallback(async () => {
    try {
      const view = await Excel.run((context) => readSettingsView(context));
      setRead(view);
      reset(view);
    } catch (error) {
      setFailure(failureMessage(error, "read", lang));
    }
  }, [lang, reset]);

  useEffect(() => {
    void load();
  }, [load]);

  const save = async (): Promise<void> => {
    if (!read) return;
    setReveal("all");
    setFailure(null);
    if (Object.keys(checkSettingChanges(read, changes, lang).issues).length > 0) {
      setFeedback({ intent: "error", text: settingsUi(lang, "invalid") });
      return;
    }
    setBusy(true);
    setFeedback(null);
    try {
      const result = await Excel.run((context) => saveSettings(context, changes, lang));
      setFeedback(saveFeedback(result, changes, lang));
      if (result.status === "invalid") setSaveIssues(result.issues);
      if (result.status === "saved") {
        await load();
        onSaved();
      }
    } catch (error) {
      setFailure(failureMessage(error, "settings", lang));
    } finally {
      setBusy(false);
    }
  };

  const goToRules = async (): Promise<void> => {
    const location = read?.location;
    const cell = location?.rulesCell;
    if (!location || !cell) return;
    setFailure(null);
    try {
      // The sheet may have been renamed or deleted since it was read: read again rather than fail.
      if (!(await Excel.run((context) => selectCell(context, location.sheet, cell)))) {
        setFeedback({ intent: "warning", text: ui(lang, "staleSheet", { sheet: location.sheet }) });
        await load();
      }
    } catch (error) {
      setFailure(failureMessage(error, "select", lang));
    }
  };

  return {
    read,
    fields,
    values,
    changes,
    issues: read ? { ...fieldIssues(read, changes, lang, reveal), ...saveIssues } : {},
    busy,
    failure,
    feedback,
    edit: (key: SettingKey, value: string) => {
      if (!values) return;
      setValues({ ...values, [key]: value });
      setSaveIssues({});
      setFeedback(null);
    },
    leave: (key: SettingKey) => {
      if (reveal !== "all" && !reveal.has(key)) setReveal(new Set([...reveal, key]));
    },
    discard: () => read && reset(read),
    reload: () => void load(),
    save: () => void save(),
    goToRules: () => void goToRules(),
  };
}
