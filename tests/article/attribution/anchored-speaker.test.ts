import { describe, expect, it } from 'vitest';
import { FEATURE_SET_VERSION } from '../../../src/article/attribution/features.js';
import { MODEL_FORMAT, MODEL_FORMAT_VERSION, modelFromJson } from '../../../src/article/attribution/model.js';
import { chooseSpeaker } from '../../../src/article/attribution/rank.js';

// A hand-written ranker that likes a name standing near the words more than a saying word's subject.
const model = modelFromJson({
  format: MODEL_FORMAT,
  formatVersion: MODEL_FORMAT_VERSION,
  featureSetVersion: FEATURE_SET_VERSION,
  data: { corpus: 'invented', citation: 'none', split: 'all', articles: 0, quotes: 0, candidates: 0 },
  training: { learner: 'by hand', seed: 1, epochs: 0, l2: 0 },
  speech: { threshold: 0.5, weights: { bias: 0 } },
  speaker: { minProbability: 0.35, weights: { 'name:near': 2.2, 'cue:sent:before:adjacent': 2, nobody: -5 } },
});
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
    const sure = modelFromJson({ ...model.file, speaker: { ...model.file.speaker, weights: { ...model.file.speaker.weights, 'name:near:twice': 3 } } });
    expect(chooseSpeaker(sure, [atCue, strong], ['nobody']).actorId).toBe('berg');
  });
});
