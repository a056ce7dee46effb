import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToStaticMarkup } from "react-dom/server";
import { evaluateBloc } from "../../src/engine/evaluateBloc";
import { skipText } from "../../src/engine/layout/skipText";
import { SummarySection } from "../../src/taskpane/components/SummarySection";
import { label } from "../../src/strings/outputLabels";
import { ui } from "../../src/strings/ui";
import { decreeBloc, type DecreeUnit } from "../helpers/decreeBloc";
import { FLAG, MERIT, settledBloc } from "../helpers/settledTie";

const UNITS: DecreeUnit[] = [
  { name: "Sở Y tế", role: "Trưởng khối", review: "Đang thanh tra", i: 58, ii: 39 },
  { name: "Sở Tư pháp", i: 57, ii: 38 },
  { name: "Sở Nội vụ", i: 56, ii: 37 },
  { name: "Sở Tài chính", i: 55, ii: 36 },
];

// The markup's text, tags dropped and entities decoded as the few that React escapes.
const text = (html: string): string =>
  html
    .replace(/<[^>]+>/g, "\n")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&");

describe("SummarySection", () => {
  it.each(["vi", "en"] as const)(
    "names the unit passed over with its reason, under the proposals (%s)",
    (lang) => {
      const result = evaluateBloc(decreeBloc(UNITS), { year: 2024 });
      const html = renderToStaticMarkup(
        <FluentProvider theme={webLightTheme}>
          <SummarySection lang={lang} result={result} written={[]} onShowIssues={() => undefined} />
        </FluentProvider>,
      );
      const lines = text(html).split("\n");
      const reason = skipText({ unit: "Sở Y tế", reason: "underReview", note: "Đang thanh tra" }, lang);
      expect(lines).toContain(reason);
      // After the flag's line, which names the next eligible unit.
      const flag = lines.findIndex((line) => line.includes("Cờ thi đua của UBND tỉnh"));
      expect(lines[flag]).toContain("Sở Tư pháp");
      expect(lines.indexOf(reason)).toBeGreaterThan(flag);
      expect(html).toContain(`aria-label="${ui(lang, "passedOverLabel")}"`);
    },
  );

  it("lists nobody passed over when every unit in reach is eligible", () => {
    const result = evaluateBloc(decreeBloc(UNITS.map((u) => ({ ...u, review: "" }))), { year: 2024 });
    const html = renderToStaticMarkup(
      <FluentProvider theme={webLightTheme}>
        <SummarySection lang="vi" result={result} written={[]} onShowIssues={() => undefined} />
      </FluentProvider>,
    );
    expect(result.proposals[0]?.units).toEqual(["Sở Y tế"]);
    expect(html).not.toContain(label("vi", "skippedUnderReview"));
    expect(html).not.toContain(ui("vi", "passedOverLabel"));
  });

  it("with data errors says the errors withhold the awards, and still names the unit under review", () => {
    const broken = decreeBloc(UNITS);
    broken.sheets[0]!.values[2]![4] = "năm mươi";
    const result = evaluateBloc(broken, { year: 2024 });
    expect(result.provisional).toBe(true);
    const html = renderToStaticMarkup(
      <FluentProvider theme={webLightTheme}>
        <SummarySection lang="vi" result={result} written={[]} onShowIssues={() => undefined} />
      </FluentProvider>,
    );
    const lines = text(html).split("\n");
    const errors = result.issues.filter((i) => i.severity === "error").length;
    expect(lines).toContain(ui("vi", "proposalsWithheld", { count: errors }));
    expect(html).not.toContain(ui("vi", "noProposals"));
    expect(lines).toContain(
      skipText({ unit: "Sở Y tế", reason: "underReview", note: "Đang thanh tra" }, "vi"),
    );
  });

  it.each(["vi", "en"] as const)("says under the award that the ballot settled its tie (%s)", (lang) => {
    const result = evaluateBloc(settledBloc(), { year: 2024 });
    const html = renderToStaticMarkup(
      <FluentProvider theme={webLightTheme}>
        <SummarySection lang={lang} result={result} written={[]} onShowIssues={() => undefined} />
      </FluentProvider>,
    );
    const lines = text(html).split("\n");
    const flag = lines.indexOf(`${FLAG}: Sở Nội vụ`);
    expect(flag).toBeGreaterThan(0);
    const units = `Sở Nội vụ (${lang === "vi" ? "62,5%" : "62.5%"})`;
    const settled = lines.indexOf(label(lang, "ballotSettledAward", { seats: 1, count: 2, units }));
    expect(settled).toBeGreaterThan(flag);
    expect(settled).toBeLessThan(lines.findIndex((line) => line.startsWith(`${MERIT}: `)));
  });
});
