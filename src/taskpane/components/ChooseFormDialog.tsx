import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
} from "@fluentui/react-components";
import type { Lang } from "../../engine";
import { formsUi } from "../../strings/formsUi";
import type { ImportRow } from "../model/importRows";

export interface ChooseFormDialogProps {
  lang: Lang;
  /** The line whose file the secretary is about to take over the workbook's values; null: closed. */
  row: ImportRow | null;
  onConfirm: (file: string) => void;
  onClose: () => void;
}

/** Asks before a returned file's values replace different ones in the workbook: what will happen, then Replace or Cancel. */
export function ChooseFormDialog({ lang, row, onConfirm, onClose }: ChooseFormDialogProps) {
  return (
    <Dialog open={row !== null} onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{formsUi(lang, "confirmTitle", { file: row?.file ?? "" })}</DialogTitle>
          <DialogContent>{formsUi(lang, "confirmBody", { unit: row?.unit ?? "" })}</DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              onClick={() => {
                if (row) onConfirm(row.file);
                onClose();
              }}
            >
              {formsUi(lang, "confirmButton")}
            </Button>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="secondary">{formsUi(lang, "cancel")}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
