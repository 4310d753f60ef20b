/**
 * Gradient-boosted trees fitted on top of a linear model's weights, for the speaker ranker and the
 * speech classifier: each round reads the loss's gradient where the weights and the trees so far
 * score the data (the softmax over every quote's candidates, or the logistic loss of each span),
 * and fits one small tree to what is still wrong (Newton steps, as XGBoost fits its trees: Chen and
 * Guestrin, KDD 2016). A split asks whether one feature fires; a leaf adds a shrunken amount to the
 * score of the rows that reach it. Deterministic: no sampling, ties broken by the feature's first
 * appearance in the data.
 */
import type { BoostOptions, TreeNode } from '../article/attribution/model-trees.js';
import type { BinaryExample, RankingExample } from './learner.js';

/**
 * Chosen out of fold on PolNeAR-train (two seeds; README, Attribution): shallower or fewer trees
 * added nothing, more or deeper ones no more than these, at up to four times the training time.
 */
export const DEFAULT_BOOST: BoostOptions = {
  trees: 150,
  depth: 4,
  shrinkage: 0.2,
  lambda: 10,
  minHessian: 5,
  unsplit: ['mentions', 'heard-times', 'has-role'],
};

/**
 * The speech classifier's trees, chosen out of fold on PolNeAR-train (two seeds; README,
 * Attribution): they let a span's shape outweigh a sure speaker (a show's title-case name after
 * "on" beside a named guest), about a dozen fewer false quotes for the same right ones. Deeper and
 * more trees (depth 4, 150) kept more spans of both kinds.
 */
export const DEFAULT_SPEECH_BOOST: BoostOptions = {
  trees: 100,
  depth: 3,
  shrinkage: 0.2,
  lambda: 10,
  minHessian: 5,
  unsplit: [],
};

/**
 * Trees that, added to `weights`' scores, lower the ranker's loss on `examples`.
 * @example const trees = boostRanker(examples, trainRanker(examples, options), DEFAULT_BOOST);
 */
export function boostRanker(examples: readonly RankingExample[], weights: Readonly<Record<string, number>>, options: BoostOptions = DEFAULT_BOOST): TreeNode[] {
  const table = new FeatureTable();
  const correct: boolean[] = [];
  const groups: Array<{ start: number; end: number }> = [];
  for (const example of examples) {
    const start = table.rows.length;
    const right = new Set(example.correct);
    example.choices.forEach((features, k) => {
      table.add(features, weights, 0);
      correct.push(right.has(k));
    });
    groups.push({ start, end: table.rows.length });
  }
  // Each candidate's exp(score - the quote's highest score), read once per round for p and the gradient.
  const exps = new Float64Array(table.rows.length);
  return growTrees(table, options, (margin, grad, hess) => {
    for (const { start, end } of groups) {
      let max = -Infinity;
      for (let i = start; i < end; i++) max = Math.max(max, margin[i]!);
      let total = 0;
      let totalCorrect = 0;
      for (let i = start; i < end; i++) {
        const e = (exps[i] = Math.exp(margin[i]! - max));
        total += e;
        if (correct[i]) totalCorrect += e;
      }
      for (let i = start; i < end; i++) {
        const p = exps[i]! / total;
        // d(-log sum over the right choices of p)/d score_i, and the softmax's curvature.
        grad[i] = p - (correct[i] ? exps[i]! / totalCorrect : 0);
        hess[i] = Math.max(p * (1 - p), 1e-6);
      }
    }
  });
}

/**
 * Trees that, added to a logistic classifier's score (`weights`, whose "bias" is the intercept),
 * lower its log loss on `examples`: the same Newton steps with one example per group.
 * @example const trees = boostClassifier(examples, trainLogistic(examples, options), DEFAULT_SPEECH_BOOST);
 */
export function boostClassifier(examples: readonly BinaryExample[], weights: Readonly<Record<string, number>>, options: BoostOptions): TreeNode[] {
  const table = new FeatureTable();
  const label = examples.map((e) => {
    table.add(e.features, weights, weights.bias ?? 0);
    return e.label;
  });
  return growTrees(table, options, (margin, grad, hess) => {
    for (let i = 0; i < margin.length; i++) {
      const p = 1 / (1 + Math.exp(-margin[i]!));
      grad[i] = p - (label[i] ? 1 : 0);
      hess[i] = Math.max(p * (1 - p), 1e-6);
    }
  });
}

