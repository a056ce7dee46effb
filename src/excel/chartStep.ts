import type { ChartSpec } from "../engine";
import { step, type Step } from "./step";

/** A clustered bar chart of the totals, where the host has charts (ExcelApi 1.1); category labels need 1.7. */
export function chartStep(sheet: string, chart: ChartSpec): Step {
  return step((env) => {
    if (!env.supports("ExcelApi", "1.1")) return;
    const worksheet = env.sheet(sheet);
    const added = worksheet.charts.add("BarClustered", worksheet.getRange(chart.values), "Columns");
    added.title.text = chart.title;
    added.setPosition(chart.from, chart.to);
    if (env.supports("ExcelApi", "1.7")) {
      added.series.getItemAt(0).setXAxisValues(worksheet.getRange(chart.categories));
    }
  });
}
