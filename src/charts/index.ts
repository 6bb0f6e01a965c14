/**
 * The chart layer's public door: React SVG panels that take data and shared scales as props, the
 * helpers a container needs to feed them (shared domains, palettes, series shaping), and the types.
 * d3 stays inside core/; nothing here reads the store.
 *
 * Feeding the panels: pass a `format` object that stays the same while the locale does (the panels
 * memoise their scales on it), series arrays that change only when the projection does, and domains
 * computed once per row of panels with `sharedDomain` / `symmetricDomain`, so that side-by-side panels
 * share one scale.
 */
import './charts.css';

export type { ChartFormat, LineSpec, PanelBase } from './types';
export type { ChartPanelProps } from './components/props';

export { LinePanel, type LinePanelProps } from './components/LinePanel';
export { EffectBars, type EffectBar, type EffectBarsProps } from './components/EffectBars';
export { StackedShares, type ShareLayer, type StackedSharesProps } from './components/StackedShares';
export { BindingGrid, type BindingRow, type BindingGridProps } from './components/BindingGrid';
export { DataTable } from './components/DataTable';
export { DataDetails, type DataDetailsProps } from './components/DataDetails';
export { Legend, type LegendItem } from './components/Legend';
export { FanPanel, type FanLabels, type FanPanelProps } from './components/FanPanel';
export { TornadoPanel, type TornadoBar, type TornadoPanelProps } from './components/TornadoPanel';
export { WaterfallPanel, type WaterfallPanelProps } from './components/WaterfallPanel';
export { BankPanel, type BankClass, type BankSeries, type BankHighlight, type BankPanelProps } from './components/BankPanel';

export { sharedDomain, symmetricDomain, type SharedDomainOptions } from './core/scales';
export {
  SCENARIO_COLORS,
  scenarioColor,
  scenarioDash,
  classDash,
  LINE_DASHES,
  COMPARISON_DASH,
  classColors,
  GAIN_COLOR,
  LOSS_COLOR,
  REFERENCE_COLOR,
  effectColor,
  bindingColor,
  isFinanceBound,
  readableOnWhite,
} from './core/palette';
export { sharesByYear } from './core/series';
export { lineTable, effectTable, sharesTable, bindingTable, type TableData } from './core/tables';
export { fanTable } from './core/fan';
export { tornadoTable } from './core/tornado';
export { waterfallTable } from './core/waterfall';
export { bankTable } from './core/bank';
export type { Direction } from './core/layout';
export { fanDomain, fanColors, type FanPercentiles, type FanExtent } from './core/fan';
export { tornadoDomain, tornadoSwing, TORNADO_LOW_COLOR, TORNADO_HIGH_COLOR, type TornadoExtent } from './core/tornado';
export { waterfallDomain, waterfallBars, type WaterfallPart, type WaterfallBar } from './core/waterfall';
export { bankDomains, bankSeriesDomain, BANK_TWO_COLUMN_WIDTH, BANK_MIN_CHART_HEIGHT, type BankSeriesValues } from './core/bank';
