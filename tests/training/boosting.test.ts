import { describe, expect, it } from 'vitest';
import { compileTrees, treesScore as scoreCompiled, type TreeNode } from '../../src/article/attribution/model-trees.js';
import { boostClassifier, boostRanker } from '../../src/training/boosting.js';
import { trainLogistic, trainRanker } from '../../src/training/learner.js';

const boost = { trees: 40, depth: 2, shrinkage: 0.3, lambda: 1, minHessian: 0.5, unsplit: [] };
const linear = { seed: 3, epochs: 20, l2: 1e-4, learningRate: 0.2 };

// The first choice is right when exactly one of two features fires on it ("heard speaking last"
// and "someone else stood as a subject since" can mean that together): an exclusive or, which no
// sum of weights can express.
function interactionExamples(): Array<{ choices: string[][]; correct: number[] }> {
  const shapes: Array<[string[], number]> = [
    [['heard-last'], 30],
    [['rival-since'], 10],
    [['heard-last', 'rival-since'], 10],
    [[], 30],
  ];
  return shapes.flatMap(([first, count]) =>
    Array.from({ length: count }, () => ({ choices: [first, ['subject-before']], correct: [first.length === 1 ? 0 : 1] })),
  );
}

const treesScore = (trees: TreeNode[], features: string[]) => scoreCompiled(compileTrees(trees), features);

function accuracy(examples: Array<{ choices: string[][]; correct: number[] }>, scoreOf: (features: string[]) => number): number {
  const ranked = examples.filter((e) => {
    const scores = e.choices.map(scoreOf);
    const best = scores[e.correct[0]!]!;
    return scores.every((s, k) => k === e.correct[0] || s < best);
  });
  return ranked.length / examples.length;
}

describe('boosted trees over the speaker ranker’s weights', () => {
  it('learn what two features mean together, which the weights alone cannot', () => {
    const examples = interactionExamples();
    const weights = trainRanker(examples, linear);
    const byWeights = (f: string[]) => f.reduce((s, name) => s + (weights[name] ?? 0), 0);
    expect(accuracy(examples, byWeights)).toBeLessThan(0.9);
    const trees = boostRanker(examples, weights, boost);
    expect(accuracy(examples, (f) => byWeights(f) + treesScore(trees, f))).toBe(1);
    expect(trees.length).toBe(40);
  });

  it('add nothing where the weights already rank every quote right', () => {
    const examples = Array.from({ length: 30 }, () => ({ choices: [['near'], ['near', 'subject']], correct: [1] }));
    const weights = trainRanker(examples, linear);
    const trees = boostRanker(examples, weights, boost);
    for (const features of [['near'], ['near', 'subject']]) expect(Math.abs(treesScore(trees, features))).toBeLessThan(0.1);
  });

  it('are the same for the same data, to the last digit', () => {
    const examples = interactionExamples();
    expect(boostRanker(examples, {}, boost)).toEqual(boostRanker(examples, {}, boost));
  });

  it('split only where each side keeps enough of the data', () => {
    const examples = [
      { choices: [['rare', 'common'], ['common']], correct: [0] },
      ...Array.from({ length: 20 }, () => ({ choices: [['common'], ['other']], correct: [1] })),
    ];
    const trees = boostRanker(examples, {}, { ...boost, minHessian: 2 });
    expect(JSON.stringify(trees)).not.toContain('"rare"');
  });

  it('never split on the features they are told to leave to the weights', () => {
    const examples = interactionExamples();
    const trees = boostRanker(examples, {}, { ...boost, unsplit: ['heard'] });
    expect(JSON.stringify(trees)).not.toContain('"heard-last"');
    expect(JSON.stringify(boostRanker(examples, {}, boost))).toContain('"heard-last"');
  });
});

describe('boosted trees over the speech classifier’s weights', () => {
  // A span is speech when exactly one of two shapes holds (a title-case span is a show's name after
  // "on", a quote at the head of a sentence): an exclusive or, again beyond a sum of weights.
  const spans = [
    ...Array.from({ length: 30 }, () => ({ features: ['titlecase'], label: true })),
    ...Array.from({ length: 10 }, () => ({ features: ['after-on'], label: true })),
    ...Array.from({ length: 10 }, () => ({ features: ['titlecase', 'after-on'], label: false })),
    ...Array.from({ length: 30 }, () => ({ features: [] as string[], label: false })),
  ];
  const probability = (weights: Record<string, number>, trees: TreeNode[], features: string[]) =>
    1 / (1 + Math.exp(-((weights.bias ?? 0) + features.reduce((s, f) => s + (weights[f] ?? 0), 0) + treesScore(trees, features))));
  const accuracy = (weights: Record<string, number>, trees: TreeNode[]) =>
    spans.filter((s) => probability(weights, trees, s.features) >= 0.5 === s.label).length / spans.length;

  it('learn what two shapes mean together, on top of the intercept and the weights', () => {
    const weights = trainLogistic(spans, linear);
    expect(accuracy(weights, [])).toBeLessThan(0.9);
    const trees = boostClassifier(spans, weights, boost);
    expect(accuracy(weights, trees)).toBe(1);
    expect(boostClassifier(spans, weights, boost)).toEqual(trees);
  });
});

describe('scoring with trees', () => {
  it('follows each split by whether its feature fires and adds the leaf', () => {
    const tree = { if: 'ant:rank0', then: { if: 'heard', then: { add: 0.5 }, else: { add: 0.2 } }, else: { add: -0.1 } };
    expect(treesScore([tree], ['ant:rank0', 'heard'])).toBe(0.5);
    expect(treesScore([tree], ['ant:rank0'])).toBe(0.2);
    expect(treesScore([tree, tree], ['kind:body'])).toBeCloseTo(-0.2);
    expect(treesScore([], ['ant:rank0'])).toBe(0);
  });
});
