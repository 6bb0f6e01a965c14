/**
 * The command line's file reading and printing are safe against hostile files (issue 15, item 5):
 * only regular files are read, and never more than 1 MiB + 1 byte (a FIFO, /dev/zero, a folder, a
 * socket, a device are refused at once); every file is decoded by the one byte-level entry point
 * (loadBytes: the size, a UTF-8 byte-order mark accepted, UTF-16 and any other non-UTF-8 bytes refused
 * as `(file)`); the summary prints no control or direction character from the file; byte counts in
 * messages are exact, in the command line and in the app's catalogs.
 *
 * The fixtures are test/fixtures/bytes: scenario.json and its encodings (a UTF-8 byte-order mark,
 * UTF-16 little- and big-endian with and without one, Latin-1), duplicate keys, and terminal escapes
 * in texts and in a key. Files of the size limit, FIFOs, folders and sockets are made here.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRegularFile } from '../../src/cli/read-file';
import { runCli, type CliIo, type CliResult } from '../../src/cli/run';
import { terminalSafe } from '../../src/cli/terminal';
import { loadCatalog, translatorFor } from '../../src/i18n';
import { MAX_FILE_BYTES, decodeFileBytes, firstInvalidUtf8Byte, formatIssue, loadBytes, loadText, type LoadIssue } from '../../src/scenario';
import { formatIssueText } from '../../src/ui/issue-text';
import { REPO_ROOT } from '../fixtures/invalid-manifest';

const TSX = join(REPO_ROOT, 'node_modules/.bin/tsx');
const ENTRY = 'src/cli/simulate.ts';
const BYTES_DIR = join(REPO_ROOT, 'test/fixtures/bytes');
const MIB = 1024 * 1024;

/**
 * Generous for starting tsx on a busy machine (some seconds); a reader that waits on a FIFO or reads
 * /dev/zero to its end never finishes, and is killed at this point.
 */
const HANG_MS = 45_000;

const fixture = (name: string): string => join(BYTES_DIR, name);
const fixtureBytes = (name: string): Uint8Array => new Uint8Array(readFileSync(fixture(name)));

/** What a run of the real process gave, with whether it had to be killed. */
interface RealRun extends CliResult {
  readonly killed: boolean;
}

/** Runs the real command line, as `npm run --silent simulate -- ARGS` would. */
function runReal(args: readonly string[]): RealRun {
  const child = spawnSync(TSX, [ENTRY, ...args], { cwd: REPO_ROOT, encoding: 'utf8', timeout: HANG_MS, maxBuffer: 64 * MIB });
  if (child.error && (child.error as { code?: string }).code !== 'ETIMEDOUT') throw child.error;
  const killed = child.signal !== null;
  const code = child.status;
  if (!killed && code !== 0 && code !== 1 && code !== 2) throw new Error(`unexpected exit ${String(code)}: ${child.stderr}`);
  return { stdout: child.stdout, stderr: child.stderr, exitCode: killed ? 1 : (code as 0 | 1 | 2), killed };
}

const io: CliIo = { readFile: (path) => readRegularFile(path, MAX_FILE_BYTES) };
const runInProcess = (args: readonly string[]): CliResult => runCli(args, io);

/** The one line a refused file prints. */
function onlyLine(result: CliResult): string {
  expect(result.exitCode).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.stderr.endsWith('\n')).toBe(true);
  const lines = result.stderr.slice(0, -1).split('\n');
  expect(lines).toHaveLength(1);
  return lines[0];
}

/** Checks a refusal of the file as something other than a regular file, at once. */
function expectNotRead(run: RealRun, path: string, reason: RegExp): void {
  expect(run.killed, 'the command line finished by itself').toBe(false);
  const line = onlyLine(run);
  expect(line.startsWith(`${path}: cannot read the file (`), line).toBe(true);
  expect(line).toMatch(reason);
}

/**
 * Characters a terminal obeys or that reorder a line: C0 controls but the line feed, DEL, C1, the
 * bidirectional embeddings, overrides, isolates and marks.
 */
