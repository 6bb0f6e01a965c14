/**
 * Exports a chart panel as a stand-alone SVG or a 2x PNG for slides: the panel's own drawing with its
 * title, legend, caption (units and years) and a source line, styles inlined and the Vazirmatn font
 * embedded, so the picture looks the same in a report as on screen, in either language.
 */
import arabic400 from '@fontsource/vazirmatn/files/vazirmatn-arabic-400-normal.woff2?url';
import arabic700 from '@fontsource/vazirmatn/files/vazirmatn-arabic-700-normal.woff2?url';
import latin400 from '@fontsource/vazirmatn/files/vazirmatn-latin-400-normal.woff2?url';
import latin700 from '@fontsource/vazirmatn/files/vazirmatn-latin-700-normal.woff2?url';

const SVG_NS = 'http://www.w3.org/2000/svg';
const PAD = 16;
const FONT_STACK = "Vazirmatn, system-ui, 'Segoe UI', Roboto, sans-serif";
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
  'paint-order',
  'direction',
  'unicode-bidi',
] as const;

let fontCss: Promise<string> | null = null;

async function dataUrl(url: string): Promise<string> {
  const blob = await (await fetch(url)).blob();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

/** The @font-face rules of the shipped font with the files inlined (fetched once). */
function embeddedFontCss(): Promise<string> {
  fontCss ??= Promise.all(
    [
      [arabic400, 400, 'U+0600-06FF, U+200C-200E, U+FB50-FDFF, U+FE70-FEFC'],
      [latin400, 400, 'U+0000-00FF, U+2000-206F, U+2212'],
      [arabic700, 700, 'U+0600-06FF, U+200C-200E, U+FB50-FDFF, U+FE70-FEFC'],
      [latin700, 700, 'U+0000-00FF, U+2000-206F, U+2212'],
    ].map(async ([url, weight, range]) => `@font-face{font-family:Vazirmatn;font-weight:${weight};src:url(${await dataUrl(String(url))}) format('woff2');unicode-range:${range};}`),
  )
    .then((rules) => rules.join(''))
    .catch(() => '');
  return fontCss;
}

/** Copies the computed presentation styles of every element onto the clone, so no stylesheet is needed. */
function inlineStyles(source: Element, target: Element): void {
  const computed = getComputedStyle(source);
  const style = STYLE_PROPS.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
  target.setAttribute('style', style);
  target.removeAttribute('class');
  const sourceChildren = source.children;
  const targetChildren = target.children;
  for (let i = 0; i < sourceChildren.length && i < targetChildren.length; i++) inlineStyles(sourceChildren[i], targetChildren[i]);
}

function text(x: number, y: number, content: string, size: number, weight: number, anchor: 'start' | 'end', fill = '#1b1f24', direction: 'ltr' | 'rtl' = 'ltr'): SVGTextElement {
  const t = document.createElementNS(SVG_NS, 'text');
  t.setAttribute('x', String(x));
  t.setAttribute('y', String(y));
  t.setAttribute('font-size', String(size));
  t.setAttribute('font-weight', String(weight));
  t.setAttribute('text-anchor', anchor);
  t.setAttribute('fill', fill);
  t.setAttribute('direction', direction);
  t.textContent = content;
  return t;
}

/** Splits a caption into lines of about `chars` characters. */
function wrap(content: string, chars: number): string[] {
  const words = content.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + word.length + 1 > chars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** What the export adds under the chart. */
export interface ExportMeta {
  /** e.g. "Source: SME credit-allocation simulator; scenario file ..." */
  readonly sourceLine: string;
}

/** Builds the stand-alone SVG of a chart panel (a `<figure data-chart>`). */
export async function buildChartSvg(figure: HTMLElement, meta: ExportMeta): Promise<{ svg: string; width: number; height: number }> {
  const plot = figure.querySelector<SVGSVGElement>('svg.chart-svg');
  if (!plot) throw new Error('no chart drawing in this panel');
  const direction = figure.getAttribute('dir') === 'rtl' || document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr';
  const plotWidth = Number(plot.getAttribute('width')) || plot.getBoundingClientRect().width;
  const plotHeight = Number(plot.getAttribute('height')) || plot.getBoundingClientRect().height;
  const width = Math.round(plotWidth + 2 * PAD);
  const startX = direction === 'rtl' ? width - PAD : PAD;
  // With direction rtl, an anchor of 'start' is the text's right edge: text grows leftward from x.
  const anchor = 'start';
  const charsPerLine = Math.max(30, Math.floor(plotWidth / 6.6));

  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('font-family', FONT_STACK);
  const style = document.createElementNS(SVG_NS, 'style');
  style.textContent = await embeddedFontCss();
  root.append(style);
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  root.append(background);

  let y = PAD + 16;
  const title = figure.querySelector('.chart-title')?.textContent?.trim() ?? '';
  for (const line of wrap(title, Math.floor(charsPerLine * 0.75))) {
    root.append(text(startX, y, line, 17, 700, anchor, '#1b1f24', direction));
    y += 22;
  }

  // The legend: a line or a swatch per entry, laid out in rows.
  const items = Array.from(figure.querySelectorAll('.chart-legend-item'));
  if (items.length > 0) {
    let x = 0;
    y += 4;
    for (const item of items) {
      const label = item.textContent?.trim() ?? '';
      const itemWidth = 34 + label.length * 6.6;
      if (x > 0 && x + itemWidth > plotWidth) {
        x = 0;
        y += 20;
      }
      const line = item.querySelector('line');
      const swatch = item.querySelector<HTMLElement>('.chart-legend-swatch');
      const markX = direction === 'rtl' ? width - PAD - x - 24 : PAD + x;
      if (line) {
        const mark = document.createElementNS(SVG_NS, 'line');
        mark.setAttribute('x1', String(markX));
        mark.setAttribute('x2', String(markX + 24));
        mark.setAttribute('y1', String(y - 4));
        mark.setAttribute('y2', String(y - 4));
        mark.setAttribute('stroke', line.getAttribute('stroke') ?? '#000');
        mark.setAttribute('stroke-width', '3');
        const dash = line.getAttribute('stroke-dasharray');
        if (dash) mark.setAttribute('stroke-dasharray', dash);
        root.append(mark);
      } else if (swatch) {
        const mark = document.createElementNS(SVG_NS, 'rect');
        mark.setAttribute('x', String(markX + 6));
        mark.setAttribute('y', String(y - 11));
        mark.setAttribute('width', '12');
        mark.setAttribute('height', '12');
        const bg = getComputedStyle(swatch).backgroundColor;
        mark.setAttribute('fill', bg && bg !== 'rgba(0, 0, 0, 0)' ? bg : '#888');
        root.append(mark);
      }
      const labelX = direction === 'rtl' ? markX - 6 : markX + 30;
      root.append(text(labelX, y, label, 13, 400, anchor, '#1b1f24', direction));
      x += itemWidth + 14;
    }
    y += 10;
  }

  const clone = plot.cloneNode(true) as SVGSVGElement;
  inlineStyles(plot, clone);
  clone.setAttribute('x', String(PAD));
  clone.setAttribute('y', String(y));
  clone.setAttribute('width', String(plotWidth));
  clone.setAttribute('height', String(plotHeight));
  clone.removeAttribute('tabindex');
  clone.setAttribute('style', `direction:${direction}`);
  clone.setAttribute('direction', direction);
  root.append(clone);
  y += plotHeight + 18;

  const caption = figure.querySelector('.chart-caption')?.textContent?.trim() ?? '';
  for (const line of wrap(caption, charsPerLine)) {
    root.append(text(startX, y, line, 13, 400, anchor, '#1b1f24', direction));
    y += 18;
  }
  for (const line of wrap(meta.sourceLine, charsPerLine)) {
    root.append(text(startX, y, line, 11, 400, anchor, '#4a5360', direction));
    y += 16;
  }
  const height = Math.round(y + PAD - 8);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`, width, height };
}

/** Renders an SVG text to a PNG at `scale` times its size. */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the chart could not be drawn as an image'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no PNG'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
