import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { StackedShares, type StackedSharesProps } from './StackedShares';
import { testFormat } from './test-format';

const props: StackedSharesProps = {
  scenarioId: 'reallocation',
  title: 'Where the credit goes',
  caption: 'Simulated years 1392 to 1402',
  width: 340,
  height: 220,
  format: testFormat(),
  unit: 'share of bank credit',
  layers: [
    { key: 'micro', label: 'Micro', color: '#a0d9b4', values: [0.04, 0.06, 0.08] },
    { key: 'small', label: 'Small', color: '#41b6c4', values: [0.07, 0.1, 0.12] },
    { key: 'large', label: 'Large', color: '#0c2c84', values: [0.89, 0.84, 0.8] },
  ],
};

const render = (p: Partial<StackedSharesProps> = {}): string => renderToStaticMarkup(<StackedShares {...props} {...p} />);

describe('StackedShares', () => {
  it('marks its root as the credit-shares chart of one scenario', () => {
    const html = render();
    expect(html).toMatch(/^<figure[^>]*data-chart="credit-shares"/);
    expect(html).toContain('data-scenario="reallocation"');
  });

  it('draws one area per class in the classes colours', () => {
    const html = render();
    expect(html.match(/class="chart-area"/g)).toHaveLength(3);
    expect(html).toContain('fill="#0c2c84"');
  });

  it('labels the y axis in percent from 0 to 100', () => {
    const html = render();
    expect(html).toContain('>p(0)</text>');
    expect(html).toContain('>p(100)</text>');
    expect(html).toContain('>share of bank credit</text>');
  });

  it('has a legend naming every class', () => {
    const html = render();
    for (const label of ['Micro', 'Small', 'Large']) expect(html).toContain(`<span>${label}</span>`);
  });

  it('shows the title and the caption', () => {
    const html = render();
    expect(html).toContain('>Where the credit goes</div>');
    expect(html).toContain('Simulated years 1392 to 1402</figcaption>');
  });
});
