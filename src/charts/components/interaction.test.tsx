// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { act } from 'react';
import { LinePanel } from './LinePanel';
import { EffectBars } from './EffectBars';
import { StackedShares } from './StackedShares';
import { BindingGrid } from './BindingGrid';
import { chartHarness } from './test-harness';
import { testFormat } from './test-format';

const { mount, find, tooltip, live, press, focus } = chartHarness();

const format = testFormat();
const lineProps = {
  title: 'Industrial output',
  caption: 'Simulated years',
  width: 400,
  height: 240,
  format,
  unit: 'trillion rials',
  yDomain: [0, 40] as const,
  lines: [
    { key: 's', label: 'Reform', color: '#0072B2', values: [10, 20, 30] },
    { key: 'r', label: 'Reference', color: '#555', values: [10, 15, 20], dashed: true },
  ],
};

describe('LinePanel read-out', () => {
  it('shows every line exact value and unit for the horizon year on focus', () => {
    const svg = mount(<LinePanel {...lineProps} />);
    expect(tooltip()).toBe('');
    focus(svg);
    expect(tooltip()).toContain('Y1394');
    expect(tooltip()).toContain('Reformx(30) trillion rials');
    expect(tooltip()).toContain('Referencex(20) trillion rials');
    expect(svg.getAttribute('aria-describedby')).toBe(find('[role="tooltip"]')?.id);
  });

  it('moves a year with the arrow keys, jumps with Home and End, hides on Escape', () => {
    const svg = mount(<LinePanel {...lineProps} />);
    focus(svg);
    press(svg, 'ArrowLeft');
    expect(tooltip()).toContain('Y1393');
    expect(tooltip()).toContain('x(20) trillion rials');
    expect(live()).toContain('Y1393');
    press(svg, 'Home');
    expect(tooltip()).toContain('Y1392');
    press(svg, 'End');
    expect(tooltip()).toContain('Y1394');
    press(svg, 'Escape');
    expect(find('[role="tooltip"]')).toBeNull();
    press(svg, 'ArrowLeft');
    expect(tooltip()).toContain('Y1394');
  });

  it('follows the pointer to the nearest year, whatever size the SVG is drawn at', () => {
    const svg = mount(<LinePanel {...lineProps} />);
    // Drawn at half its layout size: the pointer's px must be scaled back to the viewBox.
    svg.getBoundingClientRect = () => ({ left: 0, top: 0, width: 200, height: 120, right: 200, bottom: 120, x: 0, y: 0, toJSON: () => ({}) });
    act(() => {
      svg.dispatchEvent(new MouseEvent('pointermove', { clientX: 5, clientY: 60, bubbles: true }));
    });
    expect(tooltip()).toContain('Y1392');
    act(() => {
      svg.dispatchEvent(new MouseEvent('pointermove', { clientX: 195, clientY: 60, bubbles: true }));
    });
    expect(tooltip()).toContain('Y1394');
    // A pointer read-out is not announced; only keyboard moves are.
    expect(live()).toBe('');
  });

  it('states the unit once under the year when a breakdown lists more than three lines', () => {
    const lines = ['Micro', 'Small', 'Medium', 'Large'].map((label, i) => ({ key: label, label, color: '#000', values: [i, i + 1, i + 2] }));
    const svg = mount(<LinePanel {...lineProps} lines={lines} />);
    focus(svg);
    expect(find('.chart-tooltip-note')?.textContent).toBe('trillion rials');
    expect(tooltip().match(/trillion rials/g)).toHaveLength(1);
    expect(tooltip()).toContain('Largex(5)');
  });

  it('keeps the tooltip inside the panel', () => {
    const svg = mount(<LinePanel {...lineProps} />);
    focus(svg);
    const el = find<HTMLElement>('[role="tooltip"]');
    const pct = (v: string | undefined): number => Number((v ?? '0').replace('%', ''));
    const offset = pct(el?.style.left || el?.style.right);
    expect(offset + pct(el?.style.maxWidth)).toBeLessThanOrEqual(100);
  });
});

describe('EffectBars read-out', () => {
  const bars = [
    { key: 'micro', label: 'Micro', value: 215.123 },
    { key: 'large', label: 'Large', value: -9.79 },
    { key: 'total', label: 'All firms', value: 205.333, emphasis: true },
  ];
  it('starts at the total and steps through the bars with up and down', () => {
    const svg = mount(<EffectBars title="Jobs" caption="c" width={320} height={220} format={format} unit="thousand jobs" xDomain={[-300, 300]} bars={bars} />);
    focus(svg);
    expect(tooltip()).toBe('All firmsx(205.333) thousand jobs');
    press(svg, 'ArrowUp');
    expect(tooltip()).toBe('Largex(-9.79) thousand jobs');
    expect(live()).toBe('Largex(-9.79) thousand jobs');
    press(svg, 'Home');
    expect(tooltip()).toContain('Micro');
  });
});

describe('StackedShares read-out', () => {
  it('lists every class share for the year, top of the stack first', () => {
    const layers = [
      { key: 'micro', label: 'Micro', color: '#ccc', values: [0.1, 0.2] },
      { key: 'large', label: 'Large', color: '#000', values: [0.9, 0.8] },
    ];
    const svg = mount(<StackedShares title="Credit" caption="c" width={340} height={220} format={format} layers={layers} />);
    focus(svg);
    expect(tooltip()).toBe('Y1393Largep(80)Microp(20)');
  });
});

describe('BindingGrid read-out', () => {
  it('gives the class, the year and both shares, the binding one first in bold', () => {
    const rows = [
      { key: 'micro', label: 'Micro', cells: [{ financeShare: 0.5 }, { financeShare: 0.25 }] },
      { key: 'large', label: 'Large', cells: [{ financeShare: 0.5 }, { financeShare: 0.75 }] },
    ];
    const svg = mount(<BindingGrid title="Binding" caption="c" width={340} height={200} format={format} rows={rows} legendFinance="held back by finance" legendDemand="held back by demand" />);
    focus(svg);
    expect(tooltip()).toContain('Micro · Y1393');
    expect(tooltip()).toContain('held back by financep(25)');
    expect(find('.chart-tooltip-strong')?.textContent).toBe('held back by demandp(75)');
    press(svg, 'ArrowDown');
    expect(tooltip()).toContain('Large · Y1393');
    expect(find('.chart-tooltip-strong')?.textContent).toBe('held back by financep(75)');
  });
});
