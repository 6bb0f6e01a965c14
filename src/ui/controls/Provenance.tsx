import type { Scenario } from '../../scenario';
import { useTranslator } from '../context';

/** Shows whether a value is data (with its source) or an assumption, with the file's note. */
export function Provenance({ scenario, paths }: { scenario: Pick<Scenario, 'provenance' | 'sources'>; paths: readonly string[] }) {
  const tr = useTranslator();
  const entry = paths.map((p) => scenario.provenance?.[p]).find((e) => e !== undefined);
  if (!entry) return null;
  const source = entry.kind === 'data' && entry.source !== undefined ? scenario.sources?.[entry.source] : undefined;
  const note = tr.text(entry.note);
  const title = [source ? tr.t('controls.source', { source: source.label }) : '', note].filter(Boolean).join(' — ');
  return (
    <span className={`provenance provenance-${entry.kind}`} title={title || undefined}>
      {entry.kind === 'data' ? tr.t('controls.data') : tr.t('controls.assumption')}
      {source ? <span className="provenance-source"> · {source.label}</span> : null}
    </span>
  );
}
