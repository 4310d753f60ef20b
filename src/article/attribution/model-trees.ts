/**
 * The model's trees: small regression trees over the same binary features as the weights, each
 * split asking whether one feature fires, each leaf a number added to a score (a speaker
 * candidate's, or a quoted span's as speech). The weights score each feature alone; the trees add
 * what features mean together ("heard speaking last" weighs differently when another person stood
 * as the subject since; a short title-case span after "on" is a show's name even when a speaker is
 * near), learned by boosting (src/training/boosting.ts) rather than crossed by hand.
 */
import type { Features } from './features.js';

/** The boosting settings the trees were grown with, as the model file's header records them (src/training/boosting.ts). */
export interface BoostOptions {
  /** Rounds: one tree each. */
  trees: number;
  /** Splits from the root to a leaf at most. */
  depth: number;
  /** How much of each tree's Newton step is taken. */
  shrinkage: number;
  /** L2 on leaf values (XGBoost's lambda): a leaf of few candidates moves little. */
  lambda: number;
  /** A split leaves at least this much curvature (sum of p(1-p)) on each side. */
  minHessian: number;
  /**
   * Features (by the beginning of their names) no split asks about. How often an actor is named or
   * heard and whether it holds a role say who a story is about; the weights use them, but trees
   * built on them learned the training stories' cast ("the much-mentioned person with a role says
   * it") and overrode a saying verb's own subject on a story from another desk.
   */
  unsplit: string[];
}

/** A tree as the model file holds it: a split on a feature, or a leaf. */
export type TreeNode = { if: string; then: TreeNode; else: TreeNode } | { add: number };

/**
 * Trees ready to score, flattened into arrays at load: a parse scores every candidate of every
 * quote through hundreds of nodes, and an array walk costs a fraction of a string lookup per node.
 */
export interface CompiledTrees {
  /** Feature name to its index in `fired` marks. */
  readonly features: ReadonlyMap<string, number>;
  /** Per node: the feature index it asks about, or -1 for a leaf. */
  readonly ask: Int32Array;
  /** Per split node: the node to go to when the feature fires, and when it does not. */
  readonly then: Int32Array;
  readonly otherwise: Int32Array;
  /** Per leaf: what it adds. */
  readonly add: Float64Array;
  /** The first node of each tree. */
  readonly roots: Int32Array;
}

/** Whether a parsed value is a tree of the model file's shape; the loader refuses a file whose trees are not. */
export function isTreeNode(value: unknown): value is TreeNode {
  if (typeof value !== 'object' || value === null) return false;
  const node = value as Record<string, unknown>;
  if ('add' in node) return typeof node.add === 'number' && Number.isFinite(node.add);
  return typeof node.if === 'string' && isTreeNode(node.then) && isTreeNode(node.else);
}

/** Flattens trees for scoring. */
export function compileTrees(trees: readonly TreeNode[]): CompiledTrees {
  const features = new Map<string, number>();
  const ask: number[] = [];
  const then: number[] = [];
  const otherwise: number[] = [];
  const add: number[] = [];
  const place = (node: TreeNode): number => {
    const at = ask.length;
    ask.push(-1);
    then.push(-1);
    otherwise.push(-1);
    add.push(0);
    if ('add' in node) {
      add[at] = node.add;
      return at;
    }
    let feature = features.get(node.if);
    if (feature === undefined) features.set(node.if, (feature = features.size));
    ask[at] = feature;
    then[at] = place(node.then);
    otherwise[at] = place(node.else);
    return at;
  };
  const roots = trees.map(place);
  return {
    features,
    ask: Int32Array.from(ask),
    then: Int32Array.from(then),
    otherwise: Int32Array.from(otherwise),
    add: Float64Array.from(add),
    roots: Int32Array.from(roots),
  };
}

/**
 * What the trees add to a candidate's score.
 * @example treesScore(compileTrees([{ if: 'ant:rank0', then: { add: 0.2 }, else: { add: -0.1 } }]), ['ant:rank0']) // 0.2
 */
export function treesScore(trees: CompiledTrees, features: Features): number {
  if (trees.roots.length === 0) return 0;
  const fired = new Uint8Array(trees.features.size);
  for (const f of features) {
    const k = trees.features.get(f);
    if (k !== undefined) fired[k] = 1;
  }
  let s = 0;
  for (const root of trees.roots) {
    let node = root;
    while (trees.ask[node]! >= 0) node = fired[trees.ask[node]!] ? trees.then[node]! : trees.otherwise[node]!;
    s += trees.add[node]!;
  }
  return s;
}
