import { describe, expect, it } from 'vitest';
import type { QuoteDecision } from '../../src/article/attribution/attribute-quotes.js';
import { decideSpans } from '../../src/training/score.js';
import { handModel } from '../support/hand-model.js';

// A hand-written model: a span is speech only when it has the feature "q:sure".
const model = handModel({ threshold: 0.5, weights: { bias: -5, 'q:sure': 10 } }, { minProbability: 0.35, weights: { near: 2 } });

const span = (speech: string[], carriedFrom: number | null = null): QuoteDecision => ({
  paragraph: 0,
  start: 0,
  end: 1,
  text: 'words',
  speech,
  candidates: [{ actorId: 'a1', features: ['near'] }],
  nobody: ['nobody'],
  ruleKept: true,
  ruleSpeakerId: 'a1',
  labelled: false,
  carriedFrom,
});

describe('a paragraph that carries on the quotation the one before left open', () => {
  it('is kept when the opening words are, though the model alone would drop it', () => {
    const decided = decideSpans(model, [span(['q:sure']), span([], 0)]);
    expect(decided.map((d) => d.speech)).toEqual([true, true]);
    expect(decided[1]!.speakerId).toBe('a1');
  });

  it('is dropped with the opening words, and carries the keeping on down a chain of paragraphs', () => {
    expect(decideSpans(model, [span([]), span([], 0)]).map((d) => d.speech)).toEqual([false, false]);
    expect(decideSpans(model, [span(['q:sure']), span([], 0), span([], 1)]).map((d) => d.speech)).toEqual([true, true, true]);
  });
});
