// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { act } from 'react';
import { FanPanel } from './FanPanel';
import { TornadoPanel } from './TornadoPanel';
import { WaterfallPanel } from './WaterfallPanel';
import { BankPanel } from './BankPanel';
import { chartHarness } from './test-harness';
import { testFormat } from './test-format';
import { BANK_MIN_CHART_HEIGHT } from '../core';

const { mount, find, findAll, tooltip, live, press, focus } = chartHarness();
const drawnAt = (svg: SVGSVGElement, width: number, height: number): void => {
  svg.getBoundingClientRect = () => ({ left: 0, top: 0, width, height, right: width, bottom: height, x: 0, y: 0, toJSON: () => ({}) });
};
const pointAt = (svg: SVGSVGElement, clientX: number, clientY: number): void => {
  act(() => {
    svg.dispatchEvent(new MouseEvent('pointermove', { clientX, clientY, bubbles: true }));
  });
};

const format = testFormat();

describe('FanPanel read-out', () => {
  const fan = {
    title: 'Jobs',
    caption: 'c',
    width: 400,
    height: 240,
    format,
    unit: 'thousand jobs',
    yDomain: [0, 100] as const,
    percentiles: { p5: [10, 20, NaN], p25: [12, 30, NaN], p50: [15, 35, NaN], p75: [18, 40, NaN], p95: [20, 50, NaN] },
    central: [15, 36, 60],
    comparison: [15, 16, 17],
    color: '#0072B2',
    labels: { band90: '90%', band50: '50%', median: 'median', central: 'central', comparison: 'without' },
  };

  it('starts at the last computed year and lists the five percentiles, the central run and the comparison', () => {
    const svg = mount(<FanPanel {...fan} />);
    focus(svg);
    expect(tooltip()).toContain('Y1393');
    expect(find('.chart-tooltip-note')?.textContent).toBe('thousand jobs');
    for (const row of ['p(95)x(50)', 'p(75)x(40)', 'medianx(35)', 'p(25)x(30)', 'p(5)x(20)', 'centralx(36)', 'withoutx(16)']) expect(tooltip()).toContain(row);
    expect(live()).toContain('Y1393, thousand jobs');
  });

  it('moves a year with the arrow keys and shows a dash where the fan is not computed yet', () => {
    const svg = mount(<FanPanel {...fan} />);
    focus(svg);
    press(svg, 'ArrowRight');
    expect(tooltip()).toContain('Y1394');
    expect(tooltip()).toContain('median–');
    expect(tooltip()).toContain('centralx(60)');
    press(svg, 'Home');
    expect(tooltip()).toContain('Y1392');
    press(svg, 'Escape');
    expect(find('[role="tooltip"]')).toBeNull();
  });

  it('follows the pointer to the nearest year', () => {
    const svg = mount(<FanPanel {...fan} />);
    drawnAt(svg, 200, 120);
    pointAt(svg, 5, 60);
    expect(tooltip()).toContain('Y1392');
    expect(live()).toBe('');
  });
});

describe('TornadoPanel read-out', () => {
  const tornado = {
    title: 'Jobs depend on',
    caption: 'c',
    width: 440,
    height: 240,
    format,
    unit: 'thousand jobs',
    centralValue: 250,
    bars: [
      { key: 'fb', label: 'Finance-bound share', lowLabel: '0.2', highLabel: '0.7', atLow: 116, atHigh: 358 },
      { key: 'el', label: 'Credit elasticity', lowLabel: '0.4', highLabel: '0.9', atLow: 241, atHigh: 256 },
    ],
    legendLow: 'low',
    legendHigh: 'high',
    swingLabel: 'swing',
  };

  it('starts at the largest swing and gives the settings, the effect at each and the swing', () => {
    const svg = mount(<TornadoPanel {...tornado} />);
    focus(svg);
    expect(tooltip()).toBe('Finance-bound sharelow · 0.2x(116) thousand jobshigh · 0.7x(358) thousand jobsswingx(242) thousand jobs');
    press(svg, 'ArrowDown');
    expect(tooltip()).toContain('Credit elasticity');
    expect(tooltip()).toContain('swingx(15) thousand jobs');
    expect(live()).toContain('Credit elasticity');
    press(svg, 'ArrowDown');
    expect(tooltip()).toContain('Credit elasticity');
  });

  it('picks the row under the pointer', () => {
    const svg = mount(<TornadoPanel {...tornado} />);
    drawnAt(svg, 440, 240);
    pointAt(svg, 300, 120);
    expect(tooltip()).toContain('Credit elasticity');
    pointAt(svg, 300, 2);
    expect(find('[role="tooltip"]')).toBeNull();
  });
});

