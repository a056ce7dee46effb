import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Lang } from "../../engine";
import type { CreateFormsResult, UnitSheet } from "../../excel";
import { ActionStatus } from "./ActionStatus";
import { formsUi, type FormsUiKey } from "../../strings/formsUi";

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalS, justifyItems: "start", minWidth: 0 },
  heading: { margin: 0 },
  subheading: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, padding: 0, listStyle: "none", display: "grid", rowGap: tokens.spacingVerticalXXS },
  // The sheet's button takes what the file button leaves, and its long unit names wrap there.
  row: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  file: { justifySelf: "end" },
  // A long unit name wraps inside the button instead of widening the pane.
  sheet: {
    textAlign: "start",
    height: "auto",
    minHeight: "24px",
    whiteSpace: "normal",
    justifySelf: "start",
    justifyContent: "flex-start",
  },
  full: { justifySelf: "stretch" },
});

export interface CreateFormsSectionProps {
  lang: Lang;
  busy: boolean;
  /** The action's progress or outcome, announced to screen readers (empty when the other action ran last). */
  status: string;
  created: CreateFormsResult | null;
  /** Each form can also be opened as a workbook of its own (ExcelApi 1.8): a button per unit. */
  canOpenFiles: boolean;
  onCreate: () => void;
  onOpenSheet: (sheet: string) => void;
  onOpenFile: (unit: string) => void;
}

/**
 * "Create forms for the units", then which sheets were made (each a button that opens it, and one that opens
 * the unit's form as a file to send where Excel can) and how to send them.
 */
export function CreateFormsSection({
  lang,
  busy,
  status,
  created,
  canOpenFiles,
  onCreate,
  onOpenSheet,
  onOpenFile,
}: CreateFormsSectionProps) {
  const styles = useStyles();
  const sheets = (key: FormsUiKey, list: readonly UnitSheet[]) =>
    list.length > 0 && (
      <>
        <Body1 as="h3" className={styles.subheading}>
          {formsUi(lang, key)}
        </Body1>
        <ul className={`${styles.list} ${styles.full}`} aria-label={formsUi(lang, key)}>
          {list.map(({ unit, sheet }) => (
            <li key={sheet} className={styles.row}>
              <Button
                appearance="subtle"
                size="small"
                className={styles.sheet}
                onClick={() => onOpenSheet(sheet)}
              >
                {formsUi(lang, "openSheet", { unit, sheet })}
              </Button>
              {canOpenFiles && (
                <Button
                  size="small"
                  className={styles.file}
                  disabledFocusable={busy}
                  aria-label={formsUi(lang, "openFileLabel", { unit })}
                  onClick={() => onOpenFile(unit)}
                >
                  {formsUi(lang, "openFile")}
                </Button>
              )}
            </li>
          ))}
        </ul>
      </>
    );
  return (
    <section className={styles.root} aria-labelledby="forms-create-heading">
      <Subtitle2 as="h2" id="forms-create-heading" className={styles.heading}>
        {formsUi(lang, "heading")}
      </Subtitle2>
      <Body1 as="p" className={styles.heading}>
        {formsUi(lang, "createIntro")}
      </Body1>
      <Button appearance="primary" disabledFocusable={busy} onClick={onCreate}>
        {formsUi(lang, "createButton")}
      </Button>
      <ActionStatus text={status} />
      {created?.status === "blocked" && (
        <MessageBar intent="warning" layout="multiline" className={styles.full}>
          <MessageBarBody>
            {formsUi(lang, created.reason === "no-criteria" ? "noCriteria" : "noUnits")}
          </MessageBarBody>
        </MessageBar>
      )}
      {created?.status === "created" && (
        <>
          {sheets("createdHeading", created.created)}
          {sheets("skippedHeading", created.skipped)}
          <MessageBar intent="info" layout="multiline" className={styles.full}>
            <MessageBarBody>{formsUi(lang, canOpenFiles ? "sendHintFile" : "sendHint")}</MessageBarBody>
          </MessageBar>
        </>
      )}
    </section>
  );
}
