import { describe, expect, it } from 'vitest';
import { stepCell, stepIndex } from './navigation';

describe('stepIndex', () => {
  it('moves one year with the arrows and stops at the ends', () => {
    expect(stepIndex('ArrowLeft', 5, 11, 'horizontal')).toEqual({ kind: 'move', to: 4 });
    expect(stepIndex('ArrowRight', 10, 11, 'horizontal')).toEqual({ kind: 'move', to: 10 });
    expect(stepIndex('ArrowLeft', 0, 11, 'horizontal')).toEqual({ kind: 'move', to: 0 });
  });

  it('jumps to the first and last year with Home and End', () => {
    expect(stepIndex('Home', 5, 11, 'horizontal')).toEqual({ kind: 'move', to: 0 });
    expect(stepIndex('End', 5, 11, 'horizontal')).toEqual({ kind: 'move', to: 10 });
  });

  it('starts at the horizon when nothing is shown yet', () => {
    expect(stepIndex('ArrowLeft', null, 11, 'horizontal')).toEqual({ kind: 'move', to: 10 });
    expect(stepIndex('ArrowDown', null, 5, 'vertical', 0)).toEqual({ kind: 'move', to: 0 });
  });

  it('hides on Escape and lets other keys through', () => {
    expect(stepIndex('Escape', 3, 11, 'horizontal')).toEqual({ kind: 'hide' });
    expect(stepIndex('Tab', 3, 11, 'horizontal')).toEqual({ kind: 'none' });
    expect(stepIndex('ArrowUp', 3, 11, 'horizontal')).toEqual({ kind: 'none' });
  });
});

describe('stepCell', () => {
  it('moves years with left/right and classes with up/down', () => {
    const at = { row: 1, col: 4 };
    expect(stepCell('ArrowLeft', at, 4, 11)).toEqual({ kind: 'move', to: { row: 1, col: 3 } });
    expect(stepCell('ArrowDown', at, 4, 11)).toEqual({ kind: 'move', to: { row: 2, col: 4 } });
    expect(stepCell('ArrowUp', { row: 0, col: 4 }, 4, 11)).toEqual({ kind: 'move', to: { row: 0, col: 4 } });
    expect(stepCell('End', at, 4, 11)).toEqual({ kind: 'move', to: { row: 1, col: 10 } });
  });

  it('starts at the first class in the last year', () => {
    expect(stepCell('ArrowRight', null, 4, 11)).toEqual({ kind: 'move', to: { row: 0, col: 10 } });
  });
});
