import { describe, expect, it } from 'vitest';
import { chooseSpeaker } from '../../../src/article/attribution/rank.js';
import { handModel } from '../../support/hand-model.js';

// A hand-written ranker that likes a name standing near the words more than a saying word's subject.
const model = handModel(
  { threshold: 0.5, weights: { bias: 0 } },
  { minProbability: 0.35, weights: { 'name:near': 2.2, 'cue:sent:before:adjacent': 2, nobody: -5 } },
);
const atCue = { actorId: 'acme', features: ['rule:decided', 'cue:sent:before:adjacent'] };

describe('a speaker named at the saying word of the quote’s own sentence', () => {
  it('is kept over a name the model prefers only for where it stands', () => {
    const nearby = { actorId: 'berg', features: ['name:near'] };
    expect(chooseSpeaker(model, [atCue, nearby], ['nobody']).actorId).toBe('acme');
  });

  it('gives way to a name a pronoun’s saying word ties to the words', () => {
    const heard = { actorId: 'berg', features: ['name:near', 'pronoun-cue:sent:before'] };
    expect(chooseSpeaker(model, [atCue, heard], ['nobody']).actorId).toBe('berg');
  });

  it('gives way when the model finds it too unlikely itself', () => {
    const strong = { actorId: 'berg', features: ['name:near', 'name:near:twice'] };
    const sure = handModel(model.file.speech, { ...model.file.speaker, weights: { ...model.file.speaker.weights, 'name:near:twice': 3 } });
    expect(chooseSpeaker(sure, [atCue, strong], ['nobody']).actorId).toBe('berg');
  });
});
