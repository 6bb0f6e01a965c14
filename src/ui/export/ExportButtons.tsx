import { useRef, useState, type ReactNode } from 'react';
import { useApp, useTranslator } from '../context';
import { downloadBlob, fileNameFor } from '../files';

/**
 * Wraps a chart panel with its export buttons: PNG and SVG, at the panel's size (the PNG at 2x) or, with
 * the "Slide (16:9)" switch pressed, shaped as a 1920 x 1080 slide. The export code loads on first use.
 */
export function ExportableChart({ name, children }: { name: string; children: ReactNode }) {
  const tr = useTranslator();
  const workshopTitle = useApp((s) => s.workshop.title);
  const cell = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState(false);
  const [slide, setSlide] = useState(false);
  const run = async (format: 'png' | 'svg') => {
    const figure = cell.current?.querySelector<HTMLElement>('[data-chart]');
    if (!figure) return;
    setBusy(true);
    try {
      const { buildChartSvg, svgToPng } = await import('./chart-export');
      const built = await buildChartSvg(figure, { sourceLine: tr.t('export.source', { workshop: tr.text(workshopTitle), app: tr.t('app.title') }) }, slide ? 'slide' : 'panel');
      const file = fileNameFor(slide ? `${name} ${tr.t('export.slideFile')}` : name, format);
      if (format === 'svg') downloadBlob(file, new Blob([built.svg], { type: 'image/svg+xml;charset=utf-8' }));
      // A slide is drawn at its own 1920 x 1080; a panel at twice its size, sharp on a slide or a screen.
      else downloadBlob(file, await svgToPng(built.svg, built.width, built.height, slide ? 1 : 2));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="chart-cell" ref={cell}>
      {children}
      <div className="chart-exports">
        <button type="button" data-action="export-slide-shape" aria-pressed={slide} onClick={() => setSlide((on) => !on)} title={tr.t('export.slide')} aria-label={`${tr.t('export.slide')}: ${name}`}>
          {tr.t('export.slideShort')}
        </button>
        <button type="button" data-action="export-png" disabled={busy} onClick={() => void run('png')} aria-label={`${tr.t(slide ? 'export.pngSlide' : 'export.png')}: ${name}`}>
          {tr.t('export.pngShort')}
        </button>
        <button type="button" data-action="export-svg" disabled={busy} onClick={() => void run('svg')} aria-label={`${tr.t(slide ? 'export.svgSlide' : 'export.svg')}: ${name}`}>
          {tr.t('export.svgShort')}
        </button>
      </div>
    </div>
  );
}
