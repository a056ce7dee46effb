import type { Lang } from "../engine/lang";
import { cliError } from "./cliErrors";
import { dictionary } from "./dictionary";

/** The commands `bloc-rank help COMMAND` can describe on their own. */
export type HelpTopic = "rank" | "forms" | "merge";

interface CommandHelp {
  /** The command line, as in the usage. */
  synopsis: string;
  /** What the command does, one line. */
  purpose: string;
  /** Each option with one line. */
  options: readonly (readonly [string, string])[];
}

type Help = Readonly<Record<HelpTopic | "help", CommandHelp>> & { exit: readonly string[] };

// --json and --lang mean the same to every command; said once per language, printed under each command so
// that `bloc-rank help forms` is complete on its own.
const SHARED = /* @__PURE__ */ dictionary(
  {
    json: "in đúng một đối tượng JSON thay cho bản tóm tắt",
    lang: "ngôn ngữ kết quả và thông báo (mặc định: Ngôn ngữ ở trang Cấu hình, hoặc vi)",
    hint: "Từng tùy chọn: bloc-rank --help",
  },
  {
    json: "print exactly one JSON object instead of the summary",
    lang: "language of outputs and messages (default: the settings sheet's Language, else vi)",
    hint: "Each option: bloc-rank --help",
  },
);

const sharedOptions = (lang: Lang) =>
  [
    ["--json", SHARED[lang].json],
    ["--lang vi|en", SHARED[lang].lang],
  ] as const;

/** The help of every command in both languages (exported for the glossary's check). */
export const CLI_HELP: Readonly<Record<Lang, Help>> = {
  vi: {
    rank: {
      synopsis: "bloc-rank SỔ_LÀM_VIỆC.xlsx [-o TỆP_RA.xlsx] [--json] [--lang vi|en] [--check]",
      purpose:
        "Xếp hạng các đơn vị và đề nghị khen thưởng; ghi các trang của sổ làm việc kèm các trang kết quả.",
      options: [
        [
          "-o, --output TỆP_RA.xlsx",
          "tệp ghi ra (mặc định TÊN.ranked.xlsx cạnh sổ làm việc); không bao giờ ghi đè đầu vào",
        ],
        ["--check", "chỉ kiểm tra dữ liệu, không ghi tệp nào"],
        ...sharedOptions("vi"),
      ],
    },
    forms: {
      synopsis: "bloc-rank forms SỔ_LÀM_VIỆC.xlsx [-o THƯ_MỤC] [--json] [--lang vi|en]",
      purpose: "Tạo phiếu tự chấm cho từng đơn vị, mỗi phiếu một tệp .xlsx.",
      options: [
        [
          "-o, --output THƯ_MỤC",
          "thư mục ghi phiếu (mặc định TÊN.forms cạnh sổ làm việc); không ghi đè tệp đã có",
        ],
        ...sharedOptions("vi"),
      ],
    },
    merge: {
      synopsis:
        "bloc-rank merge SỔ_CHÍNH.xlsx PHIẾU_GỬI_VỀ.xlsx... [-o TỆP_RA.xlsx] [--replace] [--json] [--lang vi|en]",
      purpose: "Nhập các phiếu tự chấm đơn vị gửi về vào một bản sao của sổ làm việc chính.",
      options: [
        ["-o, --output TỆP_RA.xlsx", "tệp ghi ra (mặc định TÊN.merged.xlsx cạnh sổ làm việc chính)"],
        ["--replace", "giá trị của phiếu gửi về thay giá trị khác trong sổ chính (báo từng ô)"],
        ...sharedOptions("vi"),
      ],
    },
    help: {
      synopsis: "bloc-rank help [forms|merge]   (hoặc --help, -h)",
      purpose: "In hướng dẫn này: mọi lệnh, hoặc một lệnh.",
      options: [],
    },
    exit: [
      "Mã thoát: 0 xong; 1 có lỗi dữ liệu (kết quả tạm tính vẫn được ghi); 2 dùng sai lệnh,",
      "tệp không đọc được hoặc không phải .xlsx.",
    ],
  },
  en: {
    rank: {
      synopsis: "bloc-rank WORKBOOK.xlsx [-o OUT.xlsx] [--json] [--lang vi|en] [--check]",
      purpose: "Rank the units and propose awards; write the workbook's sheets plus the output sheets.",
      options: [
        [
          "-o, --output OUT.xlsx",
          "the file written (default NAME.ranked.xlsx beside it); never the input itself",
        ],
        ["--check", "check the data only, write no file"],
        ...sharedOptions("en"),
      ],
    },
    forms: {
      synopsis: "bloc-rank forms WORKBOOK.xlsx [-o DIR] [--json] [--lang vi|en]",
      purpose: "Make one self-assessment form per unit, each its own .xlsx file.",
      options: [
        [
          "-o, --output DIR",
          "the forms' folder (default NAME.forms beside the workbook); no file overwritten",
        ],
        ...sharedOptions("en"),
      ],
    },
    merge: {
      synopsis:
        "bloc-rank merge MASTER.xlsx RETURNED.xlsx... [-o OUT.xlsx] [--replace] [--json] [--lang vi|en]",
      purpose: "Bring the self-assessment forms the units sent back into a copy of the master workbook.",
      options: [
        ["-o, --output OUT.xlsx", "the file written (default NAME.merged.xlsx beside the master)"],
        ["--replace", "the returned values replace different ones in the master (each reported)"],
        ...sharedOptions("en"),
      ],
    },
    help: {
      synopsis: "bloc-rank help [forms|merge]   (or --help, -h)",
      purpose: "Print this help: every command, or one.",
      options: [],
    },
    exit: [
      "Exit status: 0 done; 1 data errors (provisional outputs still written); 2 usage error,",
      "a file that cannot be read or is not .xlsx.",
    ],
  },
};

// Vietnamese source text is NFC, so a code point is a column.
const padEnd = (text: string, width: number): string =>
  text + " ".repeat(Math.max(0, width - [...text.normalize("NFC")].length));

/**
 * The usage of every command, in the language asked for: the command lines alone, the first headed
 * `cách dùng:` / `usage:`, then where to find each option (a usage error prints this after its message).
 */
export function usageText(lang: Lang): string {
  const head = cliError[lang].usage;
  const indent = " ".repeat(head.length + 1);
  const topics = ["rank", "forms", "merge", "help"] as const;
  const lines = topics.map((topic, i) => `${i === 0 ? `${head} ` : indent}${CLI_HELP[lang][topic].synopsis}`);
  return [...lines, SHARED[lang].hint].join("\n");
}

/**
 * `bloc-rank --help`: every command (or the one asked for) with what it does and each option on one line,
 * then the exit statuses.
 */
export function helpText(lang: Lang, topic: HelpTopic | null = null): string {
  const help = CLI_HELP[lang];
  const shown = topic ? [topic] : (["rank", "forms", "merge", "help"] as const);
  const flagWidth = Math.max(...shown.flatMap((t) => help[t].options.map(([flag]) => [...flag].length)));
  const lines = [cliError[lang].usage];
  for (const name of shown) {
    const command = help[name];
    lines.push(`  ${command.synopsis}`, `      ${command.purpose}`);
    for (const [flag, text] of command.options) lines.push(`      ${padEnd(flag, flagWidth)}  ${text}`);
    lines.push("");
  }
  lines.push(...help.exit);
  return lines.join("\n");
}
