import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { createServer, type HtmlTagDescriptor, type Plugin, type ResolvedConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { FIRST_VIEW_CHART_ROWS, FIRST_VIEW_PICKER, FIRST_VIEW_WIDTHS } from './src/first-view-page';

/**
 * Tells the one-file build (vite.single.config.ts): everything is inlined, so there is no file to
 * preload and no module to load later. (Its plugin sets assetsInlineLimit to a function, not a number.)
 */
function isOneFileBuild(config: ResolvedConfig): boolean {
  return config.plugins.some((p) => p.name === 'vite:singlefile');
}

/**
 * Draws the app's first view at build time, with the app's components and engine run in Node, and
 * puts it into index.html with the script that shows it (see FIRST_VIEW_PICKER). A slow machine shows the
 * default workshop's charts at once instead of after the scripts have run.
 */
function firstView(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'first-view',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        if (isOneFileBuild(config)) return html;
        const server = await createServer({
          configFile: false,
          root: config.root,
          logLevel: 'error',
          plugins: [react()],
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, ws: false },
        });
        try {
          const { renderFirstViews } = (await server.ssrLoadModule('/src/snapshot.tsx')) as typeof import('./src/snapshot');
          const workshop = JSON.parse(readFileSync(resolve(config.root, 'scenarios/iran-workshop.json'), 'utf8'));
          const views = await renderFirstViews(workshop, 'fa', FIRST_VIEW_WIDTHS, FIRST_VIEW_CHART_ROWS);
          const drawings = views
            .map((v) => `<div class="first-view" data-first-view data-width="${v.width}" data-min-width="${v.minWidth}" data-max-width="${v.maxWidth}" inert aria-hidden="true">${v.html}</div>`)
            .join('');
          const marker = '<div id="root"></div>';
          if (!html.includes(marker)) throw new Error(`first-view: index.html has no ${marker}`);
          // The drawings are read into the page hidden, while the styles load; the picker, once they
          // have, keeps the one that fits (or none).
          const hide = '<style>.first-view { display: none; } .first-view[data-shown] { display: contents; }</style>';
          // The app's module runs once the first view is on screen: run at the end of parsing, as a
          // module script would, it would hold the first view's paint back by its own start-up.
          const withView = html
            .replace('</head>', `${hide}\n</head>`)
            .replace(marker, `<div id="root">${drawings}</div>\n<script>${FIRST_VIEW_PICKER}</script>`);
          return withView.replace(/<script type="module" crossorigin src="([^"]+)"><\/script>/, (_tag, src: string) =>
            [
              `<link rel="modulepreload" crossorigin href="${src}">`,
              `<script type="module">`,
              `const shown = document.querySelector('#root > .first-view[data-shown]') ? new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))) : Promise.resolve();`,
              // A picture of the app must not stay up if the app cannot load: reported as an error, the
              // failure reaches the picker's error listener, which takes the first view away.
              `shown.then(() => import(${JSON.stringify(src)})).catch(reportError);`,
              `</script>`,
            ].join('\n'),
          );
        } finally {
          await server.close();
        }
      },
    },
  };
}

/**
 * Asks the browser for what start-up needs while it is still reading the page: the default workshop,
 * the Persian catalog (the default language) and the Vazirmatn faces (regular and bold). Found one after the other
 * by the app's code they cost a few hundred milliseconds of the first render; asked for at once they
 * arrive while the scripts load. Skipped when every asset is inlined (the one-file build).
 */
function preloadStartup(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'preload-startup',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle || isOneFileBuild(config)) return [];
        const href = (fileName: string) => `${config.base}${fileName}`;
        const tags: HtmlTagDescriptor[] = [];
        for (const file of Object.values(ctx.bundle)) {
          const names = file.type === 'asset' ? file.originalFileNames : [];
          if (names.some((n) => n.endsWith('scenarios/iran-workshop.json'))) {
            tags.push({ tag: 'link', attrs: { rel: 'preload', href: href(file.fileName), as: 'fetch', crossorigin: 'anonymous' }, injectTo: 'head' });
          } else if (names.some((n) => /vazirmatn-(arabic|latin)-(400|700)-normal\.woff2$/.test(n))) {
            tags.push({ tag: 'link', attrs: { rel: 'preload', href: href(file.fileName), as: 'font', type: 'font/woff2', crossorigin: 'anonymous' }, injectTo: 'head' });
          } else if (file.type === 'chunk' && file.facadeModuleId?.endsWith('/src/i18n/messages-fa.ts')) {
            tags.push({ tag: 'link', attrs: { rel: 'modulepreload', href: href(file.fileName), crossorigin: true }, injectTo: 'head' });
          }
        }
        return tags;
      },
    },
  };
}

export default defineConfig({
  // FIRST_VIEW=0 builds without the static first view, to compare.
  plugins: [react(), preloadStartup(), ...(process.env.FIRST_VIEW === '0' ? [] : [firstView()])],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
    exclude: ['node_modules/**', 'test/e2e/**'],
    testTimeout: 30000,
  },
});
