/**
 * Exports a chart panel as a stand-alone SVG or a PNG: the panel's own drawing with its title, legend,
 * caption (units and years) and a source line, styles inlined and the Vazirmatn font embedded, so the
 * picture looks the same in a report as on screen, in either language. At the panel's size (the PNG at
 * 2x), or shaped as a 16:9 slide (1920 x 1080) laid out to be read in a room.
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

/**
 * The picture's shape: the panel's own size ('panel'), or a 16:9 slide ('slide', 1920 x 1080) whose
 * title, legend, plot, caption and source line are sized to be read from the back of a room.
 */
export type ExportShape = 'panel' | 'slide';

/** The width and height of a slide export, 16:9. */
export const SLIDE_SIZE = { width: 1920, height: 1080 } as const;

/** Text sizes and spacing of one export shape (px in the exported picture). */
interface Metrics {
  readonly pad: number;
  readonly title: number;
  readonly legend: number;
  readonly caption: number;
  readonly source: number;
  /** The legend's line sample and its stroke. */
  readonly mark: number;
  readonly markStroke: number;
}

const PANEL_METRICS: Metrics = { pad: PAD, title: 17, legend: 13, caption: 13, source: 11, mark: 24, markStroke: 3 };
// On a 1080-px slide a 34-px title and 24-px labels are about the sizes of a slide's own heading and body
// text; the plot is scaled to fill what is left, so its 13-px labels grow with it.
const SLIDE_METRICS: Metrics = { pad: 64, title: 40, legend: 26, caption: 24, source: 20, mark: 56, markStroke: 5 };

// Average advance of a character in em, as the chart layer estimates text (generous: a line must not overflow).
const EM_PER_CHAR = 0.56;

function appendLegend(root: SVGSVGElement, figure: HTMLElement, m: Metrics, direction: 'ltr' | 'rtl', width: number, top: number): number {
  const items = Array.from(figure.querySelectorAll('.chart-legend-item'));
  if (items.length === 0) return top;
  const inner = width - 2 * m.pad;
  const rowHeight = Math.round(m.legend * 1.55);
  const markGap = Math.round(m.legend * 0.45);
  let x = 0;
  let y = top + m.legend;
  for (const item of items) {
    const label = item.textContent?.trim() ?? '';
    const itemWidth = m.mark + markGap + label.length * m.legend * EM_PER_CHAR;
    if (x > 0 && x + itemWidth > inner) {
      x = 0;
      y += rowHeight;
    }
    const line = item.querySelector('line');
    const swatch = item.querySelector<HTMLElement>('.chart-legend-swatch');
    const markX = direction === 'rtl' ? width - m.pad - x - m.mark : m.pad + x;
    const markY = y - m.legend * 0.32;
    if (line) {
      const mark = document.createElementNS(SVG_NS, 'line');
      mark.setAttribute('x1', String(markX));
      mark.setAttribute('x2', String(markX + m.mark));
      mark.setAttribute('y1', String(markY));
      mark.setAttribute('y2', String(markY));
      mark.setAttribute('stroke', line.getAttribute('stroke') ?? '#000');
      mark.setAttribute('stroke-width', String(m.markStroke));
      // The line's own pattern, scaled with the mark's stroke so that the rhythm reads as on screen.
      const dash = line.getAttribute('stroke-dasharray');
      if (dash) mark.setAttribute('stroke-dasharray', dash.split(/[\s,]+/).map((n) => String(Number(n) * (m.markStroke / 3))).join(' '));
      root.append(mark);
    } else if (swatch) {
      const size = Math.round(m.legend * 0.92);
      const mark = document.createElementNS(SVG_NS, 'rect');
      mark.setAttribute('x', String(markX + (m.mark - size) / 2));
      mark.setAttribute('y', String(markY - size / 2));
      mark.setAttribute('width', String(size));
      mark.setAttribute('height', String(size));
      const bg = getComputedStyle(swatch).backgroundColor;
      mark.setAttribute('fill', bg && bg !== 'rgba(0, 0, 0, 0)' ? bg : '#888');
      root.append(mark);
    }
    const labelX = direction === 'rtl' ? markX - markGap : markX + m.mark + markGap;
    root.append(text(labelX, y, label, m.legend, 400, 'start', '#1b1f24', direction));
    x += itemWidth + m.legend;
  }
  return y + Math.round(m.legend * 0.8);
}

