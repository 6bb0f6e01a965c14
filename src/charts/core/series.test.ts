import { describe, expect, it } from 'vitest';
import { sharesByYear } from './series';

describe('sharesByYear', () => {
  it('turns credit by class into shares that sum to one each year', () => {
    const shares = sharesByYear([
      [10, 30],
      [30, 30],
    ]);
    expect(shares[0]).toEqual([0.25, 0.5]);
    expect(shares[1]).toEqual([0.75, 0.5]);
  });

  it('gives zero shares in a year without credit', () => {
    expect(sharesByYear([[0], [0]])).toEqual([[0], [0]]);
  });
});
