import { describe, expect, it } from 'vitest';
import { changedWording, holdsWords, relation, statementKeys, statementWords, storedKeys } from '../../../src/store/statements/statement-words.js';

const w = statementWords;

describe('the words of a statement', () => {
  it('ignore case, accents and punctuation', () => {
    expect(w('“No island family will be cut off,” she said.').tokens).toEqual(w('no island family will be cut off she said').tokens);
    expect(w('Café owners—and others—agreed').tokens).toEqual(['cafe', 'owners', 'and', 'others', 'agreed']);
  });

  it('are cut into segments where an outlet left words out or put its own in', () => {
    expect(w('We will ... rebuild the pier.').segments).toEqual([
      ['we', 'will'],
      ['rebuild', 'the', 'pier'],
    ]);
    expect(w('We will… rebuild').segments).toEqual([['we', 'will'], ['rebuild']]);
    expect(w('The [harbour] board will meet').segments).toEqual([['the'], ['board', 'will', 'meet']]);
  });
});

describe('one statement or two', () => {
  const full = w('No island family will be cut off while this lasts, and the buses will run every hour');

  it('finds a trimmed form and an elided form inside the full words', () => {
    expect(holdsWords(full.tokens, w('No island family will be cut off'))).toBe(true);
    expect(holdsWords(full.tokens, w('No island family will be cut off ... and the buses will run every hour'))).toBe(true);
    expect(relation(full, w('island family will be cut off while this lasts'))).toBe('a-holds-b');
    expect(relation(w('cut off while this lasts'), full)).toBe('b-holds-a');
  });

  it('never finds different words, or words out of order', () => {
    expect(holdsWords(full.tokens, w('No island family will be left alone'))).toBe(false);
    expect(holdsWords(full.tokens, w('the buses will run ... No island family'))).toBe(false);
    expect(relation(w('The ferries must sail by Friday'), w('The ferries must be safe first'))).toBeNull();
  });

  it('matches a very short fragment only when it is the very same words', () => {
    expect(relation(full, w('No island'))).toBeNull();
    expect(relation(w('tireless'), w('Tireless!'))).toBe('same');
  });
});

describe('changed wording', () => {
  it('is most words shared in order with some changed', () => {
    expect(changedWording(w('We will not reopen the talks this week'), w('We will not return to the talks this week'))).toBe(true);
    expect(changedWording(w('We will never leave the harbour'), w('We will not leave the harbour'))).toBe(true);
  });

  it('is not a trimmed form, a short phrase, or another statement sharing a few words', () => {
    expect(changedWording(w('We will not reopen the talks this week'), w('We will not reopen the talks'))).toBe(false);
    expect(changedWording(w('pay us now'), w('pay us soon'))).toBe(false);
    expect(changedWording(w('The ferries must sail by Friday'), w('The ferries must be safe first'))).toBe(false);
  });
});

describe('keys', () => {
  it('are the pairs of neighbouring words, without pairs of function words, within segments', () => {
    expect(statementKeys(w('We will ... rebuild the pier'))).toEqual(['rebuild the', 'the pier']);
    expect(statementKeys(w('of the'))).toEqual(['of the']);
    expect(statementKeys(w('Comrade'))).toEqual(['comrade']);
  });

  it('are shared by a trimmed form and the full words', () => {
    const full = new Set(statementKeys(w('No island family will be cut off while this lasts')));
    expect(statementKeys(w('island family will be cut off')).every((k) => full.has(k))).toBe(true);
  });
});

describe('stored keys', () => {
  it('are every other pair, and every trimmed form of three words or more still shares one', () => {
    const full = w('No island family will be cut off while this lasts');
    const stored = new Set(storedKeys(full));
    expect(stored.size).toBeLessThan(statementKeys(full).length);
    for (let from = 0; from + 3 <= full.tokens.length; from++) {
      const part = w(full.tokens.slice(from, from + 3).join(' '));
      expect(
        statementKeys(part).some((k) => stored.has(k)),
        full.tokens.slice(from, from + 3).join(' '),
      ).toBe(true);
    }
  });
});
