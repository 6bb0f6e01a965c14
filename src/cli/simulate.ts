/**
 * The command line (MODEL.md 9): `npm run --silent simulate -- FILE [--json | --csv]`.
 * Exit 0 on success and --help, 1 for an unreadable or invalid file, 2 for wrong usage.
 */
import { readFileSync, statSync } from 'node:fs';
import { runCli } from './run';

const result = runCli(process.argv.slice(2), {
  readFile: (path) => {
    // Refuse a huge file before reading it whole; the loader checks the exact byte count again.
    const size = statSync(path).size;
    if (size > 4 * 1024 * 1024) return { tooLarge: size };
    return { text: readFileSync(path, 'utf8') };
  },
});
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
