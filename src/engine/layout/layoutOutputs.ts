import { label } from "../../strings/outputLabels";
import type { BlocResult } from "../evaluateBloc";
import type { Lang } from "../lang";
import { ballotLayout } from "./ballotLayout";
import { dataCheckLayout } from "./dataCheckLayout";
import { minutesLayout } from "./minutesLayout";
import { detailsLayout } from "./detailsLayout";
import { withinExcelLimits } from "./excelLimits";
import { memoLayout } from "./memoLayout";
import { proposalsLayout } from "./proposalsLayout";
import { rankingLayout } from "./rankingLayout";
import { settingsLayout } from "./settingsLayout";
import { SETTINGS_SHEET_NAME } from "../settings/settingsSheetValues";
import type { ExistingSheet, SheetLayout } from "./sheetLayout";
import { outputSheetName } from "./sheetNames";

/** Options of the output layouts. */
export interface LayoutOptions {
  /** Language of the output sheets; defaults to the Language setting. */
  lang?: Lang;
  /** The workbook's sheets and which of them are earlier outputs (from their ownership marks). */
  existing: readonly ExistingSheet[];
}

/**
 * Lays out the output sheets of DESIGN §3 for a result: Xếp hạng, Chi tiết điểm, Đề nghị khen thưởng, Tờ trình,
 * Phiếu bầu (when a tie needs a ballot or ballot results were read), Biên bản and Kiểm tra dữ liệu, plus a
 * settings sheet with the defaults when the workbook has none. Names follow Excel's
 * rules and never take a user's sheet's name (that sheet is left alone; the output takes another name).
 */
export function layoutOutputs(result: BlocResult, options: LayoutOptions): SheetLayout[] {
  const lang = options.lang ?? result.settings.lang;
  const taken: string[] = [];
  const nameFor = (preferred: string, kind: SheetLayout["kind"]): string => {
    const name = outputSheetName(preferred, kind, options.existing, taken);
    taken.push(name);
    return name;
  };
  const ranking = nameFor(label(lang, "sheetRanking"), "ranking");
  const details = detailsLayout(result, lang, nameFor(label(lang, "sheetDetails"), "details"));
  const layouts = [
    rankingLayout(result, lang, ranking, details.map),
    details.layout,
    proposalsLayout(result, lang, nameFor(label(lang, "sheetProposals"), "proposals")),
    memoLayout(result, lang, nameFor(label(lang, "sheetMemo"), "memo")),
  ];
  // The ballot papers, only when a tie needs a ballot or ballot results were read (DESIGN §3.7).
  const ballot = ballotLayout(result, lang, label(lang, "sheetBallot"), options.existing);
  if (ballot) layouts.push({ ...ballot, name: nameFor(ballot.name, "ballot") });
  // The minutes of the review meeting, after the proposals (and the ballots they may need).
  layouts.push(minutesLayout(result, lang, nameFor(label(lang, "sheetMinutes"), "minutes")));
  layouts.push(dataCheckLayout(result, lang, nameFor(label(lang, "sheetDataCheck"), "dataCheck")));
  if (result.settingsSheet === null) {
    layouts.push(settingsLayout(result, lang, nameFor(SETTINGS_SHEET_NAME[lang], "settings")));
  }
  return layouts.map(withinExcelLimits);
}
