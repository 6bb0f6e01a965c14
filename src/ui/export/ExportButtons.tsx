import { useRef, useState, type ReactNode } from 'react';
import { useApp, useTranslator } from '../context';
import { downloadBlob, fileNameFor } from '../files';

/**
 * Wraps a chart panel with its two export buttons (PNG at 2x, SVG). The export code loads on first use.
 */
export function ExportableChart({ name, children }: { name: string; children: ReactNode }) {
  const tr = useTranslator();
  const workshopTitle = useApp((s) => s.workshop.title);
  const cell = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState(false);
  const run = async (format: 'png' | 'svg') => {
    const figure = cell.current?.querySelector<HTMLElement>('[data-chart]');
    if (!figure) return;
    setBusy(true);
    try {
      const { buildChartSvg, svgToPng } = await import('./chart-export');
      const built = await buildChartSvg(figure, { sourceLine: tr.t('export.source', { workshop: tr.text(workshopTitle), app: tr.t('app.title') }) });
      const file = fileNameFor(name, format);
      if (format === 'svg') downloadBlob(file, new Blob([built.svg], { type: 'image/svg+xml;charset=utf-8' }));
      else downloadBlob(file, await svgToPng(built.svg, built.width, built.height, 2));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="chart-cell" ref={cell}>
      {children}
      <div className="chart-exports">
        <button type="button" data-action="export-png" disabled={busy} onClick={() => void run('png')} aria-label={`${tr.t('export.png')}: ${name}`}>
          {tr.t('export.pngShort')}
        </button>
        <button type="button" data-action="export-svg" disabled={busy} onClick={() => void run('svg')} aria-label={`${tr.t('export.svg')}: ${name}`}>
          {tr.t('export.svgShort')}
        </button>
      </div>
    </div>
  );
}
