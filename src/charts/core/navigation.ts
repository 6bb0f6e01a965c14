/**
 * Keyboard movement inside a focused panel, as pure functions of the key and the current position, so
 * that every panel moves the same way. Time runs left to right in both languages (layout.ts), so
 * ArrowLeft is always the earlier year.
 */

/** What a key press does: move to a position, hide the read-out, or nothing (let the key through). */
export type KeyMove<P> = { readonly kind: 'move'; readonly to: P } | { readonly kind: 'hide' } | { readonly kind: 'none' };

const NONE = { kind: 'none' } as const;
const HIDE = { kind: 'hide' } as const;

/**
 * Steps an index along one axis: the arrows of that axis move by one, Home and End jump to the ends,
 * Escape hides. From no position, a move key starts at `start` (the horizon for time, the first bar
 * for bars).
 */
export function stepIndex(key: string, current: number | null, count: number, axis: 'horizontal' | 'vertical', start = count - 1): KeyMove<number> {
  if (count <= 0) return NONE;
  const back = axis === 'horizontal' ? 'ArrowLeft' : 'ArrowUp';
  const forward = axis === 'horizontal' ? 'ArrowRight' : 'ArrowDown';
  const clamp = (i: number): number => Math.max(0, Math.min(count - 1, i));
  switch (key) {
    case 'Escape':
      return HIDE;
    case 'Home':
      return { kind: 'move', to: 0 };
    case 'End':
      return { kind: 'move', to: count - 1 };
    case back:
      return { kind: 'move', to: current === null ? clamp(start) : clamp(current - 1) };
    case forward:
      return { kind: 'move', to: current === null ? clamp(start) : clamp(current + 1) };
    default:
      return NONE;
  }
}

/** A cell of a grid: its row and column. */
export interface GridCell {
  readonly row: number;
  readonly col: number;
}

/**
 * Steps a cell of a rows x cols grid: ArrowLeft/ArrowRight move the column (the year), ArrowUp/ArrowDown
 * the row (the class), Home/End jump to the first/last column of the row, Escape hides.
 */
export function stepCell(key: string, current: GridCell | null, rows: number, cols: number): KeyMove<GridCell> {
  if (rows <= 0 || cols <= 0) return NONE;
  const at = current ?? { row: 0, col: cols - 1 };
  const clampRow = (r: number): number => Math.max(0, Math.min(rows - 1, r));
  const clampCol = (c: number): number => Math.max(0, Math.min(cols - 1, c));
  const fresh = current === null;
  switch (key) {
    case 'Escape':
      return HIDE;
    case 'Home':
      return { kind: 'move', to: { row: at.row, col: 0 } };
    case 'End':
      return { kind: 'move', to: { row: at.row, col: cols - 1 } };
    case 'ArrowLeft':
      return { kind: 'move', to: fresh ? at : { row: at.row, col: clampCol(at.col - 1) } };
    case 'ArrowRight':
      return { kind: 'move', to: fresh ? at : { row: at.row, col: clampCol(at.col + 1) } };
    case 'ArrowUp':
      return { kind: 'move', to: fresh ? at : { row: clampRow(at.row - 1), col: at.col } };
    case 'ArrowDown':
      return { kind: 'move', to: fresh ? at : { row: clampRow(at.row + 1), col: at.col } };
    default:
      return NONE;
  }
}
