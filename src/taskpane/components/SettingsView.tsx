import {
  Body1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Lang } from "../../engine";
import { formatIssue } from "../../strings/issueMessages";
import { settingsUi } from "../../strings/settingsUi";
import { dialogWord } from "../../strings/dialogStrings";
import { otherSheetIssues } from "../model/settingsForm";
import { AwardRulesTable } from "./AwardRulesTable";
import { SettingsForm } from "./SettingsForm";
import { useSettingsEditor } from "../hooks/useSettingsEditor";

const useStyles = makeStyles({
  // minmax(0, 1fr): a long word or message wraps instead of widening the pane past its edge.
  root: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr)",
    rowGap: tokens.spacingVerticalL,
    alignContent: "start",
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface SettingsViewProps {
  lang: Lang;
  /** Told after a save wrote to the workbook, so the pane can read it again. */
  onSaved: () => void;
}

/**
 * The settings sheet as a form: each key a labelled field, the award rules read-only with a way to their
 * table, and Save — or, in a workbook without a settings sheet, Create.
 */
export function SettingsView({ lang, onSaved }: SettingsViewProps) {
  const styles = useStyles();
  const editor = useSettingsEditor(lang, onSaved);
  const { read, values, failure, feedback } = editor;
  const failed = failure && (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{dialogWord(lang, "hostHeading")}</MessageBarTitle>
        {failure}
      </MessageBarBody>
    </MessageBar>
  );
  if (!read || !values) return failed || <Spinner size="tiny" label={settingsUi(lang, "loading")} />;

  const others = otherSheetIssues(read);
  return (
    <div className={styles.root}>
      {read.sheet === null ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{settingsUi(lang, "noSheet")}</MessageBarBody>
        </MessageBar>
      ) : (
        <Body1>{settingsUi(lang, "fromSheet", { sheet: read.sheet })}</Body1>
      )}
      {others.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {settingsUi(lang, "sheetIssues", { count: others.length })}
            <ul className={styles.list}>
              {others.map((found) => (
                <li key={`${found.code}@${found.cell}`}>{formatIssue(found, lang, read.settings.kind)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <SettingsForm
        lang={lang}
        kind={read.settings.kind}
        fields={editor.fields}
        values={values}
        issues={editor.issues}
        changed={Object.keys(editor.changes).length}
        creating={read.sheet === null}
        busy={editor.busy}
        onEdit={editor.edit}
        onLeave={editor.leave}
        onSave={editor.save}
        onDiscard={editor.discard}
        onReload={editor.reload}
      />
      {/* Under the buttons, where the secretary who pressed one is looking. */}
      {failed}
      {feedback && (
        <MessageBar intent={feedback.intent} layout="multiline">
          <MessageBarBody>{feedback.text}</MessageBarBody>
        </MessageBar>
      )}
      <AwardRulesTable
        lang={lang}
        rules={read.settings.awardRules}
        sheet={read.sheet}
        rulesCell={read.location?.rulesCell ?? null}
        busy={editor.busy}
        onGoTo={editor.goToRules}
      />
    </div>
  );
}
