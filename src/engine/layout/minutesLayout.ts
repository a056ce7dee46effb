import { label } from "../../strings/outputLabels";
import type { BallotVote } from "../awards/ballotVotes";
import type { Proposal, SkipReason } from "../awards/proposeAwards";
import type { BlocResult } from "../evaluateBloc";
import type { Lang } from "../lang";
import { toNumber } from "../decimal";
import type { RankedUnit } from "../ranking/rankUnits";
import { CLASSIFICATION_NAMES } from "../settings/classificationNames";
import { votesText } from "./votesText";
import { addDocumentBanner } from "./documentBanner";
import { DocumentGrid } from "./documentGrid";
import {
  addDocumentHeading,
  addDocumentTitle,
  addParagraph,
  DOCUMENT_SIZES,
  frameWidth,
  fullSpan,
  type DocumentFrame,
} from "./documentFrame";
import { documentLayout } from "./documentLayout";
import { addSideBySide, personSignature, signerName } from "./documentSignature";
import { decimalsFormat } from "./formulaRefs";
import type { SheetLayout } from "./sheetLayout";
import { skipText } from "./skipText";
import { linesHeight, linesOf } from "./textWidth";

/**
 * Hạng | Đơn vị | Tổng điểm | Xếp loại, and a narrow last column that only the paragraphs and the heading
 * use: 89 units, A4 portrait between Decree 30's margins. The fourth column alone holds the motto, centred
 * in the right block, so its rule is about as long as the motto.
 */
export const MINUTES_FRAME: DocumentFrame = {
  widths: [7, 31, 10, 33, 8],
  left: { from: 0, to: 1 },
  right: { from: 2, to: 4 },
};
const [RANK, UNIT, TOTAL, CLASS] = [0, 1, 2, 3] as const;

const votesOf = (vote: BallotVote | undefined, share: number | null, lang: Lang): string => {
  if (vote) return votesText(vote, lang);
  if (share !== null) return votesText({ unit: "", votes: share, kind: "share" }, lang);
  return "……%";
};

function addRanking(grid: DocumentGrid, result: BlocResult, lang: Lang): void {
  const header = grid.row(
    (["rank", "unit", "total", "classification"] as const).map((key) => label(lang, key)),
  );
  const size = DOCUMENT_SIZES.table;
  // `Tổng điểm` wraps in its narrow column.
  grid.height(header, linesHeight(2, DOCUMENT_SIZES.table));
  grid.style(header, RANK, header, CLASS, {
    bold: true,
    horizontal: "center",
    vertical: "middle",
    fill: "D9D9D9",
    fontSize: size,
  });
  for (const unit of result.ranking) {
    const classification = CLASSIFICATION_NAMES[unit.classification][lang];
    const row = grid.row([unit.rank, unit.result.unit, toNumber(unit.result.total), classification]);
    const lines = Math.max(
      linesOf(unit.result.unit, MINUTES_FRAME.widths[UNIT]!, size),
      linesOf(classification, MINUTES_FRAME.widths[CLASS]!, size),
    );
    grid.height(row, linesHeight(lines, size));
  }
  const last = grid.values.length - 1;
  grid.style(header, RANK, last, CLASS, { border: "thin", vertical: "middle", fontSize: size, wrap: true });
  if (last > header) {
    grid.style(header + 1, RANK, last, RANK, { horizontal: "center" });
    // Centred, as on the proposal list: a right-aligned total would run up against the classification beside it.
    grid.style(header + 1, TOTAL, last, TOTAL, {
      numberFormat: decimalsFormat(result.settings.decimals),
      horizontal: "center",
    });
  }
}

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

