import { issue, type IssueOf } from "../../src/engine/issues";
import { d, type Message } from "../../src/strings/issues/format";

// Each `@ts-expect-error` below is checked by tsc (npm run typecheck): were the mistake under it accepted, the
// directive itself would be the error, so these cases fail the type check if the details lose their types.
describe("issue details", () => {
  const at = { sheet: "Tiêu chí", cell: "C7" };

  it("builds an issue with its code's details", () => {
    const found: IssueOf<"criteria-max-sum-mismatch"> = issue({
      code: "criteria-max-sum-mismatch",
      ...at,
      details: { max: 10, sum: 9.5 },
    });
    expect(found.details?.sum).toBe(9.5);
    expect(found.severity).toBe("warning");
  });

  it("makes a detail the code does not have, or one of the wrong type, a compile error", () => {
    // @ts-expect-error criteria-max-sum-mismatch has no `total`
    const extra = issue({ code: "criteria-max-sum-mismatch", ...at, details: { max: 10, sum: 9, total: 1 } });
    // @ts-expect-error `sum` is a number
    const wrong = issue({ code: "criteria-max-sum-mismatch", ...at, details: { max: 10, sum: "9" } });
    // @ts-expect-error criteria-table-missing has no details at all
    const none = issue({ code: "criteria-table-missing", ...at, details: { max: 10 } });
    expect([extra, wrong, none].map((found) => found.code)).toEqual([
      "criteria-max-sum-mismatch",
      "criteria-max-sum-mismatch",
      "criteria-table-missing",
    ]);
  });

  it("lets a message use only its code's details", () => {
    const message: Message<"criteria-max-sum-mismatch"> = (i) => `${d(i, "sum")} / ${d(i, "max")}`;
    // @ts-expect-error criteria-max-sum-mismatch has no `scale`
    const wrong: Message<"criteria-max-sum-mismatch"> = (i) => d(i, "scale");
    // @ts-expect-error criteria-table-missing has no details to use
    const none: Message<"criteria-table-missing"> = (i) => d(i, "sum");
    const found = issue({ code: "criteria-max-sum-mismatch", ...at, details: { max: 10, sum: 9.5 } });
    const words = {} as Parameters<typeof message>[1];
    expect(message(found, words)).toBe("9.5 / 10");
    expect(typeof wrong).toBe("function");
    expect(typeof none).toBe("function");
  });
});
