/**
 * The page runs under a Content-Security-Policy that refuses eval (vite.config.ts, `policyFor`). zod
 * compiles a fast parser for each object schema with `new Function` where it may, and finds out by
 * trying once as its schemas are built: under the policy the try is refused and the browser reports
 * it as a violation. Told at once that it may not, zod skips the try and parses as it would anyway
 * here. Imported first by the page's entry (src/main.tsx), before any schema is built; the command
 * line and the tests in Node, under no such policy, keep the compiled parsers.
 */
import { config } from 'zod';

config({ jitless: true });
