import type { Lang } from "../engine/lang";
import type { UnitKind } from "../engine/settings/settings";

/**
 * The words that differ between a bloc (khối thi đua) and a cluster (cụm thi đua, DESIGN §2.3). Labels and
 * messages say `{leaderWord}`, `{BlocWord}`… instead of typing khối, so that one table decides the wording.
 * Vietnamese word order differs too: Trưởng khối, but Cụm trưởng.
 */
// A type, not an interface, so that the words fill templates as a plain record of strings.
export type UnitWords = {
  /** khối / cụm; bloc / cluster. */
  blocWord: string;
  /** Khối / Cụm; Bloc / Cluster. */
  BlocWord: string;
  /** Khối thi đua / Cụm thi đua; Emulation bloc / Emulation cluster. */
  blocTitle: string;
  /** trưởng khối / cụm trưởng; bloc leader / cluster leader. */
  leaderWord: string;
  /** Trưởng khối / Cụm trưởng. */
  LeaderWord: string;
  /** TRƯỞNG KHỐI / CỤM TRƯỞNG, as signature titles are printed. */
  LEADER_WORD: string;
  /** phó khối / cụm phó; deputy. */
  deputyWord: string;
  /** Phó khối / Cụm phó; Deputy. */
  DeputyWord: string;
};

export const UNIT_WORDS: Readonly<Record<UnitKind, Readonly<Record<Lang, UnitWords>>>> = {
  bloc: {
    vi: {
      blocWord: "khối",
      BlocWord: "Khối",
      blocTitle: "Khối thi đua",
      leaderWord: "trưởng khối",
      LeaderWord: "Trưởng khối",
      LEADER_WORD: "TRƯỞNG KHỐI",
      deputyWord: "phó khối",
      DeputyWord: "Phó khối",
    },
    en: {
      blocWord: "bloc",
      BlocWord: "Bloc",
      blocTitle: "Emulation bloc",
      leaderWord: "bloc leader",
      LeaderWord: "Bloc leader",
      LEADER_WORD: "BLOC LEADER",
      deputyWord: "deputy",
      DeputyWord: "Deputy",
    },
  },
  cluster: {
    vi: {
      blocWord: "cụm",
      BlocWord: "Cụm",
      blocTitle: "Cụm thi đua",
      leaderWord: "cụm trưởng",
      LeaderWord: "Cụm trưởng",
      LEADER_WORD: "CỤM TRƯỞNG",
      deputyWord: "cụm phó",
      DeputyWord: "Cụm phó",
    },
    en: {
      blocWord: "cluster",
      BlocWord: "Cluster",
      blocTitle: "Emulation cluster",
      leaderWord: "cluster leader",
      LeaderWord: "Cluster leader",
      LEADER_WORD: "CLUSTER LEADER",
      deputyWord: "deputy",
      DeputyWord: "Deputy",
    },
  },
};

/** The bloc-or-cluster words of `kind` in `lang`. */
export function unitWords(kind: UnitKind, lang: Lang): UnitWords {
  return UNIT_WORDS[kind][lang];
}
