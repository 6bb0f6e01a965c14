import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvNumber, MEASURES, REPORTED_SERIES, seriesOf } from '../../engine';
import { loadCatalog, translatorFor } from '../../i18n';
import { loadText, type Workshop } from '../../scenario';
import { resultOf } from '../../state';
import { csvCells as cells } from '../../../test/e2e/helpers/csv';
import { commentLine, CSV_COLUMNS, workshopCsv } from './csv';

await loadCatalog('en');
await loadCatalog('fa');

const text = readFileSync(join(import.meta.dirname, '../../../scenarios/iran-workshop.json'), 'utf8');
const loaded = loadText(text);
if (!loaded.ok || loaded.file.kind !== 'workshop') throw new Error('the shipped workshop does not load');
const workshop: Workshop = loaded.file.workshop;

function parse(csv: string) {
  const lines = csv.trimEnd().split('\n');
  const comments = lines.filter((l) => l.startsWith('#'));
  const start = lines.findIndex((l) => !l.startsWith('#'));
  // The comment lines come first, then the header, then the rows.
  expect(lines.slice(0, start)).toEqual(comments);
  return { comments, header: lines[start], rows: lines.slice(start + 1).map(cells) };
}

describe('numbers in the CSV', () => {
  it('at most 10 significant digits, no float noise, -0 as 0, nothing for a value that is not finite', () => {
    expect(csvNumber(24.990000000000002)).toBe('24.99');
    expect(csvNumber(0.1 + 0.2)).toBe('0.3');
    expect(csvNumber(1234567.891234567)).toBe('1234567.891');
    expect(csvNumber(-0)).toBe('0');
    expect(csvNumber(-1.5e-7)).toBe('-1.5e-7');
    expect(csvNumber(3e21)).toBe('3e+21');
    expect(csvNumber(Number.NaN)).toBe('');
    for (const v of [Math.PI * 1e9, -Math.E / 1e5, 123456789012345]) expect(Number(csvNumber(v))).toBeCloseTo(v, -Math.floor(Math.log10(Math.abs(v))) + 8);
  });
});

describe('the CSV for analysts', () => {
  for (const locale of ['en', 'fa'] as const) {
    it(`holds every scenario of the workshop, with years, titles, units and rounded values (${locale})`, () => {
      const tr = translatorFor(locale);
      const { comments, header, rows } = parse(workshopCsv(tr, workshop));
      expect(header).toBe(CSV_COLUMNS.join(','));
      expect(header).toBe('scenario,title,series,class,unit,calendar,year,gregorian_year,t,value,counterfactual');

      // The first lines say what the file holds: the workshop, the language, the scenarios, the price base.
      const said = comments.join('\n');
      expect(said).toContain(tr.text(workshop.title));
      expect(said).toContain(`(${locale})`);
      expect(said).toContain(tr.t(`lang.${locale}`));
      for (const s of workshop.scenarios) expect(said).toContain(s.id);
      expect(said).toContain(tr.unit('trillion rials (1400 prices)'));

      // Every scenario, every reported series, class and year.
      const ids = workshop.scenarios.map((s) => s.id);
      expect([...new Set(rows.map((r) => r[0]))]).toEqual(ids);
      const perScenario = REPORTED_SERIES.reduce((n, name) => n + (MEASURES[name].scope === 'perClass' ? 5 : 1) * 11, 0);
      expect(rows).toHaveLength(ids.length * perScenario);
      for (const row of rows) {
        expect(row, row.join(',')).toHaveLength(CSV_COLUMNS.length);
        const [id, title, series, , unit, calendar, year, gregorian, t, value, counterfactual] = row;
        const scenario = workshop.scenarios.find((s) => s.id === id);
        expect(title).toBe(tr.text(scenario?.title));
        expect(REPORTED_SERIES).toContain(series);
        expect(unit).not.toBe('');
        expect(calendar).toBe('persian');
        expect(Number(year)).toBe(1400 + Number(t));
        expect(Number(gregorian)).toBe(2021 + Number(t));
        for (const v of [value, counterfactual]) {
          expect(v).toMatch(/^-?\d+(\.\d+)?(e[+-]\d+)?$/);
          expect(v.replace(/^-|\.|e.*$/g, '').replace(/^0+/, '').length, v).toBeLessThanOrEqual(10);
        }
      }
      // The units are the file's, per series.
      const unitOf = (series: string) => rows.find((r) => r[2] === series)?.[4];
      expect(unitOf('employment')).toBe(tr.unit('thousand persons'));
      expect(unitOf('output')).toBe(tr.unit('trillion rials (1400 prices)'));
      expect(unitOf('firms')).toBe(tr.t('csv.unit.firms'));
    });
  }

  it('carries the numbers of the engine, rounded', () => {
    const tr = translatorFor('en');
    const { rows } = parse(workshopCsv(tr, workshop));
    const scenario = workshop.scenarios[1];
    const result = resultOf(scenario);
    if (!('run' in result)) throw new Error('the scenario does not run');
    const k = result.model.classCount;
    for (const [series, cls, index] of [['employment', 'total', k], ['output', 'micro', 0], ['fundCapital', 'total', k]] as const) {
      const row = rows.find((r) => r[0] === scenario.id && r[2] === series && r[3] === cls && r[8] === '10');
      expect(row?.[9], series).toBe(csvNumber(seriesOf(result.run.scenario, series, index)[10]));
      expect(row?.[10], series).toBe(csvNumber(seriesOf(result.run.counterfactual, series, index)[10]));
      const exact = seriesOf(result.run.scenario, series, index)[10];
      expect(Math.abs(Number(row?.[9]) - exact), series).toBeLessThanOrEqual(5e-10 * Math.abs(exact));
    }
  });

  it('says which scenarios could not be projected', () => {
    const tr = translatorFor('en');
    const csv = workshopCsv(tr, workshop, (s) => (s.id === workshop.scenarios[0].id ? { scenario: s, issues: [] } : resultOf(s)));
    const { comments, rows } = parse(csv);
    expect(comments.some((c) => c.includes('Not projected') && c.includes(workshop.scenarios[0].id))).toBe(true);
    expect(rows.some((r) => r[0] === workshop.scenarios[0].id)).toBe(false);
  });

  it('a title from a file cannot run as a formula or break the lines', () => {
    const tr = translatorFor('en');
    const hostile: Workshop = {
      ...workshop,
      title: { en: 'Costs,=HYPERLINK("http://x")\r\n,+1' },
      scenarios: [{ ...workshop.scenarios[0], title: { en: '=1+1' } }],
    };
    const { comments, rows } = parse(workshopCsv(tr, hostile));
    for (const c of comments) {
      expect(c.startsWith('# ')).toBe(true);
      expect(c).not.toContain('"');
      expect(c.split(',').slice(1).every((piece) => !/^[=+\-@]/.test(piece))).toBe(true);
    }
    expect(rows[0][1]).toBe("'=1+1");
    expect(commentLine('a\nb,-c')).toBe("# a b,'-c");
  });
});
