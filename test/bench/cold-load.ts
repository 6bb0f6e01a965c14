/// <reference lib="dom" />
/**
 * The first-render measurement of `npm run bench:ui`: cold loads of a page in new browser contexts,
 * from navigation start until its charts are painted and a slider input has redrawn one; and the
 * trivial page the app's figure is set beside. The functions passed to the page run there, hence the
 * DOM types.
 */
import type { Browser } from 'playwright-core';

/**
 * tsx (esbuild with keepNames) wraps named functions in `__name(...)`; functions sent to the page keep
 * those calls, so the page needs a `__name` that does nothing.
 */
export const KEEP_NAMES_SHIM = 'globalThis.__name = globalThis.__name || ((target) => target);';

/** A page loaded cold for the first-render figure: where it is, what shows it drawn, and the slider to move. */
export interface ColdPage {
  readonly url: string;
  /** What the page draws: once one of these has a box inside the window, the page counts as drawn. */
  readonly chart: string;
  /** The range input that redraws a chart. */
  readonly slider: string;
}

/** What one cold load measured, ms from navigation start. */
export interface ColdLoad {
  /** The end of the first frame that shows the page's charts on screen. */
  readonly painted: number;
  /** The end of the first frame that shows a chart redrawn by a slider input sent once the charts were painted. */
  readonly redrawn: number;
}

/**
 * One cold load of a page in a new browser context (its own empty cache and storage: no autosaved
 * session). A script run before the page's own checks at every animation frame for one of its charts
 * with a box inside the window, and notes the end of that frame (a message posted from the callback
 * runs after the frame's style, layout and paint). Then it moves the slider as a user would (sets its
 * value and sends 'input'; if the slider is not in the page yet, at the next frames until it is), waits
 * for a path of the charts to change (checked right after the event and at each frame) and notes the end
 * of the frame that shows it.
 */
export async function coldLoad(browser: Browser, target: ColdPage, viewport: { width: number; height: number }): Promise<ColdLoad> {
  const context = await browser.newContext({ viewport });
  try {
    await context.addInitScript(KEEP_NAMES_SHIM);
    await context.addInitScript(({ chart, slider }) => {
      const w = window as unknown as { __cold?: { painted?: number; redrawn?: number; failed?: string } };
      const record: { painted?: number; redrawn?: number; failed?: string } = {};
      w.__cold = record;
      const afterPaint = (then: (t: number) => void) =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => then(performance.now());
          channel.port2.postMessage(null);
        });
      const onScreen = () =>
        Array.from(document.querySelectorAll(chart)).some((e) => {
          const box = e.getBoundingClientRect();
          return box.width > 0 && box.height > 0 && box.top < window.innerHeight && getComputedStyle(e).visibility !== 'hidden';
        });
      const paths = () => Array.from(document.querySelectorAll(`${chart} path`), (p) => p.getAttribute('d') ?? '').join('\n');
      const move = () => {
        const input = document.querySelector<HTMLInputElement>(slider);
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
        if (!input || !setValue) {
          requestAnimationFrame(move);
          return;
        }
        const min = Number(input.min);
        const max = Number(input.max);
        const value = Number(input.value);
        // A quarter of the range away from where it stands, toward the middle.
        const next = value <= (min + max) / 2 ? value + (max - min) / 4 : value - (max - min) / 4;
        const before = paths();
        setValue.call(input, String(next));
        input.dispatchEvent(new Event('input', { bubbles: true }));
        const waitForChange = () => {
          if (paths() !== before) afterPaint((t) => (record.redrawn = t));
          else requestAnimationFrame(waitForChange);
        };
        waitForChange();
      };
      const poll = () => {
        if (!onScreen()) {
          requestAnimationFrame(poll);
          return;
        }
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          record.painted = performance.now();
          move();
        };
        channel.port2.postMessage(null);
      };
      requestAnimationFrame(poll);
    }, { chart: target.chart, slider: target.slider });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(target.url);
    await page.waitForFunction(() => typeof (window as unknown as { __cold?: { redrawn?: number } }).__cold?.redrawn === 'number', undefined, { timeout: 60_000 });
    if (errors.length > 0) throw new Error(`${target.url} threw: ${errors.join('; ')}`);
    return await page.evaluate(() => {
      const record = (window as unknown as { __cold: { painted: number; redrawn: number } }).__cold;
      return { painted: record.painted, redrawn: record.redrawn };
    });
  } finally {
    await context.close();
  }
}

/**
 * The trivial page the first render is set beside: static HTML with one range input whose handler
 * changes one SVG path. Written into the build's folder, so that the same server serves it the same way.
 */
export const TRIVIAL_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>A range input and a path</title>
  </head>
  <body>
    <input type="range" min="0" max="100" value="50" />
    <svg width="400" height="200" viewBox="0 0 400 200"><path d="M0 100 L400 100" fill="none" stroke="#0072B2" stroke-width="2" /></svg>
    <script>
      const path = document.querySelector('path');
      document.querySelector('input').addEventListener('input', (event) => path.setAttribute('d', 'M0 ' + (200 - 2 * event.target.value) + ' L400 100'));
    </script>
  </body>
</html>
`;
/** The trivial page's name in the build's folder. */
export const TRIVIAL_FILE = 'trivial.html';
