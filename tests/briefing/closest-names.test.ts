import { describe, expect, it } from 'vitest';
import { closestNames, wordCost } from '../../src/briefing/closest-names.js';

const people = ['Maria Lindqvist', 'Tomas Okonkwo', 'Anneli Vartanen', 'Mark Lindholm', 'Harbour Board'];
const rank = (typed: string, limit = 5) => closestNames(typed, people, (name) => [name], limit);

describe('did-you-mean suggestions', () => {
  it('rank a one-letter typo first, then names sharing the beginning', () => {
    expect(rank('Lindqvst')).toEqual(['Maria Lindqvist']);
    expect(rank('Lind')).toEqual(['Mark Lindholm', 'Maria Lindqvist']);
  });

  it('follow what was typed, not who is best known', () => {
    expect(rank('Okonkow')[0]).toBe('Tomas Okonkwo');
    expect(rank('Vartenen')[0]).toBe('Anneli Vartanen');
  });

  it('offer nothing when nothing is close, and ignore short and filler words', () => {
    expect(rank('Qqqqqq')).toEqual([]);
    expect(rank("It's about me")).toEqual([]);
    expect(rank('xy')).toEqual([]);
  });

  it('keep the caller order between equally close names and stop at the limit', () => {
    expect(closestNames('Kim', ['Kim Il', 'Kim Ho', 'Kim Ra'], (n) => [n], 2)).toEqual(['Kim Il', 'Kim Ho']);
  });

  it('cost the same word nothing, a beginning little and an unrelated word everything', () => {
    expect(wordCost('lindqvist', 'lindqvist')).toBe(0);
    expect(wordCost('lindq', 'lindqvist')).toBeLessThan(wordCost('lindqvst', 'lindqvist'));
    expect(wordCost('harbour', 'okonkwo')).toBe(Infinity);
  });
});