// eslint-disable-next-line no-control-regex -- these are exactly what must not be printed
const UNSAFE_OUTPUT = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/u;

/** Lists the unsafe characters of a text by code point, for a readable failure. */
function unsafeIn(text: string): string[] {
  return [...text].filter((c) => UNSAFE_OUTPUT.test(c)).map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);
}

/** The base fixture padded with whitespace to exactly `bytes` bytes of UTF-8. */
function paddedScenario(bytes: number): string {
  const base = JSON.parse(readFileSync(fixture('scenario.json'), 'utf8')) as Record<string, unknown>;
  // JSON's own whitespace fills the file: a description is limited to 20,000 characters (MODEL.md 7).
  const text = JSON.stringify(base);
  return `${text.slice(0, -1)}${' '.repeat(bytes - Buffer.byteLength(text))}}`;
}

const expectedUtf16Line = '(file): the file is not UTF-8 text (it looks like UTF-16); save it as UTF-8';
const UTF16_FIXTURES = ['scenario-utf16le-bom.json', 'scenario-utf16be-bom.json', 'scenario-utf16le.json', 'scenario-utf16be.json'];

describe('the fixtures are what their names say', () => {
  const text = readFileSync(fixture('scenario.json'), 'utf8');

  it('scenario.json is a valid scenario, and each encoding holds its very text', () => {
    expect(loadText(text).ok).toBe(true);
    const decode = (name: string, encoding: string) => new TextDecoder(encoding, { ignoreBOM: false }).decode(fixtureBytes(name));
    expect([...fixtureBytes('scenario-utf8-bom.json').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(decode('scenario-utf8-bom.json', 'utf-8')).toBe(text);
    expect([...fixtureBytes('scenario-utf16le-bom.json').subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect([...fixtureBytes('scenario-utf16be-bom.json').subarray(0, 2)]).toEqual([0xfe, 0xff]);
    expect(decode('scenario-utf16le-bom.json', 'utf-16le')).toBe(text);
    expect(decode('scenario-utf16be-bom.json', 'utf-16be')).toBe(text);
    expect(decode('scenario-utf16le.json', 'utf-16le')).toBe(text);
    expect(decode('scenario-utf16be.json', 'utf-16be')).toBe(text);
    expect(fixtureBytes('scenario-latin1.json')).toContain(0xe9);
  });
});

describe('loadBytes: one byte-level entry point for files', () => {
  it('loads UTF-8 text as loadText does', () => {
    const bytes = fixtureBytes('scenario.json');
    expect(loadBytes(bytes)).toEqual(loadText(new TextDecoder().decode(bytes)));
    expect(loadBytes(bytes).ok).toBe(true);
  });

  it('accepts a UTF-8 byte-order mark: the same scenario as without it', () => {
    const plain = loadBytes(fixtureBytes('scenario.json'));
    const marked = loadBytes(fixtureBytes('scenario-utf8-bom.json'));
    expect(marked.ok).toBe(true);
    expect(marked).toEqual(plain);
  });

  for (const name of UTF16_FIXTURES) {
    it(`refuses UTF-16 (${name}) as one "(file)" problem that says so`, () => {
      const result = loadBytes(fixtureBytes(name));
      expect(result.ok).toBe(false);
      const issues = result.ok ? [] : result.issues;
      expect(issues).toEqual([{ path: '(file)', code: 'not-utf8-utf16', params: { wanted: 'UTF-8', found: 'UTF-16' } }]);
      expect(issues.map(formatIssue)).toEqual([expectedUtf16Line]);
    });
  }

  it('refuses UTF-16 of a single character and of text that is mostly Persian', () => {
    const utf16 = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
    for (const text of ['{}', '1', `{"title":{"fa":"${'سناریوی صادرات '.repeat(200)}"}}`]) {
      const decoded = decodeFileBytes(utf16(text));
      expect(decoded.ok ? 'decoded' : decoded.issues[0].code, text.slice(0, 20)).toBe('not-utf8-utf16');
    }
  });

  it('refuses Latin-1 bytes, naming the first bad byte and its line', () => {
    const bytes = fixtureBytes('scenario-latin1.json');
    const at = bytes.indexOf(0xe9);
    const line = bytes.subarray(0, at).filter((b) => b === 0x0a).length + 1;
    const result = loadBytes(bytes);
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    expect(issues).toEqual([{ path: '(file)', code: 'not-utf8', params: { wanted: 'UTF-8', byte: at + 1, line } }]);
    expect(formatIssue(issues[0])).toBe(`(file): the file is not UTF-8 text (byte ${at + 1}, on line ${line}, is not UTF-8); save it as UTF-8`);
  });

  it('refuses every kind of malformed UTF-8 at its first byte', () => {
    const cases: Array<[string, number[]]> = [
      ['a lone continuation byte', [0x7b, 0x80, 0x7d]],
      ['an overlong two-byte form', [0x7b, 0xc0, 0x80]],
      ['an overlong three-byte form', [0x7b, 0xe0, 0x80, 0x80]],
      ['an overlong four-byte form', [0x7b, 0xf0, 0x80, 0x80, 0x80]],
      ['a surrogate', [0x7b, 0xed, 0xa0, 0x80]],
      ['a code point above U+10FFFF', [0x7b, 0xf4, 0x90, 0x80, 0x80]],
      ['a byte that never appears (F5)', [0x7b, 0xf5, 0x80, 0x80, 0x80]],
      ['a sequence cut short by the end', [0x7b, 0xe2, 0x82]],
      ['a sequence cut short by ASCII', [0x7b, 0xe2, 0x82, 0x7d]],
    ];
    for (const [what, bytes] of cases) {
      const decoded = decodeFileBytes(new Uint8Array(bytes));
      expect(decoded.ok ? null : decoded.issues[0], what).toEqual({ path: '(file)', code: 'not-utf8', params: { wanted: 'UTF-8', byte: 2, line: 1 } });
    }
  });

  it('finds an invalid byte exactly where the platform decoder does (property)', () => {
    const fatal = new TextDecoder('utf-8', { fatal: true });
    const decodes = (bytes: Uint8Array) => {
      try {
        fatal.decode(bytes);
        return true;
      } catch {
        return false;
      }
    };
    // Valid text with a few bytes changed: the first bad byte is where decoding the prefix up to it
    // and one more sequence fails.
    const mutated = fc
      .tuple(fc.string({ unit: 'binary', maxLength: 40 }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 3 }))
      .map(([text, edits]) => {
        const bytes = new Uint8Array(Buffer.from(text, 'utf8'));
        for (const [at, value] of edits) if (bytes.length > 0) bytes[at % bytes.length] = value;
        return bytes;
      });
    const bytes = fc.oneof(mutated, fc.uint8Array({ maxLength: 12 }));
    fc.assert(
      fc.property(bytes, (b) => {
        const bad = firstInvalidUtf8Byte(b);
        expect(bad < 0, `${Buffer.from(b).toString('hex')}: first bad byte ${bad}`).toBe(decodes(b));
        if (bad >= 0) {
          // Everything before it decodes; it does not begin a valid sequence.
          expect(decodes(b.subarray(0, bad))).toBe(true);
          for (let length = 1; length <= 4 && bad + length <= b.length; length++) expect(decodes(b.subarray(bad, bad + length))).toBe(false);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses more than 1 MiB with the exact byte counts, and lets exactly 1 MiB through', () => {
    const over = decodeFileBytes(new Uint8Array(Buffer.from(paddedScenario(MIB + 1))));
    expect(over.ok ? null : over.issues).toEqual([{ path: '(file)', code: 'too-large', params: { size: MIB + 1, max: MIB } }]);
    const exact = loadBytes(new Uint8Array(Buffer.from(paddedScenario(MIB))));
    expect(exact.ok ? 'ok' : exact.issues.map(formatIssue).join('\n')).toBe('ok');
  });

  it('counts a byte-order mark as part of the file', () => {
    const text = paddedScenario(MIB - 2);
    const marked = new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    expect(marked.length).toBe(MIB + 1);
    const decoded = decodeFileBytes(marked);
    expect(decoded.ok ? null : decoded.issues[0].params).toEqual({ size: MIB + 1, max: MIB });
  });

  it('keeps the last of repeated keys, as JSON.parse does', () => {
    const text = readFileSync(fixture('duplicate-keys.json'), 'utf8');
    expect(text.match(/"horizon"/g)).toHaveLength(2);
    const result = loadBytes(fixtureBytes('duplicate-keys.json'));
    expect(result.ok).toBe(true);
    if (!result.ok || result.file.kind !== 'scenario') return;
    expect(result.file.scenario.horizon).toBe(5);
    expect(result.file.scenario.economy.classes[0].credit).toBe(10);
    expect(result.file.scenario.policy?.reallocation).toBe(0.1);
  });
});

describe('reading only regular files, and never more than the limit plus one byte', () => {
  let dir = '';
  let socket: Server | null = null;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sme-cli-files-'));
    mkdirSync(join(dir, 'a-folder.json'));
    const fifo = spawnSync('mkfifo', [join(dir, 'pipe.json')]);
    if (fifo.status !== 0) throw new Error(`mkfifo failed: ${fifo.stderr.toString()}`);
    const server = createServer();
    socket = server;
    await new Promise<void>((resolve) => server.listen(join(dir, 'socket.json'), resolve));
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => (socket ? socket.close(() => resolve()) : resolve()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses /dev/zero at once instead of reading it forever (real CLI)', () => {
    expectNotRead(runReal(['/dev/zero']), '/dev/zero', /\(it is a device, not a regular file\)$/);
  });

  it('refuses a FIFO at once instead of waiting for a writer (real CLI)', () => {
    const path = join(dir, 'pipe.json');
    expect(statSync(path).isFIFO()).toBe(true);
    expectNotRead(runReal([path]), path, /\(it is a named pipe, not a regular file\)$/);
  });

  it('refuses a folder (real CLI)', () => {
    const path = join(dir, 'a-folder.json');
    expectNotRead(runReal([path]), path, /\(it is a folder\)$/);
  });

  it('refuses a socket and a device', () => {
    const path = join(dir, 'socket.json');
    expect(statSync(path).isSocket()).toBe(true);
    expect(onlyLine(runInProcess([path]))).toBe(`${path}: cannot read the file (it is a socket, not a regular file)`);
    expect(onlyLine(runInProcess(['/dev/null']))).toBe('/dev/null: cannot read the file (it is a device, not a regular file)');
  });

  it('accepts a file of exactly 1 MiB (real CLI)', () => {
    const path = join(dir, 'exactly-1-mib.json');
    writeFileSync(path, paddedScenario(MIB));
    expect(statSync(path).size).toBe(MIB);
    const run = runReal([path, '--json']);
    expect(run.killed).toBe(false);
    expect(run.exitCode).toBe(0);
    expect((JSON.parse(run.stdout) as { id: string }).id).toBe('two-classes-bytes');
  });

  it('refuses 1 MiB + 1 byte with the exact byte counts (real CLI)', () => {
    const path = join(dir, 'over-1-mib.json');
    writeFileSync(path, paddedScenario(MIB + 1));
    expect(onlyLine(runReal([path]))).toBe('(file): the file is 1048577 bytes; at most 1048576 bytes (1 MiB) are allowed');
  });

  it('reads no more than the limit plus one byte of a file whose size the system does not know', () => {
    // Files under /proc are regular files of size 0 that produce text as they are read: the size on
    // record cannot be trusted, the read itself must stop.
    const path = '/proc/self/status';
    expect(statSync(path).isFile()).toBe(true);
    expect(statSync(path).size).toBe(0);
    expect(readRegularFile(path, 16)).toEqual({ ok: false, tooLarge: 17 });
    const whole = readRegularFile(path, 64 * 1024);
    expect(whole.ok && whole.bytes.length > 17).toBe(true);
  });

  it('says plainly that a file does not exist', () => {
    const path = join(dir, 'no-such-file.json');
    expect(onlyLine(runInProcess([path]))).toBe(`${path}: cannot read the file (no such file)`);
  });
});

describe('the same "(file)" problem for an encoding in the command line as in the app', () => {
  it('UTF-16 little-endian with a byte-order mark (real CLI)', () => {
    expect(onlyLine(runReal([fixture('scenario-utf16le-bom.json')]))).toBe(expectedUtf16Line);
  });

  for (const name of UTF16_FIXTURES) {
    it(`${name} (in-process)`, () => {
      expect(onlyLine(runInProcess([fixture(name)]))).toBe(expectedUtf16Line);
    });
  }

  it('Latin-1 (in-process)', () => {
    expect(onlyLine(runInProcess([fixture('scenario-latin1.json')]))).toMatch(/^\(file\): the file is not UTF-8 text \(byte \d+, on line 12, is not UTF-8\); save it as UTF-8$/);
  });

  it('a UTF-8 byte-order mark is accepted: the same output as without it', () => {
    for (const flag of [[], ['--json'], ['--csv']]) {
      const marked = runInProcess([fixture('scenario-utf8-bom.json'), ...flag]);
      expect(marked.exitCode).toBe(0);
      const plain = runInProcess([fixture('scenario.json'), ...flag]);
      expect(marked.stdout).toBe(plain.stdout);
      // The fixture is a version-1 file: the migration line names each file, otherwise the same.
      expect(marked.stderr.replace(fixture('scenario-utf8-bom.json'), 'FILE')).toBe(plain.stderr.replace(fixture('scenario.json'), 'FILE'));
    }
  });

  it('duplicate keys keep their last value (--json)', () => {
    const run = runInProcess([fixture('duplicate-keys.json'), '--json']);
    expect(run.exitCode).toBe(0);
    const report = JSON.parse(run.stdout) as { years: number[]; series: { credit: { sme: number[] } } };
    expect(report.years).toEqual([0, 1, 2, 3, 4, 5]);
    expect(report.series.credit.sme[0]).toBeCloseTo(10, 12);
  });
});

describe('no terminal escape comes through', () => {
  it('escapes every C0, DEL, C1 and direction character, and nothing a title needs', () => {
    const unsafe = [
      ...Array.from({ length: 0x20 }, (_, i) => i),
      ...Array.from({ length: 0x21 }, (_, i) => 0x7f + i),
      0x061c,
      0x200e,
      0x200f,
      0x202a,
      0x202b,
      0x202c,
      0x202d,
      0x202e,
      0x2066,
      0x2067,
      0x2068,
      0x2069,
    ].map((c) => String.fromCharCode(c));
    const escaped = terminalSafe(unsafe.join(''));
    expect(unsafeIn(escaped)).toEqual([]);
    expect(escaped).not.toContain('\n');
    expect(escaped).toContain('\\u001b');
    expect(escaped).toContain('\\u009b');
    expect(escaped).toContain('\\u202e');
    // Persian needs its zero-width non-joiner; letters, digits and punctuation stay as they are.
    const title = 'سناریوی بنگاه‌های کوچک ۱۴۰۲ — Small firms, +10% "credit"';
    expect(terminalSafe(title)).toBe(title);
  });

  const hostile = fixture('terminal-escapes.json');

  it('the file really carries escape sequences, CR, BEL, C1 and direction overrides in its texts', () => {
    const raw = JSON.parse(readFileSync(hostile, 'utf8')) as { title: { en: string }; economy: { currencyUnit: string; employmentUnit: string; classes: Array<{ label: { en: string } }> } };
    expect(raw.title.en).toContain('\u001b[2J');
    expect(raw.title.en).toContain('\r\n');
    expect(raw.title.en).toContain('\u0007');
    expect(raw.title.en).toContain('\u009b');
    expect(raw.title.en).toContain('\u202e');
    expect(raw.economy.currencyUnit).toContain('\u001b]0;');
    expect(raw.economy.employmentUnit).toContain('\r');
    expect(raw.economy.classes[0].label.en).toContain('\u001b[5m');
  });

  for (const flag of [[], ['--json'], ['--csv']]) {
    const how = flag.length === 0 ? 'summary' : flag[0];
    it(`prints none of them raw (${how}, real CLI)`, () => {
      const run = runReal([hostile, ...flag]);
      expect(run.killed).toBe(false);
      expect(unsafeIn(run.stdout), 'standard output').toEqual([]);
      expect(unsafeIn(run.stderr), 'standard error').toEqual([]);
      if (run.exitCode === 0) {
        // The texts pass the loader: the summary shows them, escaped.
        if (how === 'summary') {
          expect(run.stdout).toContain('\\u001b[2J\\u001b[H\\u001b[31mForged title');
          expect(run.stdout).toContain('\\r\\n    Jobs    +999999 persons\\u0007\\u009b2J\\u202e');
          expect(run.stdout.split('\n').filter((l) => l.includes('Jobs    +999999'))).toHaveLength(1);
        }
      } else {
        // A loader that refuses control characters in texts names the fields, also escaped.
        expect(run.exitCode).toBe(1);
        expect(run.stderr).toMatch(/^title\.en: /m);
      }
    });
  }

  it('a key made of escapes is named in the problem, escaped (real CLI)', () => {
    const run = runReal([fixture('terminal-escapes-in-key.json')]);
    expect(unsafeIn(run.stderr)).toEqual([]);
    const line = onlyLine(run);
    expect(line).toBe('economy["\\u001b[2J\\u009b2J\\u202eyenom\\u2066"]: unknown field (allowed here: baseYear, calendar, currencyUnit, employmentUnit, usdPerCurrencyUnit, personsPerEmploymentUnit, classes)');
  });

  it('a file name or an option with escapes is escaped too', () => {
    expect(unsafeIn(runInProcess(['/no/such\u001b[2J\u202efile.json']).stderr)).toEqual([]);
    expect(unsafeIn(runInProcess([fixture('scenario.json'), '--\u001b[2J']).stderr)).toEqual([]);
  });
});

describe('byte counts are exact in the app\'s messages too', () => {
  const tooLarge: LoadIssue = { path: '(file)', code: 'too-large', params: { size: MIB + 1, max: MIB } };

  it('English and Persian write 1,048,577 and 1,048,576 in full', async () => {
    await Promise.all([loadCatalog('en'), loadCatalog('fa')]);
    const en = formatIssueText(translatorFor('en'), tooLarge);
    expect(en).toBe('(file): the file is 1,048,577 bytes; at most 1,048,576 bytes (1 MiB) are allowed');
    const fa = formatIssueText(translatorFor('fa'), tooLarge);
    expect(fa).toContain('۱٬۰۴۸٬۵۷۷');
    expect(fa).toContain('۱٬۰۴۸٬۵۷۶');
    // A fraction keeps the six significant digits of the other messages.
    expect(formatIssueText(translatorFor('en'), { path: 'x', code: 'low-above-high', params: { low: 1.23456789, high: 1 } })).toBe('x: low 1.23457 is above high 1');
  });

  it('the encoding problems have their own text in both catalogs', async () => {
    await Promise.all([loadCatalog('en'), loadCatalog('fa')]);
    const utf16 = decodeFileBytes(fixtureBytes('scenario-utf16le.json'));
    const issue = utf16.ok ? null : utf16.issues[0];
    expect(issue).not.toBeNull();
    if (!issue) return;
    expect(formatIssueText(translatorFor('en'), issue)).toBe(expectedUtf16Line);
    const fa = formatIssueText(translatorFor('fa'), issue);
    expect(fa).toContain('UTF-16');
    expect(fa).not.toContain('{');
    const latin = decodeFileBytes(fixtureBytes('scenario-latin1.json'));
    expect(latin.ok).toBe(false);
    // The byte is below 1,000, so the app's grouping of digits makes no difference here.
    if (!latin.ok) expect(formatIssueText(translatorFor('en'), latin.issues[0])).toBe(formatIssue(latin.issues[0]));
  });
});
