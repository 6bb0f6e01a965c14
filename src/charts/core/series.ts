/**
 * Shaping engine series into what the panels draw. The chart layer takes engine *types* only (STYLE.md),
 * so these helpers take plain arrays that a container copies out with the engine's `seriesOf`.
 */

/**
 * Returns each class's share of the year's total, per year: `values[k][t] / sum_k values[k][t]`, the
 * input of the credit-shares panel. A year whose total is 0 or not finite gives 0 for every class.
 */
export function sharesByYear(values: ReadonlyArray<ReadonlyArray<number>>): number[][] {
  const years = values.reduce((n, v) => Math.max(n, v.length), 0);
  const totals = new Float64Array(years);
  for (const series of values) {
    for (let t = 0; t < years; t++) {
      const v = series[t];
      if (Number.isFinite(v)) totals[t] += v;
    }
  }
  return values.map((series) =>
    Array.from({ length: years }, (_, t) => {
      const v = series[t];
      return totals[t] > 0 && Number.isFinite(v) ? v / totals[t] : 0;
    }),
  );
}
