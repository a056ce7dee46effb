import { label } from "../../strings/outputLabels";
import type { BlocResult } from "../evaluateBloc";
import type { Lang } from "../lang";
import { awardedCount } from "./awardedCount";
import { addDocumentBanner } from "./documentBanner";
import { addDocumentHeading, addDocumentTitle, addParagraph, type DocumentFrame } from "./documentFrame";
import { DocumentGrid } from "./documentGrid";
import { documentLayout } from "./documentLayout";
import { addDocumentFoot } from "./documentSignature";
import type { SheetLayout } from "./sheetLayout";

// A memo has no table: its columns serve the frame alone. The left half (A–C) centres a two-line bloc name
// in B; the right half (D–F) holds the national name on one line and the motto in E, ruled at its length.
const MEMO_FRAME: DocumentFrame = {
  widths: [4, 26, 4, 11, 34, 10],
  left: { from: 0, to: 2 },
  right: { from: 3, to: 5 },
};

// The addressee without its routing remark: `Chủ tịch Ủy ban nhân dân tỉnh (qua Sở Nội vụ)` is asked as
// `Chủ tịch Ủy ban nhân dân tỉnh`.
const withoutRemark = (addressee: string): string => addressee.replace(/\s*\([^)]*\)\s*$/u, "").trim();

/** `01` as Vietnamese documents count collectives; English counts plainly. */
const count = (n: number, lang: Lang): string => (lang === "vi" ? String(n).padStart(2, "0") : String(n));

/** What the memo asks for: each award with how many collectives it is proposed for, the awards with none left out. */
export function memoAwards(result: BlocResult, lang: Lang): string[] {
  return result.proposals
    .filter((proposal) => awardedCount(proposal) > 0)
    .map((proposal) =>
      label(lang, "memoAwardCount", { award: proposal.award, n: count(awardedCount(proposal), lang) }),
    );
}

/**
 * The proposal memo (DESIGN §3.5, "Tờ trình"): the bloc's request to the provincial Chairman, through the
 * Department of Home Affairs, for the awards on the attached proposal list — a Decree 30/2020 document with
 * `Số: …/TTr-…`, `V/v …`, `Kính gửi`, one `Căn cứ` line per line of the Căn cứ setting, the request with
 * the number of collectives per award, `Nơi nhận` and the bloc leader's signature. While the result is
 * provisional (or a tie awaits its ballot) the memo says in place of the request that it cannot be sent
 * yet, and why.
 */
export function memoLayout(result: BlocResult, lang: Lang, name: string): SheetLayout {
  const frame = MEMO_FRAME;
  const { settings } = result;
  const grid = new DocumentGrid(frame.widths.length);
  addDocumentBanner(grid, frame, result, lang);
  const number = settings.documentNumber.trim();
  addDocumentHeading(grid, frame, settings, lang, {
    number: number ? label(lang, "documentNumber", { number }) : label(lang, "memoNumberBlank"),
  });
  addDocumentTitle(grid, frame, label(lang, "memoTitle"), [
    label(lang, "memoSubject", { year: settings.year }),
  ]);
  grid.row();
  const addressee = settings.addressee.trim();
  if (addressee) {
    addParagraph(grid, frame, label(lang, "memoTo", { addressee }), { horizontal: "center" });
    grid.row();
  }

  settings.legalBasis.forEach((basis, i, all) =>
    addParagraph(grid, frame, label(lang, "memoBasis", { basis, end: i === all.length - 1 ? "," : ";" })),
  );
  if (settings.legalBasis.length > 0) grid.row();

  const bloc = settings.blocName.trim() || label(lang, "bloc", {}, settings.kind);
  const asked = withoutRemark(addressee) || addressee;
  if (result.provisional) {
    const errors = result.issues.filter((issue) => issue.severity === "error").length;
    addParagraph(grid, frame, label(lang, "memoWithheld", { n: errors }), { bold: true, italic: true });
  } else {
    const awards = memoAwards(result, lang);
    addParagraph(
      grid,
      frame,
      awards.length > 0
        ? label(lang, "memoRequest", { bloc, addressee: asked, awards: awards.join(", ") })
        : label(lang, "memoNoAward", { bloc, year: settings.year }),
    );
    const ballots = result.proposals.filter((proposal) => proposal.needsBallot).map((p) => p.award);
    if (ballots.length > 0)
      addParagraph(grid, frame, label(lang, "memoBallotPending", { awards: ballots.join("; ") }), {
        bold: true,
        italic: true,
      });
    if (awards.length > 0 && asked)
      addParagraph(grid, frame, label(lang, "memoClosing", { addressee: asked }));
  }
  addDocumentFoot(grid, frame, settings, lang);
  return documentLayout(grid, frame, "memo", name);
}
