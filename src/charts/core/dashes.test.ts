import { describe, expect, it } from 'vitest';
import { lab } from 'd3';
import { classDash, COMPARISON_DASH, LINE_DASHES, scenarioColor, scenarioDash } from './palette';

/** A pattern's rhythm up to where it starts: rotations of one pattern look the same on a line. */
function rotations(dash: string): string[] {
  const parts = dash.split(' ').filter(Boolean);
  const unit = (p: string[]) => (p.length % 2 === 0 ? p : [...p, ...p]);
  const cycle = unit(parts);
  return cycle.map((_, i) => [...cycle.slice(i), ...cycle.slice(0, i)].join(' '));
}

const colourDistance = (a: string, b: string) => {
  const x = lab(a);
  const y = lab(b);
  return Math.hypot(x.l - y.l, x.a - y.a, x.b - y.b);
};

describe('line patterns', () => {
  it('give twelve scenarios twelve distinct (colour, pattern) pairs, and twelve distinct patterns', () => {
    const pairs = Array.from({ length: 12 }, (_, i) => `${scenarioColor(i)}|${scenarioDash(i)}`);
    expect(new Set(pairs).size).toBe(12);
    expect(new Set(Array.from({ length: 12 }, (_, i) => scenarioDash(i))).size).toBe(12);
  });

  it('make neighbouring scenarios differ in pattern or strongly in colour', () => {
    for (let i = 0; i + 1 < 12; i++) {
      const differentDash = scenarioDash(i) !== scenarioDash(i + 1);
      expect(differentDash || colourDistance(scenarioColor(i), scenarioColor(i + 1)) > 40, `scenarios ${i} and ${i + 1}`).toBe(true);
    }
  });

  it('hold no pattern that is another shifted, nor the comparison line’s', () => {
    const seen = new Set<string>();
    for (const dash of LINE_DASHES.filter(Boolean)) {
      for (const r of rotations(dash)) expect(seen.has(r), dash).toBe(false);
      for (const r of rotations(dash)) seen.add(r);
    }
    expect(seen.has(COMPARISON_DASH)).toBe(false);
    for (const dash of LINE_DASHES) {
      const period = dash.split(' ').filter(Boolean).map(Number).reduce((a, b) => a + b, 0);
      expect(period).toBeLessThanOrEqual(40);
    }
  });

  it('give every size class its own pattern, never the total’s solid line', () => {
    const dashes = Array.from({ length: 8 }, (_, k) => classDash(k));
    expect(new Set(dashes).size).toBe(8);
    expect(dashes).not.toContain('');
  });
});
