import { shiftFormula } from "../../../src/xlsx/read/shiftFormula";

describe("shiftFormula: a shared formula's text for a follower", () => {
  test.each([
    ["SUM(A2:B2)", 3, 0, "SUM(A5:B5)"],
    ["SUM(A2:B2)", 0, 2, "SUM(C2:D2)"],
    ["A1+B2", 2, 1, "B3+C4"],
  ])("relative references move: %s by (%i, %i)", (formula, rows, columns, expected) => {
    expect(shiftFormula(formula, rows, columns)).toBe(expected);
  });

  test("anchored parts stay, each axis on its own", () => {
    expect(shiftFormula("$A$1+$A1+A$1+A1", 2, 3)).toBe("$A$1+$A3+D$1+D3");
  });

  test("sheet-qualified references move, quoted or not, the sheet name untouched", () => {
    expect(shiftFormula("'Phiếu - BTC'!D12+Sheet1!A1:B2+'It''s A1'!C3", 1, 1)).toBe(
      "'Phiếu - BTC'!E13+Sheet1!B2:C3+'It''s A1'!D4",
    );
  });

  test("whole columns move on columns, whole rows on rows", () => {
    expect(shiftFormula("SUM(A:A)+COUNT($B:C)", 5, 1)).toBe("SUM(B:B)+COUNT($B:D)");
    expect(shiftFormula("SUM(1:1)+SUM($2:3)", 2, 4)).toBe("SUM(3:3)+SUM($2:5)");
    expect(shiftFormula("SUM(Sheet1!A:B)", 0, 2)).toBe("SUM(Sheet1!C:D)");
  });

  test("references inside string literals stay", () => {
    expect(shiftFormula('IF(A1>0,"A1 ""B2"" C3",B1)', 1, 0)).toBe('IF(A2>0,"A1 ""B2"" C3",B2)');
  });

  test("function names that look like references are not references", () => {
    expect(shiftFormula("LOG10(A1)+ATAN2(B1,C1)+DAYS360(D1,E1)", 1, 1)).toBe(
      "LOG10(B2)+ATAN2(C2,D2)+DAYS360(E2,F2)",
    );
    expect(shiftFormula("_xlfn.STDEV.S(A1:A3)", 1, 0)).toBe("_xlfn.STDEV.S(A2:A4)");
  });

  test("names, booleans, numbers, errors and words beyond the sheet's limits stay", () => {
    expect(shiftFormula("HeSo*A1+TRUE+1.5E+3+XFE1+A1048577+HệSố2+#N/A", 1, 1)).toBe(
      "HeSo*B2+TRUE+1.5E+3+XFE1+A1048577+HệSố2+#N/A",
    );
  });

  test("structured and external references in brackets stay as written", () => {
    expect(shiftFormula("SUM(Bang1[[#This Row],[A1]])+[1]Sheet1!A1", 1, 0)).toBe(
      "SUM(Bang1[[#This Row],[A1]])+[1]Sheet1!A2",
    );
  });

  test("a reference moved off the sheet is #REF!, as in Excel", () => {
    expect(shiftFormula("XFD1+A1048576", 1, 1)).toBe("#REF!+#REF!");
  });

  test("lower-case references are references, written back in capitals", () => {
    expect(shiftFormula("a1+$b2", 1, 0)).toBe("A2+$B3");
  });

  test("no offset: the same text", () => {
    const formula = "SUM(A1:B2)";
    expect(shiftFormula(formula, 0, 0)).toBe(formula);
  });
});
