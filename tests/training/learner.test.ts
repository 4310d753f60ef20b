import { describe, expect, it } from 'vitest';
import { trainLogistic, trainRanker } from '../../src/training/learner.js';

const options = { seed: 7, epochs: 20, l2: 1e-4, learningRate: 0.2 };

describe('the learners', () => {
  it('learn a separable classification: the feature that marks the positives gets the weight', () => {
    const examples = Array.from({ length: 40 }, (_, i) => ({ features: i % 2 ? ['quoted', 'long'] : ['long'], label: i % 2 === 1 }));
    const weights = trainLogistic(examples, options);
    expect(weights.quoted!).toBeGreaterThan(1);
  });

  it('learn to rank the choice with the telling feature first', () => {
    const examples = Array.from({ length: 30 }, () => ({ choices: [['near'], ['near', 'subject'], ['far']], correct: [1] }));
    const weights = trainRanker(examples, options);
    expect(weights.subject!).toBeGreaterThan(1);
    expect(weights.far ?? 0).toBeLessThan(weights.near ?? 0);
  });

  it('give the same weights for the same data and seed, and others for another seed', () => {
    const examples = Array.from({ length: 50 }, (_, i) => ({ features: [`f${i % 5}`, `g${i % 3}`], label: i % 7 < 3 }));
    expect(trainLogistic(examples, options)).toEqual(trainLogistic(examples, options));
    expect(trainLogistic(examples, { ...options, seed: 8 })).not.toEqual(trainLogistic(examples, options));
  });
  it('average the weights of learners that saw the examples in different orders, the same for the same seed', () => {
    const examples = Array.from({ length: 50 }, (_, i) => ({ features: [`f${i % 5}`, `g${i % 3}`], label: i % 7 < 3 }));
    const bagged = trainLogistic(examples, { ...options, bags: 3 });
    expect(trainLogistic(examples, { ...options, bags: 3 })).toEqual(bagged);
    const single = [7, 8, 9].map((seed) => trainLogistic(examples, { ...options, seed }));
    for (const name of ['f0', 'g1', 'bias']) {
      const mean = single.reduce((sum, w) => sum + (w[name] ?? 0), 0) / 3;
      expect(bagged[name]).toBeCloseTo(mean, 3);
    }
  });
});
