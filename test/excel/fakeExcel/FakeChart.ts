import { FakeClientObject, notLoaded } from "./FakeClientObject";
import { FakeExcelError } from "./FakeExcelError";
import type { FakeRange } from "./FakeRange";
import type { FakeRequestContext } from "./FakeRequestContext";
import type { FakeWorksheet } from "./FakeWorksheet";
import { formatAddress, parseAddress } from "./parseAddress";
import type { ChartState } from "./SheetModel";

export class FakeChart extends FakeClientObject {
  readonly title: { text: string };
  readonly series: { getItemAt: (index: number) => { setXAxisValues: (range: FakeRange) => void } };

  constructor(
    ctx: FakeRequestContext,
    private readonly chart: () => ChartState,
  ) {
    super(ctx);
    const queue = ctx.queue;
    this.title = {
      set text(v: string) {
        queue.push(() => (chart().title = v), v);
      },
      get text(): string {
        return notLoaded("text");
      },
    };
    this.series = {
      getItemAt: (index: number) => ({
        setXAxisValues: (range: FakeRange) =>
          queue.push(() => {
            ctx.require("1.7", "ChartSeries.setXAxisValues");
            if (index !== 0) throw new FakeExcelError("ItemNotFound", "The fake charts have one series.");
            chart().categories = formatAddress(range.resolve().rect);
          }),
      }),
    };
  }

  setPosition(start: string, end?: string): void {
    this.ctx.queue.push(() => {
      parseAddress(start);
      if (end) parseAddress(end);
      Object.assign(this.chart(), { from: start, to: end });
    }, [start, end]);
  }
}

/** `worksheet.charts`: charts are added from data on the same sheet. */
export class FakeChartCollection extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly sheet: FakeWorksheet,
  ) {
    super(ctx);
  }

  add(type: string, source: FakeRange, seriesBy = "Auto"): FakeChart {
    let state: ChartState | undefined;
    this.ctx.queue.push(() => {
      const sheet = this.sheet.writable();
      const { rect, sheet: on } = source.resolve();
      if (on !== sheet) throw new FakeExcelError("InvalidArgument", "Chart data on another sheet.");
      state = { type, source: formatAddress(rect), seriesBy };
      sheet.charts.push(state);
    }, [type, seriesBy]);
    return new FakeChart(this.ctx, () => {
      if (!state) throw new FakeExcelError("ItemNotFound", "The chart was not added.");
      return state;
    });
  }
}