describe('WaterfallPanel read-out', () => {
  const waterfall = {
    title: 'Jobs by lever',
    caption: 'c',
    width: 320,
    height: 200,
    format,
    unit: 'thousand jobs',
    steps: [
      { key: 'credit', label: 'Credit moved', value: 200 },
      { key: 'exports', label: 'Export push', value: 100 },
      { key: 'guarantee', label: 'Guarantee fund', value: -50 },
    ],
    totalLabel: 'All levers',
    total: 250,
    runningLabel: 'running total',
  };

  it('starts at the total and steps up through the levers with their running sums', () => {
    const svg = mount(<WaterfallPanel {...waterfall} />);
    focus(svg);
    expect(tooltip()).toBe('All leversx(250) thousand jobs');
    press(svg, 'ArrowUp');
    expect(tooltip()).toBe('Guarantee fundx(-50) thousand jobsrunning totalx(250) thousand jobs');
    press(svg, 'ArrowUp');
    expect(tooltip()).toBe('Export pushx(100) thousand jobsrunning totalx(300) thousand jobs');
    expect(live()).toBe('Export pushx(100) thousand jobsrunning total x(300) thousand jobs');
    press(svg, 'Home');
    expect(tooltip()).toContain('running totalx(200)');
  });
});

describe('BankPanel read-out', () => {
  const bank = {
    title: 'The bank',
    caption: 'c',
    format,
    years: 1,
    height: 180,
    classes: [
      { key: 'micro', label: 'Micro', color: '#a6dba0' },
      { key: 'large', label: 'Large', color: '#0c2c84' },
    ],
    totalLabel: 'All firms',
    series: [
      { key: 'el', label: 'Expected loss', unit: 'trillion rials', kind: 'amount' as const, values: [[1, 2], [8, 9]], total: [9, 11] },
      { key: 'lr', label: 'Loss rate', unit: '% of credit', kind: 'rate' as const, values: [[0.04, 0.05], [0.01, 0.02]], total: [0.02, 0.03] },
    ],
  };
  const cells = (): string[] => findAll('[role="tooltip"] tbody tr').map((tr) => tr.textContent ?? '');

  it('shows every measure for every class and the total in the year on a wide panel', () => {
    const svg = mount(<BankPanel {...bank} width={1000} />);
    focus(svg);
    expect(tooltip()).toContain('Y1393');
    expect(cells()).toEqual(['Microx(2)p(5)', 'Largex(9)p(2)', 'All firmsx(11)p(3)']);
    press(svg, 'ArrowLeft');
    expect(cells()).toEqual(['Microx(1)p(4)', 'Largex(8)p(1)', 'All firmsx(9)p(2)']);
    // The screen reader hears the chart the keyboard sits by; down moves to the next chart.
    expect(live()).toContain('Y1392 · Expected loss, trillion rials');
    press(svg, 'ArrowDown');
    expect(live()).toContain('Y1392 · Loss rate, % of credit');
    expect(live()).toContain('All firms p(2)');
    expect(find('.chart-tooltip-active')?.textContent).toContain('Loss rate');
  });

  it('shows only the chart under the pointer on a narrow panel, where the whole table would not fit', () => {
    // Values as exact as a read-out shows them: four columns of them do not fit 320 px.
    const exact = { values: [[1.23456, 2.34567], [8.76543, 9.87654]], total: [9.99999, 12.2222] };
    const series = [{ ...bank.series[0], ...exact }, bank.series[1], { ...bank.series[0], ...exact, key: 'gp', label: 'Guarantee-fund payout' }, { ...bank.series[0], ...exact, key: 'cap', label: 'Capital requirement' }];
    const svg = mount(<BankPanel {...bank} width={320} series={series} />);
    const height = Number(svg.getAttribute('height'));
    drawnAt(svg, 320, height);
    // The second chart (stacked under the first, 14 px apart), its first year.
    pointAt(svg, 60, BANK_MIN_CHART_HEIGHT + 14 + 80);
    expect(tooltip()).toContain('Y1392');
    expect(findAll('[role="tooltip"] thead th')).toHaveLength(1);
    expect(cells()).toEqual(['Microp(4)', 'Largep(1)', 'All firmsp(2)']);
    // Leaving the panel (React emulates pointerleave from pointerout) hides the read-out.
    act(() => {
      svg.dispatchEvent(new MouseEvent('pointerout', { bubbles: true, relatedTarget: document.body }));
    });
    expect(find('[role="tooltip"]')).toBeNull();
  });
});
