/**
 * Runs once before the browser tests: finds the browser (failing early, saying how to install one),
 * builds the app into a temporary folder and serves it with `vite preview` on 127.0.0.1. The teardown
 * stops the server's process group and removes the build.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChrome } from './helpers/chrome';
import { buildApp, startPreview } from './helpers/server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The preview server's address, ending in '/'. */
    baseURL: string;
    /** The browser executable the tests drive. */
    chromePath: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromePath = findChrome();
  const dir = mkdtempSync(join(tmpdir(), 'sme-e2e-'));
  const outDir = join(dir, 'dist');
  try {
    await buildApp(outDir);
    const server = await startPreview(outDir);
    project.provide('baseURL', server.url);
    project.provide('chromePath', chromePath);
    return async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
