/**
 * Builds the app with Vite and serves the build with `vite preview` on 127.0.0.1, in its own process
 * group so that stopping it leaves nothing holding the port. Shared by the browser tests and the UI
 * benchmark.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder (this file is test/e2e/helpers/server.ts). */
export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

const VITE_BIN = join(REPO_ROOT, 'node_modules/vite/bin/vite.js');

/** Keeps the last lines a child printed, for an error message. */
function tail(child: ChildProcess): () => string {
  let text = '';
  const keep = (chunk: Buffer) => {
    text = (text + chunk.toString('utf8')).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => text.trim();
}

/** Builds the app (`vite build`) into outDir. */
export async function buildApp(outDir: string): Promise<void> {
  if (!existsSync(VITE_BIN)) throw new Error(`vite is not installed (${VITE_BIN} is missing): run npm install`);
  const child = spawn(process.execPath, [VITE_BIN, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = tail(child);
  const code = await new Promise<number | null>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`vite build took over 180 s:\n${output()}`));
    }, 180_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (exitCode) => {
      clearTimeout(timer);
      resolve(exitCode);
    });
  });
  if (code !== 0) throw new Error(`vite build failed (exit ${String(code)}):\n${output()}`);
  if (!existsSync(join(outDir, 'index.html'))) throw new Error(`vite build wrote no index.html into ${outDir}`);
}

/** A port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

/** A running preview server. */
export interface PreviewServer {
  readonly url: string;
  readonly pid: number;
  /** Stops the server's whole process group and waits for it to exit. */
  stop(): Promise<void>;
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Serves a build with `vite preview --host 127.0.0.1 --port <free> --strictPort`; resolves once it answers. */
export async function startPreview(outDir: string): Promise<PreviewServer> {
  let lastError: unknown = null;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    try {
      return await startPreviewOn(outDir, port);
    } catch (error) {
      lastError = error; // The port may have been taken in between: try another.
    }
  }
  throw lastError instanceof Error ? lastError : new Error(String(lastError));
}

/**
 * Runs `vite preview` in place of a small shell (same pid, the leader of its own process group) with a
 * watchdog beside it: the watchdog waits for the end of standard input, which comes when this process
 * goes away, even killed outright, and then stops the server. (A background job's standard input is
 * /dev/null, hence the copy on descriptor 3.) Arguments: node, vite.js, outDir, port.
 */
const PREVIEW_SCRIPT = `exec 3<&0
(cat <&3 >/dev/null; kill "$$" 2>/dev/null) &
exec "$1" "$2" preview --outDir "$3" --host 127.0.0.1 --port "$4" --strictPort 3<&-`;

async function startPreviewOn(outDir: string, port: number): Promise<PreviewServer> {
  const child = spawn('/bin/sh', ['-c', PREVIEW_SCRIPT, 'vite-preview', process.execPath, VITE_BIN, outDir, String(port)], {
    cwd: REPO_ROOT,
    detached: true,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const output = tail(child);
  const pid = child.pid;
  if (pid === undefined) throw new Error('vite preview did not start');
  let exited = false;
  const exit = new Promise<void>((resolve) => {
    child.on('exit', () => {
      exited = true;
      resolve();
    });
  });
  // Never leave the server behind, even if the runner dies without tearing down.
  const onExit = () => killGroup(pid, 'SIGKILL');
  process.on('exit', onExit);

  const stop = async () => {
    process.off('exit', onExit);
    killGroup(pid, 'SIGTERM'); // the server and its watchdog
    if (!exited) await Promise.race([exit, sleep(5000)]);
    if (!exited) {
      killGroup(pid, 'SIGKILL');
      await Promise.race([exit, sleep(5000)]);
    }
    child.stdin?.destroy();
  };

  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (exited) {
      await stop();
      throw new Error(`vite preview exited before serving ${url}:\n${output()}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      if (response.ok) return { url, pid, stop };
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`vite preview did not answer on ${url} within 30 s:\n${output()}`);
    }
    await sleep(150);
  }
}