/** The rows the trees are grown on: each row's features as sorted ids, and its score under the weights. */
class FeatureTable {
  readonly names: string[] = [];
  readonly index = new Map<string, number>();
  readonly rows: Int32Array[] = [];
  readonly margin: number[] = [];
  add(features: readonly string[], weights: Readonly<Record<string, number>>, base: number): void {
    const unique = new Set(features);
    const ids = new Int32Array(unique.size);
    let n = 0;
    let s = base;
    for (const f of unique) {
      let id = this.index.get(f);
      if (id === undefined) {
        id = this.names.length;
        this.index.set(f, id);
        this.names.push(f);
      }
      ids[n++] = id;
      s += weights[f] ?? 0;
    }
    this.rows.push(ids.sort());
    this.margin.push(s);
  }
}

/**
 * The boosting rounds: `gradients` reads every row's score so far and writes the loss's gradient and
 * curvature for each, and one tree is grown on them per round.
 */
function growTrees(
  table: FeatureTable,
  options: BoostOptions,
  gradients: (margin: readonly number[], grad: Float64Array, hess: Float64Array) => void,
): TreeNode[] {
  const { names, rows, margin } = table;
  const grad = new Float64Array(rows.length);
  const hess = new Float64Array(rows.length);
  const trees: TreeNode[] = [];
  const all = Array.from({ length: rows.length }, (_, i) => i);
  const size = names.length;
  const splittable = names.map((name) => !options.unsplit.some((prefix) => name.startsWith(prefix)));
  for (let t = 0; t < options.trees; t++) {
    gradients(margin, grad, hess);
    trees.push(grow(all, 0, null));
  }
  return trees;

  // Per-feature sums of the gradients and curvatures of a node's candidates (those with the feature).
  function sumsOf(members: readonly number[]): { g: Float64Array; h: Float64Array } {
    const g = new Float64Array(size);
    const h = new Float64Array(size);
    for (const i of members) {
      const gi = grad[i]!;
      const hi = hess[i]!;
      for (const id of rows[i]!) {
        g[id]! += gi;
        h[id]! += hi;
      }
    }
    return { g, h };
  }

  function grow(members: number[], depth: number, known: { g: Float64Array; h: Float64Array } | null): TreeNode {
    let g = 0;
    let h = 0;
    for (const i of members) {
      g += grad[i]!;
      h += hess[i]!;
    }
    const sums = depth < options.depth ? (known ?? sumsOf(members)) : null;
    const split = sums ? bestSplit(sums, g, h) : null;
    if (split === null) {
      const add = Math.round(-options.shrinkage * (g / (h + options.lambda)) * 1e4) / 1e4;
      for (const i of members) margin[i]! += add;
      return { add };
    }
    const yes: number[] = [];
    const no: number[] = [];
    for (const i of members) (has(rows[i]!, split) ? yes : no).push(i);
    // The smaller side's sums are read from its candidates, the larger side's are the rest
    // (XGBoost's and LightGBM's subtraction), unless the children are leaves.
    let yesSums: { g: Float64Array; h: Float64Array } | null = null;
    let noSums: { g: Float64Array; h: Float64Array } | null = null;
    if (depth + 1 < options.depth) {
      const small = sumsOf(yes.length <= no.length ? yes : no);
      const rest = { g: sums!.g.map((v, k) => v - small.g[k]!), h: sums!.h.map((v, k) => v - small.h[k]!) };
      [yesSums, noSums] = yes.length <= no.length ? [small, rest] : [rest, small];
    }
    return { if: names[split]!, then: grow(yes, depth + 1, yesSums), else: grow(no, depth + 1, noSums) };
  }

  function bestSplit(sums: { g: Float64Array; h: Float64Array }, g: number, h: number): number | null {
    const { lambda, minHessian } = options;
    const parent = (g * g) / (h + lambda);
    let best: number | null = null;
    let bestGain = 1e-9;
    for (let id = 0; id < size; id++) {
      if (!splittable[id]) continue;
      const hl = sums.h[id]!;
      const hr = h - hl;
      if (hl < minHessian || hr < minHessian) continue;
      const gl = sums.g[id]!;
      const gr = g - gl;
      const gain = (gl * gl) / (hl + lambda) + (gr * gr) / (hr + lambda) - parent;
      if (gain > bestGain) {
        bestGain = gain;
        best = id;
      }
    }
    return best;
  }
}

// Whether a sorted id list holds an id.
function has(ids: Int32Array, id: number): boolean {
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = ids[mid]!;
    if (v === id) return true;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
