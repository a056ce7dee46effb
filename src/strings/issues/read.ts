import type { READ_ISSUES } from "../../engine/read/readIssueCodes";
import { v, type StageMessages } from "./format";

type ReadCode = keyof typeof READ_ISSUES;

export const readMessages: StageMessages<ReadCode> = {
  vi: {
    "sheet-far-cell": (i) =>
      `Ô ${i.cell} có giá trị "${v(i)}" nằm rất xa phần dữ liệu của trang nên không được đọc. Nếu đó là dữ liệu, hãy chuyển nó lại gần bảng; nếu không, hãy xóa nó.`,
  },
  en: {
    "sheet-far-cell": (i) =>
      `Cell ${i.cell} holds "${v(i)}" far beyond the rest of the sheet's data, so it was not read. If it is data, move it next to the table; otherwise delete it.`,
  },
};
