import { Badge, Body1, Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, lazy, useRef, useState } from "react";
import type { Issue, Lang } from "../../engine";
import { ActionStatus } from "./ActionStatus";
import { formsUi, formsUiCount } from "../../strings/formsUi";
import { NO_FILTER, type IssueFilter } from "../model/issueFilter";
import type { ChosenFile } from "../model/returnedFiles";
import { canChoose, type ImportOutcome } from "../model/importOutcome";
import type { ImportRow } from "../model/importRows";
import { conflictText, fileImports, FOLDED_CODES } from "../model/importSummary";
import { CellLink } from "./CellLink";
import { IssueList } from "./IssueList";

// Fluent's Dialog (with its motion and portal code) loads when a form is first chosen, not with the tab.
const ChooseFormDialog = lazy(() =>
  import(/* webpackChunkName: "chooseFormDialog" */ "./ChooseFormDialog").then((m) => ({
    default: m.ChooseFormDialog,
  })),
);

/** What the file picker offers: .xlsx workbooks, by extension and by type (browsers differ in which they use). */
export const XLSX_ACCEPT = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const BADGE = {
  imported: "success",
  partial: "warning",
  unchanged: "informative",
  skipped: "danger",
} as const;

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalS, justifyItems: "start", minWidth: 0 },
  heading: { margin: 0 },
  subheading: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, padding: 0, listStyle: "none", display: "grid", rowGap: tokens.spacingVerticalS },
  row: {
    display: "grid",
    rowGap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  file: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  full: { justifySelf: "stretch", minWidth: 0 },
  choose: { justifySelf: "start" },
  form: { display: "grid", rowGap: tokens.spacingVerticalXXS, justifyItems: "start" },
  conflicts: { display: "grid", rowGap: tokens.spacingVerticalXXS },
  // Tokens, not typographyStyles: that would bring @fluentui/tokens' typography into the forms chunk.
  summary: {
    cursor: "pointer",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorPaletteDarkOrangeForeground1,
  },
  conflictList: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "grid",
    rowGap: tokens.spacingVerticalXXS,
  },
});

export interface ImportFormsSectionProps {
  lang: Lang;
  busy: boolean;
  /** The action's progress or outcome, announced to screen readers (empty when the other action ran last). */
  status: string;
  imported: ImportOutcome | null;
  onImport: (files: readonly ChosenFile[]) => void;
  /** The secretary confirmed taking a file's form over the workbook's values. */
  onChoose: (file: string) => void;
  onSelect: (issue: Issue) => void;
}

/**
 * "Import returned forms": a file picker for several .xlsx files, then one line per file and the problems; a
 * file kept out by different values (or a second form for its unit) can be chosen over them, once confirmed.
 */
export function ImportFormsSection({
  lang,
  busy,
  status,
  imported,
  onImport,
  onChoose,
  onSelect,
}: ImportFormsSectionProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [filter, setFilter] = useState<IssueFilter>(NO_FILTER);
  const [confirming, setConfirming] = useState<ImportRow | null>(null);
  // Mounted from the first choice on and kept, so that closing still plays the dialog's exit motion.
  const [asked, setAsked] = useState(false);
  const byFile = imported ? fileImports(imported) : [];
  // Conflicts and replacements are counted and listed under their file; the list below has the others.
  const others = imported?.issues.filter((found) => !FOLDED_CODES.has(found.code)) ?? [];
  const formLine = (row: ImportRow): string => {
    const unit = row.unit ?? formsUi(lang, "unitUnknown");
    if (!row.target) return formsUi(lang, "rowNoTarget", { unit });
    if (row.written === 0) return formsUi(lang, "rowNothing", { unit, sheet: row.target });
    return formsUiCount(lang, "rowTarget", row.written, { unit, sheet: row.target });
  };
  const chosen = () => {
    const files = [...(input.current?.files ?? [])];
    // Cleared, so that choosing the same files again (a second import) still fires a change.
    if (input.current) input.current.value = "";
    setFilter(NO_FILTER);
    if (files.length > 0) onImport(files);
  };
  return (
    <section className={styles.root} aria-labelledby="forms-import-heading">
      <Subtitle2 as="h2" id="forms-import-heading" className={styles.heading}>
        {formsUi(lang, "importHeading")}
      </Subtitle2>
      <Body1 as="p" className={styles.heading}>
        {formsUi(lang, "importIntro")}
      </Body1>
      <input
        ref={input}
        type="file"
        multiple
        accept={XLSX_ACCEPT}
        hidden
        aria-label={formsUi(lang, "fileLabel")}
        onChange={chosen}
      />
      <Button disabledFocusable={busy} onClick={() => input.current?.click()}>
        {formsUi(lang, "importButton")}
      </Button>
      <ActionStatus text={status} />
      {imported && (
        <>
          <Body1 as="h3" className={styles.subheading}>
            {formsUi(lang, "resultsHeading")}
          </Body1>
          <ul className={`${styles.list} ${styles.full}`} aria-label={formsUi(lang, "resultsHeading")}>
            {byFile.map((entry) => (
              <li key={entry.file} className={styles.row}>
                <div className={styles.file}>
                  <Badge appearance="tint" color={BADGE[entry.status]}>
                    {formsUi(lang, `status_${entry.status}`)}
                  </Badge>
                  <Body1>{entry.file}</Body1>
                </div>
                {entry.unreadable !== null && <Caption1>{entry.unreadable}</Caption1>}
                {entry.noForm && <Caption1>{formsUi(lang, "noForm")}</Caption1>}
                {entry.forms.map((row, i) => (
                  <div key={`${row.unit ?? ""}:${i}`} className={styles.form}>
                    <Caption1>{formLine(row)}</Caption1>
                    {canChoose(row, imported.issues) && (
                      <Button
                        size="small"
                        className={styles.choose}
                        disabledFocusable={busy}
                        aria-label={formsUi(lang, "chooseFormLabel", { file: row.file })}
                        onClick={() => {
                          setAsked(true);
                          setConfirming(row);
                        }}
                      >
                        {formsUi(lang, "chooseForm")}
                      </Button>
                    )}
                  </div>
                ))}
                {(["conflicts", "replacements"] as const).map(
                  (kind) =>
                    entry[kind].length > 0 && (
                      // One line per file with the count, the cells listed under it when opened: not a
                      // paragraph each.
                      <details key={kind} className={styles.conflicts}>
                        <summary className={styles.summary}>
                          {formsUiCount(lang, kind, entry[kind].length, { file: entry.file })}
                        </summary>
                        <ul className={styles.conflictList}>
                          {entry[kind].map((found) => (
                            <li key={`${found.sheet}!${found.cell}`}>
                              <CellLink lang={lang} issue={found} onSelect={onSelect} />{" "}
                              <Caption1>{conflictText(lang, found)}</Caption1>
                            </li>
                          ))}
                        </ul>
                      </details>
                    ),
                )}
              </li>
            ))}
          </ul>
          {others.length > 0 && (
            <div className={styles.full}>
              <Body1 as="h3" className={styles.subheading}>
                {formsUi(lang, "issuesHeading", { count: others.length })}
              </Body1>
              <IssueList
                lang={lang}
                issues={others}
                filter={filter}
                onFilter={setFilter}
                onSelect={onSelect}
              />
            </div>
          )}
        </>
      )}
      {asked && (
        // No fallback: the dialog opens once its code is there (a local file), the choose button keeps focus.
        <Suspense fallback={null}>
          <ChooseFormDialog
            lang={lang}
            row={confirming}
            onConfirm={onChoose}
            onClose={() => setConfirming(null)}
          />
        </Suspense>
      )}
    </section>
  );
}
