// axe-core's WCAG 2 A and AA rules on the page as it is now, one readable line per failing element, so a
// failed `expect(violations).toEqual([])` says what is wrong and where.
import type { Page } from "playwright-core";

/**
 * Fluent UI's focus manager (Tabster) puts aria-hidden, focusable `<i data-tabster-dummy>` elements around
 * focus groups such as the tab list on purpose: they pass focus on at once, and screen readers must not
 * announce them. axe reports them under aria-hidden-focus; Microsoft's Accessibility Insights drops exactly
 * these (microsoft/accessibility-insights-web#7605, microsoft/tabster#288), and so does this check: only
 * that rule, only elements carrying the attribute.
 */
const tabsterDummy = (rule: string, html: string) =>
  rule === "aria-hidden-focus" && /^<i [^>]*data-tabster-dummy/.test(html);

interface Found {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string; html: string; summary: string }[];
}

/**
 * The WCAG 2 A/AA violations on the page, or only inside `within` (a CSS selector): with a modal dialog open the
 * page behind it is inert and dimmed by the backdrop, so only the dialog is checked (axe would measure the
 * contrast of the dimmed page).
 */
export async function axeViolations(page: Page, within?: string): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) {
    await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  }
  const found: Found[] = await page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: typeof import("axe-core") }).axe;
    const options = { runOnly: { type: "tag" as const, values: ["wcag2a", "wcag2aa"] } };
    const results = await axe.run(selector ?? document, options);
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? "",
      help: violation.help,
      nodes: violation.nodes.map((node) => ({
        target: node.target.join(" "),
        html: node.html,
        summary: node.failureSummary ?? "",
      })),
    }));
  }, within);
  return found.flatMap((violation) =>
    violation.nodes
      .filter((node) => !tabsterDummy(violation.id, node.html))
      .map(
        (node) =>
          `${violation.id} (${violation.impact}): ${violation.help} at ${node.target}\n    ` +
          node.summary.split("\n").join("\n    "),
      ),
  );
}
