/**
 * The first view as static HTML, drawn at build time (vite.config.ts, `firstView`) by the app's own
 * components and engine from the default workshop in the default language. index.html shows it while the
 * app's scripts load, parse and run (about a second on a slow machine); the app's first commit replaces
 * it. It is a picture, not the app: inert, hidden from assistive technology, with no control that a
 * script or a test could find and act on (src/first-view.ts shows it only where it is exactly what the
 * app is about to draw).
 */
import { renderToString } from 'react-dom/server';
import { loadCatalog, type Locale } from './i18n';
import type { Workshop } from './scenario';
import { createWorkbenchStore } from './state';
import { App } from './ui/App';
import { chartColumns } from './ui/charts/ChartsArea';
import { StoreContext } from './ui/context';
import { FirstViewContext } from './ui/first-view';

/** One drawing of the first view, for a range of widths of the charts area. */
export interface FirstView {
  /** The charts area's width it was drawn at. */
  readonly width: number;
  /** The widths of the charts area at which the app would lay its panels out the same (columns). */
  readonly minWidth: number;
  readonly maxWidth: number;
  readonly html: string;
}

/**
 * Takes out of the markup what makes it look like the app to a script: every data attribute (tests and
 * the app's own code find controls, charts and scenarios by them: data-param, data-action, data-chart,
 * data-scenario and the like) but the one the styles read (data-measure), roles, focus order, ids and the
 * links between labels and fields. A test that waits for a chart or a control gets the app's own, and by
 * then the first view is gone: the app's first commit replaces it. (Its controls are not disabled: that
 * would grey them, and the wrapper's `inert` already keeps pointer, keyboard and focus out.)
 */
export function inertMarkup(html: string): string {
  return html.replace(/ (data-(?!measure=)[a-z-]+|role|tabindex|id|for|name|aria-controls|aria-describedby|aria-labelledby)="[^"]*"/g, '');
}

/** The widths of the charts area (0 to `limit`) at which the app uses `columns` columns for `panels` panels. */
function widthRange(columns: number, panels: number, limit = 4000): { minWidth: number; maxWidth: number } {
  let minWidth = -1;
  let maxWidth = -1;
  for (let w = 0; w <= limit; w++) {
    if (chartColumns(w, panels) !== columns) continue;
    if (minWidth < 0) minWidth = w;
    maxWidth = w;
  }
  return { minWidth, maxWidth: maxWidth === limit ? Number.MAX_SAFE_INTEGER : maxWidth };
}

/**
 * Renders the app's first view at each width of the charts area in `widths`, with the first
 * `chartRows` rows of charts (what the first screen shows; the rest of the page comes with the app).
 */
export async function renderFirstViews(workshop: Workshop, locale: Locale, widths: readonly number[], chartRows: number): Promise<FirstView[]> {
  await loadCatalog(locale);
  const views: FirstView[] = [];
  for (const width of widths) {
    const store = createWorkbenchStore(workshop, locale);
    const panels = store.getState().visibleIds.length;
    const html = renderToString(
      <FirstViewContext.Provider value={{ chartsWidth: width, chartRows }}>
        <StoreContext.Provider value={store}>
          <App />
        </StoreContext.Provider>
      </FirstViewContext.Provider>,
    );
    views.push({ width, ...widthRange(chartColumns(width, panels), panels), html: inertMarkup(html) });
  }
  return views;
}
