/**
 * The style sheet is well formed: a brace left open swallows every rule after it, silently (the
 * browser reports nothing), so the whole sheet is checked here: braces balance outside comments and
 * strings, and no rule starts inside another except under an at-rule.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(join(import.meta.dirname, 'styles.css'), 'utf8');

/** The sheet without its comments and strings (their braces do not count). */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""');
}

describe('styles.css', () => {
  it('closes every brace it opens, and nests rules only inside at-rules', () => {
    const text = code(css);
    const stack: string[] = [];
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (ch === '{') {
        const prelude = text.slice(start, i).trim();
        const line = text.slice(0, i).split('\n').length;
        if (stack.length > 0) expect(stack.at(-1)?.startsWith('@'), `line ${line}: "${prelude}" opens inside "${stack.at(-1)}"`).toBe(true);
        stack.push(prelude);
        start = i + 1;
      } else if (ch === '}') {
        expect(stack.length, `a closing brace with nothing open, line ${text.slice(0, i).split('\n').length}`).toBeGreaterThan(0);
        stack.pop();
        start = i + 1;
      } else if (ch === ';') start = i + 1;
    }
    expect(stack, 'left open at the end').toEqual([]);
  });
});