function addAward(
  grid: DocumentGrid,
  proposal: Proposal,
  index: number,
  byName: ReadonlyMap<string, RankedUnit>,
  lang: Lang,
  noted: Set<string>,
): void {
  const para = (text: string, format: { bold?: boolean; italic?: boolean } = {}) =>
    addParagraph(grid, MINUTES_FRAME, text, format);
  const tie = proposal.settledByBallot ?? proposal.ballot;
  const settled = proposal.settledByBallot;
  const outright = proposal.units.filter((unit) => !tie?.units.includes(unit));
  const n = outright.length + (settled ? settled.elected.length : (proposal.ballot?.seats ?? 0));
  para(label(lang, "minutesAward", { letter: LETTERS[index % 26] ?? "", award: proposal.award, n }), {
    bold: true,
  });
  if (proposal.reservedForBallot > 0)
    para(`(${label(lang, "reservedForBallot", { n: proposal.reservedForBallot })})`, { italic: true });
  const share = (unit: string) => byName.get(unit)?.voteShare ?? null;
  for (const unit of outright)
    para(label(lang, "minutesUnitVote", { unit, votes: votesOf(undefined, share(unit), lang) }));
  if (tie) {
    para(label(lang, "minutesTie", { units: tie.units.join(", "), seats: tie.seats }));
    const typed = settled?.result ?? proposal.ballot?.result ?? [];
    for (const unit of tie.units) {
      const vote = typed.find((v) => v.unit === unit);
      para(label(lang, "minutesUnitVote", { unit, votes: votesOf(vote, null, lang) }));
    }
    para(
      settled
        ? label(lang, "minutesTieElected", { units: settled.elected.join(", ") })
        : label(lang, "minutesTiePending", { blank: label(lang, "nameBlank") }),
      { italic: !settled },
    );
  }
  if (proposal.units.length === 0) para(label(lang, "noProposal"), { italic: true });
  // A unit passed over for the same reason by several awards is named once, under the first. Units passed
  // over for one reason with nothing more to say share a line: a large bloc's minutes stay readable.
  const plain = new Map<SkipReason, string[]>();
  for (const skip of proposal.skipped) {
    const key = `${skip.reason}\u0000${skip.unit}`;
    if (noted.has(key)) continue;
    noted.add(key);
    if (skip.note) para(skipText(skip, lang), { italic: true });
    else plain.set(skip.reason, [...(plain.get(skip.reason) ?? []), skip.unit]);
  }
  for (const [reason, units] of plain) {
    const shown = units.slice(0, NAMED_SKIPS).join(", ");
    const more = units.length - NAMED_SKIPS;
    const unit = more > 0 ? `${shown} ${label(lang, "minutesMoreUnits", { n: more })}` : shown;
    para(skipText({ unit, reason, note: "" }, lang), { italic: true });
  }
}

/** The most units the minutes list by name as present: blocs and clusters have 5–40. */
const LISTED_UNITS = 60;

/** How many units passed over for one reason the minutes name; the rest are counted. */
const NAMED_SKIPS = 15;

/**
 * The minutes of the bloc's review meeting (DESIGN §3.6, "Biên bản") in the Decree 30/2020 frame: time,
 * place, chair and secretary from the settings (dotted blanks where they say nothing), the units present,
 * the ranking, each award with its units and the vote result — the ballot results typed back, the roster's
 * vote shares, or blanks to fill in — the elected next leader and deputy, and the signatures of the chair
 * and the secretary with their names. A provisional result says that nothing is proposed, and why.
 */
