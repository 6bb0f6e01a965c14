/**
 * The command line (MODEL.md 9): `npm run --silent simulate -- FILE [--json | --csv]`.
 * Exit 0 on success and --help, 1 for an unreadable or invalid file, 2 for wrong usage.
 */
import { loadFormulaParser } from '../engine';
import { MAX_FILE_BYTES } from '../scenario';
import { readRegularFile } from './read-file';
import { runCli } from './run';

// A file may hold formulas: the parser first (the app loads it when needed; here it costs nothing worth saving).
await loadFormulaParser();
const result = runCli(process.argv.slice(2), { readFile: (path) => readRegularFile(path, MAX_FILE_BYTES) });
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