/**
 * Builds the stand-alone SVG of a chart panel (a `<figure data-chart>`): at the panel's own size, or as
 * a 16:9 slide where the drawing is scaled to fill the room the title, legend and lines below leave.
 */
export async function buildChartSvg(figure: HTMLElement, meta: ExportMeta, shape: ExportShape = 'panel'): Promise<{ svg: string; width: number; height: number }> {
  const plot = figure.querySelector<SVGSVGElement>('svg.chart-svg');
  if (!plot) throw new Error('no chart drawing in this panel');
  const direction = figure.getAttribute('dir') === 'rtl' || document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr';
  const plotWidth = Number(plot.getAttribute('width')) || plot.getBoundingClientRect().width;
  const plotHeight = Number(plot.getAttribute('height')) || plot.getBoundingClientRect().height;
  const slide = shape === 'slide';
  const m = slide ? SLIDE_METRICS : PANEL_METRICS;
  const width = slide ? SLIDE_SIZE.width : Math.round(plotWidth + 2 * m.pad);
  const inner = width - 2 * m.pad;
  const startX = direction === 'rtl' ? width - m.pad : m.pad;
  // With direction rtl, an anchor of 'start' is the text's right edge: text grows leftward from x.
  const anchor = 'start';
  const charsFor = (size: number) => Math.max(30, Math.floor(inner / (size * EM_PER_CHAR)));

  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('font-family', FONT_STACK);
  root.setAttribute('direction', direction);
  if (slide) root.setAttribute('data-shape', 'slide');
  const style = document.createElementNS(SVG_NS, 'style');
  style.textContent = await embeddedFontCss();
  root.append(style);
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  root.append(background);

  let y = m.pad + m.title;
  const title = figure.querySelector('.chart-title')?.textContent?.trim() ?? '';
  for (const line of wrap(title, charsFor(m.title))) {
    root.append(text(startX, y, line, m.title, 700, anchor, '#1b1f24', direction));
    y += Math.round(m.title * 1.3);
  }
  y = appendLegend(root, figure, m, direction, width, y + Math.round(m.legend * 0.2));

  const caption = figure.querySelector('.chart-caption')?.textContent?.trim() ?? '';
  const captionLines = wrap(caption, charsFor(m.caption));
  const sourceLines = wrap(meta.sourceLine, charsFor(m.source));
  const captionStep = Math.round(m.caption * 1.4);
  const sourceStep = Math.round(m.source * 1.45);
  const below = Math.round(m.caption * 1.4) + captionLines.length * captionStep + sourceLines.length * sourceStep;

  // The drawing: at its own size on a panel export; on a slide, scaled (keeping its proportions) to fill
  // the box between the legend and the lines below, centred across.
  let drawX = m.pad;
  let drawWidth = plotWidth;
  let drawHeight = plotHeight;
  if (slide) {
    const boxHeight = Math.max(120, SLIDE_SIZE.height - m.pad - below - y);
    const scale = Math.min(inner / plotWidth, boxHeight / plotHeight);
    drawWidth = plotWidth * scale;
    drawHeight = plotHeight * scale;
    drawX = m.pad + (inner - drawWidth) / 2;
  }
  const clone = plot.cloneNode(true) as SVGSVGElement;
  inlineStyles(plot, clone);
  clone.setAttribute('x', String(drawX));
  clone.setAttribute('y', String(y));
  clone.setAttribute('width', String(drawWidth));
  clone.setAttribute('height', String(drawHeight));
  clone.setAttribute('viewBox', `0 0 ${plotWidth} ${plotHeight}`);
  clone.removeAttribute('tabindex');
  clone.setAttribute('style', `direction:${direction}`);
  clone.setAttribute('direction', direction);
  root.append(clone);
  y += drawHeight + Math.round(m.caption * 1.4);

  // On a slide the caption and source sit at the foot of the slide, under the drawing.
  if (slide) y = Math.max(y, SLIDE_SIZE.height - m.pad - captionLines.length * captionStep - sourceLines.length * sourceStep + m.caption);
  for (const line of captionLines) {
    root.append(text(startX, y, line, m.caption, 400, anchor, '#1b1f24', direction));
    y += captionStep;
  }
  for (const line of sourceLines) {
    root.append(text(startX, y, line, m.source, 400, anchor, '#4a5360', direction));
    y += sourceStep;
  }
  const height = slide ? SLIDE_SIZE.height : Math.round(y + m.pad - 8);
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