export function minutesLayout(result: BlocResult, lang: Lang, name: string): SheetLayout {
  const { settings } = result;
  const { kind } = settings;
  const frame = MINUTES_FRAME;
  const grid = new DocumentGrid(frame.widths.length);
  addDocumentBanner(grid, frame, result, lang);
  addDocumentHeading(grid, frame, settings, lang, { number: label(lang, "minutesNumber") });
  addDocumentTitle(grid, frame, label(lang, "minutesTitle", { year: settings.year }));
  grid.row();
  const para = (text: string, format: { bold?: boolean; italic?: boolean } = {}) =>
    addParagraph(grid, frame, text, format);
  const blank = label(lang, "nameBlank");
  const date = settings.meetingDate;
  const dots = label(lang, "dateBlank");

  para(label(lang, "minutesPart1"), { bold: true });
  para(
    label(lang, "minutesTime", {
      day: date ? String(date.day).padStart(2, "0") : dots,
      month: date ? String(date.month).padStart(2, "0") : dots,
      year: date ? String(date.year) : dots,
    }),
  );
  para(label(lang, "minutesPlace", { place: settings.place.trim() || blank }));
  const chair = signerName(settings.signers, "leader") ?? blank;
  const current = result.roster?.units.find((unit) => unit.role === "leader")?.name;
  para(
    current
      ? label(lang, "minutesChairUnit", { name: chair, unit: current }, kind)
      : label(lang, "minutesChair", { name: chair }, kind),
  );
  para(label(lang, "minutesSecretary", { name: signerName(settings.signers, "secretary") ?? blank }));
  const present =
    result.roster?.units.map((unit) => unit.name) ?? result.ranking.map((unit) => unit.result.unit);
  const bloc = settings.blocName.trim() || label(lang, "bloc", {}, kind);
  // One line per unit, unmerged (a line runs on over the empty cells beside it) under one format; only a name
  // longer than the page is wide becomes a wrapped paragraph, which would otherwise print past the margin. A
  // bloc larger than any real one (a generated test bloc) is not listed, nor its ranking copied: the ranking
  // sheet names them all, and the minutes stay a small write.
  const listed = present.length <= LISTED_UNITS && result.ranking.length <= LISTED_UNITS;
  para(label(lang, listed ? "minutesPresent" : "minutesPresentRanked", { n: present.length, bloc }, kind));
  const pageWidth = frameWidth(frame, fullSpan(frame));
  let first = grid.values.length;
  const styleLines = () => {
    if (grid.values.length > first)
      grid.style(first, 0, grid.values.length - 1, 0, { fontSize: DOCUMENT_SIZES.body, vertical: "top" });
  };
  for (const unit of listed ? present : []) {
    const line = `- ${unit};`;
    if (linesOf(line, pageWidth, DOCUMENT_SIZES.body) <= 1) {
      grid.row([line]);
      continue;
    }
    styleLines();
    para(line);
    first = grid.values.length;
  }
  styleLines();

  para(label(lang, "minutesPart2"), { bold: true });
  para(label(lang, "minutesRanking", { year: settings.year }));
  if (listed) addRanking(grid, result, lang);
  else
    para(
      label(lang, "minutesRankingSheet", { n: result.ranking.length, sheet: label(lang, "sheetRanking") }),
      { italic: true },
    );
  grid.row();
  para(label(lang, "minutesAwards"));
  if (result.provisional) {
    const errors = result.issues.filter((issue) => issue.severity === "error").length;
    para(label(lang, "minutesWithheld", { n: errors }), { italic: true });
  } else if (result.proposals.length === 0) para(label(lang, "noProposal"), { italic: true });
  else {
    const byName = new Map(result.ranking.map((unit) => [unit.result.unit, unit]));
    const noted = new Set<string>();
    result.proposals.forEach((proposal, i) => addAward(grid, proposal, i, byName, lang, noted));
  }
  const next = settings.year + 1;
  para(label(lang, "minutesLeaders", { year: next }, kind));
  const leader = result.provisional ? null : result.next.leader;
  const deputy = result.provisional ? null : result.next.deputy;
  para(label(lang, "minutesLeader", { unit: leader ?? blank }, kind));
  para(label(lang, "minutesDeputy", { unit: deputy ?? blank }, kind));
  para(label(lang, "minutesClosing"));

  grid.row();
  addSideBySide(
    grid,
    frame,
    personSignature(label(lang, "signSecretary"), signerName(settings.signers, "secretary"), lang),
    personSignature(label(lang, "signChair"), signerName(settings.signers, "leader"), lang),
  );
  return documentLayout(grid, frame, "minutes", name);
}
