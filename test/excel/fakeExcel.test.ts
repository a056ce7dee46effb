import { FakeExcel, FakeExcelError } from "./fakeExcel/fakeExcel";
import { codeOf } from "../helpers/codeOf";

const input = {
  sheets: [
    {
      name: "Tổng hợp",
      values: [
        ["Đơn vị", "Điểm"],
        ["Ban Tổ chức", 95],
      ],
    },
  ],
};

describe("the fake Office.js host is strict", () => {
  test("reading a property before load and sync throws PropertyNotLoaded", async () => {
    const fake = new FakeExcel(input);
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Tổng hợp").getRange("A1:B2");
      // These two reads are the very mistakes the lint rules catch; the fake must throw on them as Excel does.
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([
        ["Đơn vị", "Điểm"],
        ["Ban Tổ chức", 95],
      ]);
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("formats are queued until the sync, never readable unloaded, and read-only properties refuse writes", async () => {
    const fake = new FakeExcel(input);
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Tổng hợp").getRange("A1:B1");
      range.format.font.bold = true;
      range.format.fill.color = "#FFC000";
      range.format.borders.getItem("EdgeBottom").style = "Continuous";
      expect(fake.cell("Tổng hợp", "A1")?.font.bold).toBeUndefined();
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
      expect(() => range.format.font.bold).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
      expect(() => range.format.columnWidth).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      expect(() => (range.format.font.color = "red")).toThrow(
        expect.objectContaining({ code: "InvalidArgument" }),
      );
      expect(() => Object.assign(range, { address: "C3" })).toThrow(TypeError);
      await context.sync();
    });
    expect(fake.cell("Tổng hợp", "B1")).toMatchObject({
      font: { bold: true },
      fill: "#FFC000",
      borders: { bottom: { style: "Continuous", weight: "Thin" } },
    });
    expect(fake.syncCount).toBe(1);
  });

  test("an array of the wrong shape fails with InvalidArgument", async () => {
    const fake = new FakeExcel(input);
    const code = await codeOf(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Tổng hợp").getRange("A1:B2").values = [["x", "y"]];
        await context.sync();
      }),
    );
    expect(code).toBe("InvalidArgument");
    expect(fake.cell("Tổng hợp", "A1")?.value).toBe("Đơn vị");
  });

  test("text starting with = becomes a formula, as in Excel; an apostrophe keeps it text", async () => {
    const fake = new FakeExcel(input);
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Tổng hợp");
      sheet.getRange("A3:E3").values = [["=SUM(B2)", "'=SUM(B2)", "-5", "'-5", "TRUE"]];
      await context.sync();
    });
    expect(fake.cell("Tổng hợp", "A3")).toMatchObject({ formula: "=SUM(B2)" });
    expect(fake.cell("Tổng hợp", "B3")).toMatchObject({
      formula: null,
      value: "=SUM(B2)",
      quotePrefix: true,
    });
    expect(fake.cell("Tổng hợp", "C3")?.value).toBe(-5);
    expect(fake.cell("Tổng hợp", "D3")?.value).toBe("-5");
    expect(fake.cell("Tổng hợp", "E3")?.value).toBe(true);
  });

  test("sheet names follow Excel's rules", async () => {
    const add = (name: string): Promise<string> =>
      codeOf(
        new FakeExcel(input).run(async (context) => {
          context.workbook.worksheets.add(name);
          await context.sync();
        }),
      );
    expect(await add("x".repeat(32))).toBe("InvalidArgument");
    for (const bad of ["a:b", "a\\b", "a/b", "a?b", "a*b", "a[b", "a]b", ""]) {
      expect(await add(bad)).toBe("InvalidArgument");
    }
    expect(await add("TỔNG HỢP")).toBe("ItemAlreadyExists");
    expect(await add("x".repeat(31))).toBe("no error");
  });

  test("syncs are counted, and a payload over the limit is refused whole", async () => {
    const fake = new FakeExcel(input, { payloadLimit: 1000 });
    const code = await codeOf(
      fake.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Tổng hợp");
        sheet.getRange("A3").values = [["small"]];
        await context.sync();
        sheet.getRange("A4").values = [["x".repeat(2000)]];
        sheet.getRange("A5").values = [["lost"]];
        await context.sync();
      }),
    );
    expect(code).toBe("RequestPayloadSizeLimitExceeded");
    expect(fake.syncCount).toBe(2);
    expect(fake.cell("Tổng hợp", "A3")?.value).toBe("small");
    expect(fake.cell("Tổng hợp", "A5")).toBeUndefined();
  });

  test("failSync fails the chosen sync whole; the syncs around it run", async () => {
    const fake = new FakeExcel(input, {
      failSync: (index) => (index === 2 ? new FakeExcelError("GeneralException", "lost") : null),
    });
    const write = (address: string, value: string) =>
      codeOf(
        fake.run(async (context) => {
          context.workbook.worksheets.getItem("Tổng hợp").getRange(address).values = [[value]];
          await context.sync();
        }),
      );
    expect([await write("A3", "one"), await write("A4", "two"), await write("A5", "three")]).toEqual([
      "no error",
      "GeneralException",
      "no error",
    ]);
    expect(fake.formulas("Tổng hợp", 5, 1).slice(2)).toEqual([["one"], [""], ["three"]]);
    expect(fake.syncCount).toBe(3);
  });

  test("a response over its limit fails the sync: what it loaded never arrives, its writes stay", async () => {
    const long = "đ".repeat(300);
    const fake = new FakeExcel(
      { sheets: [{ name: "S", values: Array.from({ length: 10 }, () => [long]) }] },
      { responseLimit: 4000 },
    );
    const sizes: number[] = [];
    const code = await codeOf(
      fake.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("S");
        const small = sheet.getRange("A1:A5").load("values");
        await context.sync();
        sizes.push(JSON.stringify(small.values).length);
        const large = sheet.getRange("A1:A10").load("values");
        sheet.getRange("B1").values = [["written"]];
        await context.sync().catch((error: unknown) => {
          expect(() => large.values).toThrow(/not available/);
          throw error;
        });
      }),
    );
    expect(code).toBe("ResponsePayloadSizeLimitExceeded");
    // Each "đ" is two bytes in UTF-8: the response is counted in bytes, not characters.
    expect(fake.responses[0]).toBeGreaterThan(5 * 600);
    expect(fake.responses[0]).toBeLessThan(4000);
    expect(fake.responses[1]).toBe(0);
    expect(fake.refused[1]).toBeGreaterThan(4000);
    expect(fake.sizes.map((s) => s.response)).toEqual(fake.responses);
    expect(fake.cell("S", "B1")?.value).toBe("written");
  });

  test.each([
    "InvalidOperation",
    "GeneralException",
    "ResponsePayloadSizeLimitExceeded",
    "FormulaLengthExceedsLimit",
    "InvalidOperationInCellEditMode",
  ])("failAt: sync N fails with %s after K operations, which stay applied", async (code) => {
    const fake = new FakeExcel(input);
    fake.failAt(2, code, 2);
    const found = await codeOf(
      fake.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Tổng hợp");
        sheet.getRange("A3").values = [["first sync"]];
        await context.sync();
        // getItem queues no operation: these are the second sync's three.
        for (const address of ["B3", "C3", "D3"]) sheet.getRange(address).values = [[address]];
        await context.sync();
      }),
    );
    expect(found).toBe(code);
    expect(fake.formulas("Tổng hợp", 3, 4)[2]).toEqual(["first sync", "B3", "C3", ""]);
  });

  test("Excel.run syncs what is still queued; null objects are known after a sync", async () => {
    const fake = new FakeExcel(input);
    await fake.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Không có");
      const used = context.workbook.worksheets.add("Trống").getUsedRangeOrNullObject(true);
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(used.isNullObject).toBe(true);
      context.workbook.worksheets.getItem("Trống").getRange("B2").values = [[1]];
    });
    expect(fake.syncCount).toBe(2);
    expect(fake.cell("Trống", "B2")?.value).toBe(1);
  });

  test("page layout needs ExcelApi 1.9", async () => {
    const old = new FakeExcel(input, { excelApi: "1.7" });
    const code = await codeOf(
      old.run(async (context) => {
        context.workbook.worksheets.getItem("Tổng hợp").pageLayout.orientation = "Landscape";
        await context.sync();
      }),
    );
    expect(code).toBe("ApiNotFound");
    expect(old.isSetSupported("ExcelApi", "1.7")).toBe(true);
    expect(old.isSetSupported("ExcelApi", "1.9")).toBe(false);
  });
});
