import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { BindingGrid, type BindingGridProps } from './BindingGrid';
import { GAIN_COLOR, LOSS_COLOR } from '../core';
import { testFormat } from './test-format';

const cells = (shares: number[]) => shares.map((financeShare) => ({ financeShare }));
const props: BindingGridProps = {
  scenarioId: 'reallocation',
  title: 'What holds each class back',
  caption: 'Simulated years 1392 to 1394',
  width: 340,
  height: 200,
  format: testFormat(),
  rows: [
    { key: 'micro', label: 'Micro', cells: cells([0.5, 0.3, 0]) },
    { key: 'large', label: 'Large', cells: cells([0.5, 0.7, 1]) },
  ],
  legendFinance: 'held back by finance',
  legendDemand: 'held back by demand',
};

const render = (p: Partial<BindingGridProps> = {}): string => renderToStaticMarkup(<BindingGrid {...props} {...p} />);

describe('BindingGrid', () => {
  it('marks its root as the binding chart of one scenario', () => {
    const html = render();
    expect(html).toMatch(/^<figure[^>]*data-chart="binding"/);
    expect(html).toContain('data-scenario="reallocation"');
  });

  it('draws one cell per class and year', () => {
    expect(render().match(/class="chart-cell"/g)).toHaveLength(6);
  });

  it('marks cells finance-bound above one half and demand-bound otherwise', () => {
    const bound = [...render().matchAll(/data-bound="(\w+)"/g)].map((m) => m[1]);
    expect(bound).toEqual(['demand', 'demand', 'demand', 'demand', 'finance', 'finance']);
  });

  it('colours fully finance-bound cells blue and fully demand-bound cells orange', () => {
    const html = render();
    expect(html).toContain(`fill="${GAIN_COLOR}" data-bound="finance"`);
    expect(html).toContain(`fill="${LOSS_COLOR}" data-bound="demand"`);
  });

  it('explains the colours with the two legend texts', () => {
    const html = render();
    expect(html).toContain('<span>held back by finance</span>');
    expect(html).toContain('<span>held back by demand</span>');
  });

  it('names the classes and the years', () => {
    const html = render();
    expect(html).toContain('>Micro</text>');
    expect(html).toContain('>Y1392</text>');
  });
});
