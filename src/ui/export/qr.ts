/**
 * A link as a QR code's modules (qrcode-generator), for the share panel to draw as SVG. Medium error
 * correction where the link fits (a projected or photographed code survives glare), else low; a link
 * longer than a QR code holds gets null.
 */
import qrcode from 'qrcode-generator';

/** The most bytes a QR code holds (version 40, low error correction, byte mode). */
export const QR_MAX_BYTES = 2953;

/** The modules of a QR code, row by row (true is dark). */
export type QrModules = readonly (readonly boolean[])[];

/** The QR code of an ASCII text (a URL), or null where the text is too long for one. */
export function qrModules(text: string): QrModules | null {
  if (!/^[\x20-\x7e]*$/.test(text) || text.length > QR_MAX_BYTES) return null;
  for (const level of ['M', 'L'] as const) {
    try {
      const code = qrcode(0, level);
      code.addData(text, 'Byte');
      code.make();
      const n = code.getModuleCount();
      return Array.from({ length: n }, (_, row) => Array.from({ length: n }, (_, col) => code.isDark(row, col)));
    } catch {
      // Too long at this level: try the next, then give up.
    }
  }
  return null;
}

/** An SVG path drawing the dark modules, one unit square each, offset by the quiet zone. */
export function qrPath(modules: QrModules, margin: number): string {
  const parts: string[] = [];
  modules.forEach((row, y) => {
    // Runs of dark modules in a row make one rectangle each: a short path, drawn crisp.
    for (let x = 0; x < row.length; ) {
      if (!row[x]) {
        x++;
        continue;
      }
      let end = x;
      while (end < row.length && row[end]) end++;
      parts.push(`M${x + margin} ${y + margin}h${end - x}v1h${x - end}z`);
      x = end;
    }
  });
  return parts.join('');
}
