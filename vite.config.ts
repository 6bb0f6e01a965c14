import { defineConfig } from 'vitest/config';
import type { HtmlTagDescriptor, Plugin, ResolvedConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Tells the one-file build (vite.single.config.ts): everything is inlined, so there is no file to
 * preload and no module to load later. (Its plugin sets assetsInlineLimit to a function, not a number.)
 */
function isOneFileBuild(config: ResolvedConfig): boolean {
  return config.plugins.some((p) => p.name === 'vite:singlefile');
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
  plugins: [react(), preloadStartup()],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
    exclude: ['node_modules/**', 'test/e2e/**'],
    testTimeout: 30000,
  },
});
