/**
 * Text from a file made safe to print on a terminal: no character that a terminal obeys rather than
 * shows (escape sequences that colour, move the cursor or clear the screen; a carriage return or line
 * break that forges a line; a bell) and no character that reorders what follows it on the line.
 */

/**
 * C0 controls, DEL and C1 controls; the bidirectional marks, embeddings, overrides and isolates
 * (U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069); the line and paragraph separators.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Escapes every control and direction character of a text as JSON writes it (`\n`, `\u001b`, `\u202e`). */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 ? JSON.stringify(c).slice(1, -1) : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** Escapes each line of a text, keeping its line breaks (for output already split into lines). */
export function terminalSafeLines(text: string): string {
  return text.split('\n').map(terminalSafe).join('\n');
}
