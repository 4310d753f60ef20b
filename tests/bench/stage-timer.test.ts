import { describe, expect, it } from 'vitest';
import { levelledFrom } from '../../bench/stage-timer.js';

describe('the round from which the parse bench counts the parser as warmed up', () => {
  it('is the first round after which every round stays near the last rounds', () => {
    expect(levelledFrom([2900, 1800, 1200, 900, 700, 520, 470, 455, 450, 460, 448, 452])).toBe(5);
  });

  it('ignores an early fast round that is followed by slower ones', () => {
    expect(levelledFrom([2900, 450, 1200, 900, 460, 450, 455])).toBe(4);
  });

  it('keeps counting the rounds after one slow round among levelled ones', () => {
    expect(levelledFrom([2900, 1800, 1200, 900, 460, 450, 455, 700, 452, 448, 451, 450])).toBe(4);
  });

  it('is undefined while the time per round is still falling', () => {
    expect(levelledFrom([2900, 2000, 1400, 1000, 700])).toBeUndefined();
  });

  it('is undefined with fewer than three rounds', () => {
    expect(levelledFrom([450, 450])).toBeUndefined();
  });
});
