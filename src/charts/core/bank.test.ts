import { describe, expect, it } from 'vitest';
import {
  BANK_MIN_CHART_HEIGHT,
  BANK_TWO_COLUMN_WIDTH,
  bankDomains,
  bankSeriesDomain,
  bankTable,
  bankValueText,
  layoutBankPanel,
  pickBankPoint,
  tableReadoutWidth,
  type BankPanelInput,
} from './bank';
import type { ChartFormat } from '../types';

const format: ChartFormat = { number: (v) => `n${v}`, exact: (v) => `x${v}`, signed: (v) => `s${v}`, percent: (v) => `p${Math.round(v * 1000) / 10}`, year: (t) => `y${1392 + t}`, direction: 'ltr' };

const cells = [
  { title: 'Expected loss (trillion rials)', yDomain: [0, 20] as const, formatTick: (v: number) => String(v) },
  { title: 'Loss rate (% of credit)', yDomain: [0, 0.06] as const, formatTick: (v: number) => `${v * 100}%` },
  { title: 'Guarantee-fund payout (trillion rials)', yDomain: [0, 3] as const, formatTick: (v: number) => String(v) },
  { title: 'Capital requirement (trillion rials)', yDomain: [0, 60000] as const, formatTick: (v: number) => v.toLocaleString('en-US') },
];
const input: BankPanelInput = { width: 1000, height: 400, direction: 'ltr', horizon: 10, cells, formatYear: (t) => String(1392 + t) };

describe('layoutBankPanel', () => {
  it('sits the small charts two abreast on a wide panel and stacks them on a narrow one', () => {
    const wide = layoutBankPanel(input);
    expect(wide.columns).toBe(2);
    expect(wide.cells.map((c) => [c.left > 0, c.top > 0])).toEqual([
      [false, false],
      [true, false],
      [false, true],
      [true, true],
    ]);
    expect(wide.height).toBe(400);
    expect(wide.cellHeight).toBe((400 - 14) / 2);
    const narrow = layoutBankPanel({ ...input, width: 320 });
    expect(narrow.columns).toBe(1);
    expect(narrow.cells.every((c) => c.left === 0)).toBe(true);
    // Stacked, the charts keep a readable height and the panel grows.
    expect(narrow.cellHeight).toBe(BANK_MIN_CHART_HEIGHT);
    expect(narrow.height).toBeGreaterThanOrEqual(4 * BANK_MIN_CHART_HEIGHT);
    expect(layoutBankPanel({ ...input, width: 320, height: 1200 }).height).toBe(1200);
    expect(narrow.cellWidth).toBe(320);
    expect(layoutBankPanel({ ...input, width: BANK_TWO_COLUMN_WIDTH - 1 }).columns).toBe(1);
  });

  it('keeps every chart inside the panel', () => {
    for (const width of [320, 1000]) {
      const l = layoutBankPanel({ ...input, width });
      for (const c of l.cells) {
        expect(c.left + l.cellWidth).toBeLessThanOrEqual(width + 1e-9);
        expect(c.top + l.cellHeight).toBeLessThanOrEqual(l.height + 1e-9);
      }
    }
  });

  it('shares one year axis layout: the widest tick labels of any chart set the margin', () => {
    const l = layoutBankPanel(input);
    const alone = layoutBankPanel({ ...input, cells: [cells[0]] });
    expect(l.plot.left).toBeGreaterThan(alone.plot.left);
    expect(l.x(0)).toBe(l.plot.left);
    expect(l.x(10)).toBe(l.plot.right);
  });

  it('places the charts in reading order and the y axis at the inline start in Persian, years left to right', () => {
    const l = layoutBankPanel({ ...input, direction: 'rtl' });
    expect(l.cells[0].left).toBeGreaterThan(l.cells[1].left);
    expect(l.yTickX).toBe(l.cellWidth);
    expect(l.cells[0].title.x).toBe(l.cellWidth);
    expect(l.x(10)).toBeGreaterThan(l.x(0));
  });

  it('gives each chart its own y scale, as its unit differs', () => {
    const l = layoutBankPanel(input);
    expect(l.cells[0].y(20)).toBe(l.plot.top);
    expect(l.cells[1].y(0.06)).toBe(l.plot.top);
    expect(l.cells[1].yTicks.length).toBeGreaterThanOrEqual(2);
  });
});

describe('bank domains', () => {
  const el = { key: 'el', kind: 'amount' as const, values: [[1, 2], [3, 5]], total: [4, 7] };
  it('start at zero and hold the total', () => {
    const [lo, hi] = bankSeriesDomain(el);
    expect(lo).toBe(0);
    expect(hi).toBeGreaterThanOrEqual(7);
  });

  it('put a measure that is zero throughout on the floor, not in the middle', () => {
    expect(bankSeriesDomain({ key: 'gp', kind: 'amount', values: [[0, 0]], total: [0, 0] })).toEqual([0, 1]);
  });

  it('are shared by measure across the bank views side by side', () => {
    const domains = bankDomains([[el], [{ ...el, total: [4, 19] }]]);
    expect(domains.el[1]).toBeGreaterThanOrEqual(19);
  });
});

describe('pickBankPoint', () => {
  it('finds the chart and the nearest year under the pointer, nothing between charts', () => {
    const l = layoutBankPanel(input);
    const second = l.cells[1];
    expect(pickBankPoint(second.left + l.x(3) + 2, second.top + 80, l, 10)).toEqual({ cell: 1, t: 3 });
    expect(pickBankPoint(l.cellWidth + 10, 80, l, 10)).toBeNull();
  });
});

describe('the bank read-out', () => {
  it('grows with its columns', () => {
    const one = tableReadoutWidth(['Micro', 'All firms'], [['1.23456', '9.87654']]);
    const four = tableReadoutWidth(['Micro', 'All firms'], Array.from({ length: 4 }, () => ['1.23456', '9.87654']));
    expect(four).toBeGreaterThan(one * 2);
  });

  it('shows rates as percentages and amounts exactly, a dash for a missing value', () => {
    expect(bankValueText('rate', 0.025, format)).toBe('p2.5');
    expect(bankValueText('amount', 12.5, format)).toBe('x12.5');
    expect(bankValueText('amount', NaN, format)).toBe('–');
    expect(bankValueText('amount', undefined, format)).toBe('–');
  });
});

describe('bankTable', () => {
  it('lists each measure by class and total, a column per year, the unit in the row name', () => {
    const table = bankTable(
      'The bank',
      [{ key: 'micro', label: 'Micro' }],
      'All firms',
      [
        { key: 'el', label: 'Expected loss', unit: 'trillion rials', kind: 'amount', values: [[1, 2]], total: [1, 2] },
        { key: 'lr', label: 'Loss rate', unit: '% of credit', kind: 'rate', values: [[0.02, 0.03]], total: [0.02, 0.03] },
      ],
      1,
      format,
    );
    expect(table.columns).toEqual(['y1392', 'y1393']);
    expect(table.rows.map((r) => [r.header, ...r.cells])).toEqual([
      ['Expected loss (trillion rials) · Micro', 'x1', 'x2'],
      ['Expected loss (trillion rials) · All firms', 'x1', 'x2'],
      ['Loss rate (% of credit) · Micro', 'p2', 'p3'],
      ['Loss rate (% of credit) · All firms', 'p2', 'p3'],
    ]);
  });
});
