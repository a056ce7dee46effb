import { makeStyles, tokens } from "@fluentui/react-components";
import type { Issue, Lang } from "../../engine";
import { CreateFormsSection } from "./CreateFormsSection";
import { ImportFormsSection } from "./ImportFormsSection";
import { useFormsActions } from "../hooks/useFormsActions";

const useStyles = makeStyles({
  root: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", rowGap: tokens.spacingVerticalXL },
});

export interface FormsViewProps {
  lang: Lang;
  /** Another action is running (or the workbook is being read): the buttons stay reachable but do nothing. */
  disabled: boolean;
  /** An issue's button: select its cell; also used to open a form's sheet (an issue-less location). */
  onSelect: (issue: Pick<Issue, "sheet" | "cell">) => void;
  /** The workbook changed: read it again so the other tabs are up to date. */
  onChanged: () => void;
  onFailure: (message: string | null) => void;
}

/** The forms tab: make the units' self-assessment forms, then import the ones they send back. */
export function FormsView({ lang, disabled, onSelect, onChanged, onFailure }: FormsViewProps) {
  const styles = useStyles();
  const actions = useFormsActions(lang, onChanged, onFailure);
  const busy = disabled || actions.busy;
  return (
    <div className={styles.root}>
      <CreateFormsSection
        lang={lang}
        busy={busy}
        created={actions.created}
        canOpenFiles={actions.canOpenFiles}
        status={actions.statusOf === "create" ? actions.status : ""}
        onCreate={() => void actions.create()}
        onOpenSheet={(sheet) => onSelect({ sheet, cell: "" })}
        onOpenFile={(unit) => void actions.openFile(unit)}
      />
      <ImportFormsSection
        lang={lang}
        busy={busy}
        imported={actions.imported}
        status={actions.statusOf === "import" ? actions.status : ""}
        onImport={(files) => void actions.importFiles(files)}
        onChoose={(file) => void actions.chooseForm(file)}
        onSelect={onSelect}
      />
    </div>
  );
}
