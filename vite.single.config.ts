import { mergeConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import base, { appPlugins } from './vite.config';

/**
 * `npm run build:single`: the whole app in one HTML file that opens from file:// with no network
 * (scripts, styles, fonts, the default workshop and the Worker all inlined).
 */
export default mergeConfig({ ...base, plugins: appPlugins([viteSingleFile()]) }, {
  build: { outDir: 'dist-single', emptyOutDir: true, assetsInlineLimit: 100_000_000, chunkSizeWarningLimit: 5_000 },
});
