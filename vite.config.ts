import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import type { HtmlTagDescriptor, Plugin, PluginOption, ResolvedConfig } from 'vite';
import { tsImport } from 'tsx/esm/api';
import react from '@vitejs/plugin-react';
import type * as ShippedCheck from './build/shipped-workshop';
import type * as Expressions from './src/engine/expressions';
const SHIPPED_ID = 'virtual:shipped-workshop';

/** Runs the file checks on the shipped workshop's bytes (build/shipped-workshop.ts): the reasons it fails them. */
async function checkShippedWorkshop(): Promise<{ file: string; bytes: Buffer; problems: string[] }> {
  // The checks are the app's own TypeScript: imported through tsx, not bundled into this config.
  const check = (await tsImport('./build/shipped-workshop.ts', import.meta.url)) as typeof ShippedCheck;
  const bytes = readFileSync(check.SHIPPED_WORKSHOP);
  return { file: check.SHIPPED_WORKSHOP, bytes, problems: await check.shippedWorkshopProblems(bytes) };
}

/**
 * `virtual:shipped-workshop`: the shipped workshop's address, the SHA-256 of its bytes and whether they
 * hold a formula. The build stops on any problem the file checks find in those bytes; they run beside
 * the bundling (a second or so) and are awaited before the bundle is written. The dev server checks
 * before it serves the module.
 */
function shippedWorkshop(): Plugin {
  let checked: ReturnType<typeof checkShippedWorkshop> | null = null;
  let serving = false;
  return {
    name: 'shipped-workshop',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    buildStart() {
      if (!serving) checked = checkShippedWorkshop();
    },
    resolveId: {
      filter: { id: new RegExp(`^${SHIPPED_ID}$`) },
      handler: () => `\0${SHIPPED_ID}`,
    },
    load: {
      filter: { id: new RegExp(`^\0${SHIPPED_ID}$`) },
      async handler() {
        const file = fileURLToPath(new URL('./scenarios/iran-workshop.json', import.meta.url));
        this.addWatchFile(file);
        if (serving) {
          const { problems } = await checkShippedWorkshop();
          if (problems.length > 0) this.error(`${file} does not pass the file checks:\n${problems.slice(0, 20).join('\n')}`);
        }
        const bytes = readFileSync(file);
        const sha256 = createHash('sha256').update(bytes).digest('hex');
        const formulas = ((await tsImport('./src/engine/expressions.ts', import.meta.url)) as typeof Expressions).holdsFormula(JSON.parse(bytes.toString('utf8')));
        return `import url from ${JSON.stringify(`${file}?url`)};\nexport default { url, sha256: ${JSON.stringify(sha256)}, holdsFormula: ${formulas} };\n`;
      },
    },
    async generateBundle() {
      if (!checked) return;
      const { file, problems } = await checked;
      if (problems.length > 0) this.error(`${file} does not pass the file checks:\n${problems.slice(0, 20).join('\n')}`);
    },
  };
}

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

/** The inline scripts and styles of a page (elements without `src`), each as the browser hashes it: its text exactly. */
export function inlineCode(html: string): { scripts: string[]; styles: string[] } {
  const scripts: string[] = [];
  const styles: string[] = [];
  // One element after the other, so that a "<style" inside a script's text is not taken for an element.
  const open = /<(script|style)\b([^>]*)>/gi;
  for (let match = open.exec(html); match; match = open.exec(html)) {
    const tag = match[1].toLowerCase();
    const start = open.lastIndex;
    const end = html.toLowerCase().indexOf(`</${tag}`, start);
    if (end < 0) throw new Error(`content-security-policy: a <${tag}> is not closed`);
    open.lastIndex = end;
    if (tag === 'script' && /\bsrc\s*=/i.test(match[2])) continue;
    (tag === 'script' ? scripts : styles).push(html.slice(start, end));
  }
  return { scripts, styles };
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The page's Content-Security-Policy: nothing from another origin, no inline script or style but those
 * the build wrote (by their hashes), no eval, no plugins, no <base>, no form sent anywhere.
 * - img-src data: blob: — the favicon is a data: URL in index.html; a chart's PNG export draws its SVG
 *   through a blob: image.
 * - worker-src blob: — the engine's Worker is inlined in the script (engine-client.ts, `?worker&inline`)
 *   and started from a blob: URL, in the served build as in the one-file build.
 * - style-src without 'unsafe-inline': React writes style props through the CSSOM (element.style),
 *   which a policy does not govern; only <style> elements and style attributes set as text are.
 * - style-src-attr 'unsafe-inline' — a chart's export (src/ui/export/chart-export.ts) copies each
 *   element's computed style onto a copy of the chart as a style attribute, set as text: the SVG it
 *   downloads has no stylesheet. The values are computed, so they cannot be hashed. A style attribute
 *   styles its own element only: it runs no script, and loads nothing that img-src and font-src refuse.
 * - The one-file build carries its fonts and the default workshop as data: URLs (CSS url() and fetch),
 *   hence font-src and connect-src data: there; the served build loads them from its own origin.
 */
export function policyFor(html: string, oneFile: boolean): string {
  const { scripts, styles } = inlineCode(html);
  const directives = [
    "default-src 'self'",
    ['script-src', "'self'", ...scripts.map(sha256)].join(' '),
    ['style-src', "'self'", ...styles.map(sha256)].join(' '),
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    oneFile ? "font-src 'self' data:" : "font-src 'self'",
    oneFile ? "connect-src 'self' data:" : "connect-src 'self'",
    'worker-src blob:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ];
  return directives.join('; ');
}

/**
 * Puts the Content-Security-Policy into every built page, as a <meta> right after the charset (before
 * any script or style it governs): a meta works from file:// and on any static host, where headers may
 * not be set. Runs after every other plugin has written the page, the one-file build's inlining
 * included (`enforce: 'post'` and listed after it), so that the hashes are of what the page carries.
 */
function contentSecurityPolicy(): Plugin {
  let oneFile = false;
  return {
    name: 'content-security-policy',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      oneFile = isOneFileBuild(config);
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          const html = typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
          const charset = /<meta charset="UTF-8" \/>/i;
          if (!charset.test(html)) throw new Error(`content-security-policy: ${file.fileName} has no <meta charset="UTF-8" />`);
          const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(html, oneFile)}" />`;
          file.source = html.replace(charset, (found) => `${found}\n    ${meta}`);
        }
      },
    },
  };
}

/**
 * The plugins of every build of the app. `inlining` is the one-file build's (vite.single.config.ts): it
 * comes before the policy, which hashes what it inlined.
 */
export function appPlugins(inlining: PluginOption[] = []): PluginOption[] {
  return [react(), shippedWorkshop(), preloadStartup(), ...inlining, contentSecurityPolicy()];
}

export default defineConfig({
  plugins: appPlugins(),
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
    exclude: ['node_modules/**', 'test/e2e/**'],
    setupFiles: ['test/formula-parser.setup.ts'],
    testTimeout: 30000,
  },
});
