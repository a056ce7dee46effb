import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { Issue, Lang, SettingKey, UnitKind } from "../../engine";
import { settingsUi } from "../../strings/settingsUi";
import type { SettingField as SettingFieldModel, SettingValues } from "../model/settingsForm";
import { SettingField } from "./SettingField";

const useStyles = makeStyles({
  form: { display: "grid", rowGap: tokens.spacingVerticalM },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
});

export interface SettingsFormProps {
  lang: Lang;
  /** Bloc or cluster, as the settings read say. */
  kind?: UnitKind;
  fields: readonly SettingFieldModel[];
  values: SettingValues;
  issues: Partial<Record<SettingKey, Issue>>;
  /** How many fields differ from the sheet. */
  changed: number;
  /** The workbook has no settings sheet: the main button creates one. */
  creating: boolean;
  busy: boolean;
  onEdit: (key: SettingKey, value: string) => void;
  onLeave: (key: SettingKey) => void;
  onSave: () => void;
  onDiscard: () => void;
  onReload: () => void;
}

/** The fields and the buttons under them; Enter in a field saves, as the main button does. */
export function SettingsForm(props: SettingsFormProps) {
  const { lang, fields, values, issues, changed, creating, busy } = props;
  const styles = useStyles();
  const canSave = !busy && (changed > 0 || creating);
  const status = busy
    ? settingsUi(lang, "saving")
    : changed > 0
      ? settingsUi(lang, "changedCount", { count: changed })
      : "";
  return (
    <form
      className={styles.form}
      aria-label={settingsUi(lang, "fieldsLabel")}
      onSubmit={(event) => {
        event.preventDefault();
        if (canSave) props.onSave();
      }}
    >
      {fields.map((field) => (
        <SettingField
          key={field.key}
          lang={lang}
          kind={props.kind}
          field={field}
          value={values[field.key]}
          issue={issues[field.key]}
          onChange={(value) => props.onEdit(field.key, value)}
          onLeave={() => props.onLeave(field.key)}
        />
      ))}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabledFocusable={!canSave}>
          {settingsUi(lang, creating ? "createButton" : "saveButton")}
        </Button>
        <Button disabledFocusable={busy || changed === 0} onClick={props.onDiscard}>
          {settingsUi(lang, "discardButton")}
        </Button>
        <Button appearance="subtle" disabledFocusable={busy} onClick={props.onReload}>
          {settingsUi(lang, "reloadButton")}
        </Button>
        <Caption1 role="status" aria-live="polite">
          {status}
        </Caption1>
      </div>
    </form>
  );
}
