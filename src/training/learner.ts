/**
 * The learners: logistic regression (is this quoted span speech?) and a softmax ranker (which
 * candidate said it?), both linear over binary features, trained by AdaGrad with L2 regularisation
 * in a shuffled order fixed by a seed, so the same data and seed give the same weights to the bit.
 */
import type { BoostOptions } from '../article/attribution/model-trees.js';

/** A binary classification example: the features that fire and the label. */
export interface BinaryExample {
  features: string[];
  label: boolean;
}

/** A ranking example: feature vectors of the choices and which of them are right (at least one). */
export interface RankingExample {
  choices: string[][];
  correct: number[];
}

export interface LearnerOptions {
  seed: number;
  epochs: number;
  l2: number;
  learningRate: number;
  /**
   * How many learners, each shuffling the examples in its own order (seeds seed, seed + 1, ...),
   * whose weights are averaged: one order's last steps move the weights more than the data does.
   * One when not given.
   */
  bags?: number;
  /** Boosted trees fitted on top of the speaker ranker's weights (boosting.ts); none when not given. */
  boost?: BoostOptions;
  /** Boosted trees fitted on top of the speech classifier's weights; none when not given. */
  speechBoost?: BoostOptions;
}

/** mulberry32: a small, fast seeded generator; enough for shuffling examples reproducibly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled(n: number, random: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** Feature names to dense indexes, in order of first appearance (deterministic for ordered data). */
class Vocabulary {
  readonly index = new Map<string, number>();
  readonly names: string[] = [];
  ids(features: string[]): number[] {
    return features.map((f) => {
      let id = this.index.get(f);
      if (id === undefined) {
        id = this.names.length;
        this.index.set(f, id);
        this.names.push(f);
      }
      return id;
    });
  }
}

/** AdaGrad steps with L2 on the weights a step touches. */
class AdaGrad {
  readonly weights: Float64Array;
  private readonly squares: Float64Array;
  constructor(
    size: number,
    private readonly options: LearnerOptions,
  ) {
    this.weights = new Float64Array(size);
    this.squares = new Float64Array(size);
  }
  step(gradients: Map<number, number>): void {
    for (const [id, g] of gradients) {
      const grad = g + this.options.l2 * this.weights[id]!;
      this.squares[id]! += grad * grad;
      this.weights[id]! -= (this.options.learningRate * grad) / Math.sqrt(this.squares[id]! + 1e-8);
    }
  }
}

/** Weights as a plain object, names sorted, rounded to four decimals, zeros left out: a stable file. */
function toTable(vocabulary: Vocabulary, weights: Float64Array): Record<string, number> {
  const entries: Array<[string, number]> = [];
  vocabulary.names.forEach((name, id) => {
    const w = Math.round(weights[id]! * 1e4) / 1e4;
    if (w !== 0) entries.push([name, w]);
  });
  entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return Object.fromEntries(entries);
}

/** The weights of `bags` learners trained in different orders, averaged (a weight a learner lacks counts as zero). */
function bagged(options: LearnerOptions, train: (options: LearnerOptions) => Record<string, number>): Record<string, number> {
  const bags = options.bags ?? 1;
  if (bags <= 1) return train(options);
  const sum = new Map<string, number>();
  for (let b = 0; b < bags; b++)
    for (const [name, w] of Object.entries(train({ ...options, seed: options.seed + b, bags: 1 }))) sum.set(name, (sum.get(name) ?? 0) + w);
  const entries = [...sum]
    .map(([name, w]): [string, number] => [name, Math.round((w / bags) * 1e4) / 1e4])
    .filter(([, w]) => w !== 0)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return Object.fromEntries(entries);
}

/** Trains logistic regression; the weight of "bias" is the intercept. */
export function trainLogistic(examples: BinaryExample[], options: LearnerOptions): Record<string, number> {
  return bagged(options, (o) => trainLogisticOnce(examples, o));
}

/** Trains a softmax ranker that puts the probability on the correct choices. */
export function trainRanker(examples: RankingExample[], options: LearnerOptions): Record<string, number> {
  return bagged(options, (o) => trainRankerOnce(examples, o));
}

function trainLogisticOnce(examples: BinaryExample[], options: LearnerOptions): Record<string, number> {
  const vocabulary = new Vocabulary();
  const data = examples.map((e) => ({ ids: vocabulary.ids(['bias', ...e.features]), y: e.label ? 1 : 0 }));
  const learner = new AdaGrad(vocabulary.names.length, options);
  const random = seededRandom(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const i of shuffled(data.length, random)) {
      const { ids, y } = data[i]!;
      let z = 0;
      for (const id of ids) z += learner.weights[id]!;
      const g = 1 / (1 + Math.exp(-z)) - y;
      const gradients = new Map<number, number>();
      for (const id of ids) gradients.set(id, (gradients.get(id) ?? 0) + g);
      learner.step(gradients);
    }
  }
  return toTable(vocabulary, learner.weights);
}

function trainRankerOnce(examples: RankingExample[], options: LearnerOptions): Record<string, number> {
  const vocabulary = new Vocabulary();
  const data = examples.map((e) => ({ choices: e.choices.map((c) => vocabulary.ids(c)), correct: new Set(e.correct) }));
  const learner = new AdaGrad(vocabulary.names.length, options);
  const random = seededRandom(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const i of shuffled(data.length, random)) {
      const { choices, correct } = data[i]!;
      const scores = choices.map((ids) => ids.reduce((s, id) => s + learner.weights[id]!, 0));
      const max = Math.max(...scores);
      const exps = scores.map((s) => Math.exp(s - max));
      const total = exps.reduce((a, b) => a + b, 0);
      const p = exps.map((e) => e / total);
      const pCorrect = p.reduce((s, x, k) => s + (correct.has(k) ? x : 0), 0);
      const gradients = new Map<number, number>();
      choices.forEach((ids, k) => {
        // d(-log sum_correct p)/d score_k = p_k - [k correct] p_k / sum_correct p
        const g = p[k]! - (correct.has(k) ? p[k]! / pCorrect : 0);
        if (g === 0) return;
        for (const id of ids) gradients.set(id, (gradients.get(id) ?? 0) + g);
      });
      learner.step(gradients);
    }
  }
  return toTable(vocabulary, learner.weights);
}
