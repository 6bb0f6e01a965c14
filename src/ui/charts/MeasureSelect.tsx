import type { HeadlineMeasure } from '../../engine';
import { useTranslator } from '../context';
import { MEASURES, MEASURE_LABEL } from './chart-data';

/** Picks the headline measure a chart shows (jobs, output, exports, losses); `setting` names it for tests. */
export function MeasureSelect({ value, onChange, setting }: { value: HeadlineMeasure; onChange(m: HeadlineMeasure): void; setting: string }) {
  const tr = useTranslator();
  return (
    <label className="measure-select">
      {tr.t('charts.effect.measure')}{' '}
      <select value={value} data-setting={setting} onChange={(e) => onChange(e.currentTarget.value as HeadlineMeasure)}>
        {MEASURES.map((m) => (
          <option key={m} value={m}>
            {tr.t(MEASURE_LABEL[m])}
          </option>
        ))}
      </select>
    </label>
  );
}
