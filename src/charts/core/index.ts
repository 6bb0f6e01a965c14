/**
 * Pure chart maths: the one place that imports d3 (STYLE.md). Components import from here.
 */
export * from './layout';
export * from './scales';
export * from './shapes';
export * from './palette';
export * from './series';
export * from './navigation';
export * from './panels';
export * from './tables';
export * from './fan';
export * from './tornado';
export * from './waterfall';
export * from './bank';
export * from './tooltip-placement';
