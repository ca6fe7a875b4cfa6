import { type Source } from "./clientObject";
import { type ChartSeriesState, type ChartState, type SheetRect, type SheetState } from "./document";
import { invalidArgument, itemNotFound } from "./officeError";
import { type FakeRange } from "./range";
import { type FakeRequestContext } from "./requestContext";
import { rectOf, WriteOnly } from "./sheetParts";

const CHART_TYPES = ["ColumnClustered", "BarClustered", "Line", "Pie"];

/** `Worksheet.charts`: `add(type, sourceData, seriesBy)` (ExcelApi 1.1). */
export class FakeChartCollection extends WriteOnly<SheetState> {
  constructor(context: FakeRequestContext, source: Source<SheetState>) {
    super(context, "ChartCollection", source);
  }

  /**
   * A chart of `sourceData` on this sheet: one series per column ("Columns", and "Auto" here) or per row
   * ("Rows"), named Series1, Series2… (the fake does not read headers from the data).
   */
  add(type: string, sourceData: FakeRange, seriesBy = "Auto"): FakeChart {
    return new FakeChart(this.context, {
      resolve: () => {
        const sheet = this.targetOrNull();
        if (sheet === null) return null;
        if (!CHART_TYPES.includes(type)) throw invalidArgument("ChartCollection.add", `chart type "${type}"`);
        const rect = rectOf(sheet, sourceData, "ChartCollection.add");
        const byRows = seriesBy === "Rows";
        const count = byRows ? rect.rows : rect.cols;
        const series: ChartSeriesState[] = Array.from({ length: count }, (_, i) => ({
          name: `Series${i + 1}`,
          values: {
            sheet,
            rect: byRows
              ? { ...rect, top: rect.top + i, rows: 1 }
              : { ...rect, left: rect.left + i, cols: 1 },
          },
          xValues: null,
        }));
        const chart: ChartState = {
          type,
          seriesBy,
          title: null,
          position: null,
          plotVisibleOnly: true,
          valueAxisNumberFormat: null,
          series,
        };
        sheet.charts.push(chart);
        return chart;
      },
    });
  }
}

/** `Excel.Chart`. */
export class FakeChart extends WriteOnly<ChartState> {
  readonly title: FakeChartTitle;
  readonly series: FakeChartSeriesCollection;
  readonly axes: { valueAxis: FakeChartAxis };

  constructor(context: FakeRequestContext, source: Source<ChartState>) {
    super(context, "Chart", source);
    const chart = { resolve: () => this.targetOrNull() };
    this.title = new FakeChartTitle(context, chart);
    this.series = new FakeChartSeriesCollection(context, chart);
    this.axes = { valueAxis: new FakeChartAxis(context, chart) };
  }

  /** Places the chart over the cells from `start` to `end` (ExcelApi 1.1). */
  setPosition(start: string, end?: string): void {
    this.queueCall("setPosition", (chart) => (chart.position = { start, end: end ?? null }));
  }

  /** ExcelApi 1.8; Excel's default is true: hidden rows and columns are not drawn. */
  set plotVisibleOnly(value: boolean) {
    this.queueCall("plotVisibleOnly", (chart) => {
      this.requires(8, "Chart.plotVisibleOnly");
      chart.plotVisibleOnly = value;
    });
  }
}

export class FakeChartTitle extends WriteOnly<ChartState> {
  constructor(context: FakeRequestContext, source: Source<ChartState>) {
    super(context, "ChartTitle", source);
  }
  set text(text: string) {
    this.queueCall("text", (chart) => (chart.title = text), text);
  }
}

export class FakeChartAxis extends WriteOnly<ChartState> {
  constructor(context: FakeRequestContext, source: Source<ChartState>) {
    super(context, "ChartAxis", source);
  }
  /** ExcelApi 1.8. */
  set numberFormat(format: string) {
    this.queueCall("numberFormat", (chart) => {
      this.requires(8, "ChartAxis.numberFormat");
      chart.valueAxisNumberFormat = format;
    });
  }
}

/** `Chart.series`: `getItemAt` (1.1) and `add` (1.7). */
export class FakeChartSeriesCollection extends WriteOnly<ChartState> {
  constructor(context: FakeRequestContext, source: Source<ChartState>) {
    super(context, "ChartSeriesCollection", source);
  }

  getItemAt(index: number): FakeChartSeries {
    return new FakeChartSeries(this.context, {
      resolve: () => {
        const chart = this.targetOrNull();
        if (chart === null) return null;
        const series = chart.series[index];
        if (!series) throw itemNotFound("ChartSeriesCollection.getItemAt");
        return { chart, series };
      },
    });
  }

  add(name?: string): FakeChartSeries {
    return new FakeChartSeries(this.context, {
      resolve: () => {
        this.requires(7, "ChartSeriesCollection.add");
        const chart = this.targetOrNull();
        if (chart === null) return null;
        const series: ChartSeriesState = {
          name: name ?? `Series${chart.series.length + 1}`,
          values: null,
          xValues: null,
        };
        chart.series.push(series);
        return { chart, series };
      },
    });
  }
}

type SeriesTarget = { chart: ChartState; series: ChartSeriesState };

/** `Excel.ChartSeries`: name, values and categories (`setValues`, `setXAxisValues`: ExcelApi 1.7). */
export class FakeChartSeries extends WriteOnly<SeriesTarget> {
  constructor(context: FakeRequestContext, source: Source<SeriesTarget>) {
    super(context, "ChartSeries", source);
  }
  set name(name: string) {
    this.queueCall("name", ({ series }) => (series.name = name), name);
  }
  setValues(range: FakeRange): void {
    this.queueCall("setValues", ({ series }) => {
      this.requires(7, "ChartSeries.setValues");
      series.values = sheetRect(range, "ChartSeries.setValues");
    });
  }
  setXAxisValues(range: FakeRange): void {
    this.queueCall("setXAxisValues", ({ series }) => {
      this.requires(7, "ChartSeries.setXAxisValues");
      series.xValues = sheetRect(range, "ChartSeries.setXAxisValues");
    });
  }
}

function sheetRect(range: FakeRange, location: string): SheetRect {
  const target = range.targetOrNull();
  if (target === null) throw itemNotFound(location);
  return { sheet: target.sheet, rect: target.rect };
}
