import { describe, expect, it } from 'vitest';
import { inertMarkup } from './snapshot';

describe('the first view markup', () => {
  it('keeps no hook a script or a test finds the app by, and keeps what the styles read', () => {
    const html =
      '<div class="score" data-score="a" data-scenario="a" role="group" id="x1"><span data-measure="expectedLoss" class="v">1</span>' +
      '<label for="x2">L</label><input id="x2" name="n" type="range" data-param="policy.reallocation" aria-describedby="x3" tabindex="0" value="0.1"/>' +
      '<button type="button" data-action="save" aria-pressed="true">S</button><svg class="chart-svg" data-chart="projection" aria-label="c"></svg></div>';
    const out = inertMarkup(html);
    for (const hook of ['data-score', 'data-scenario', 'data-param', 'data-action', 'data-chart', 'role=', 'id=', 'for=', 'name=', 'tabindex', 'aria-describedby']) {
      expect(out, hook).not.toContain(hook);
    }
    for (const kept of ['data-measure="expectedLoss"', 'class="chart-svg"', 'aria-pressed="true"', 'aria-label="c"', 'type="range"', 'value="0.1"']) {
      expect(out, kept).toContain(kept);
    }
  });
});
