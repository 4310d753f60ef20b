/**
 * The attribution model file (data/models/attribution.json, written by `npm run train`): a header
 * naming the data it was learned from, the seed and the feature set, then two weight tables, one for
 * the speaker ranker and one for the "is this quoted span speech" classifier. Loaded once with the
 * parser's resources; a file from another feature set is refused with a message saying how to fix it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FEATURE_SET_VERSION, type Features } from './features.js';
import { compileTrees, isTreeNode, type BoostOptions, type CompiledTrees, type TreeNode } from './model-trees.js';

/** The file format; bump when the layout of the file changes. */
export const MODEL_FORMAT_VERSION = 2;
export const MODEL_FORMAT = 'briefing-attribution-model';
export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../../data/models/attribution.json', import.meta.url));

/** The model file as JSON. */
export interface AttributionModelFile {
  format: typeof MODEL_FORMAT;
  formatVersion: number;
  featureSetVersion: number;
  /** Where the weights came from: corpus, citation, split, counts. */
  data: { corpus: string; citation: string; split: string; articles: number; quotes: number; candidates: number };
  training: {
    learner: string;
    seed: number;
    epochs: number;
    l2: number;
    bags?: number;
    /** The boosting settings of the speaker trees (src/training/boosting.ts), when it has them. */
    boost?: BoostOptions;
    /** The boosting settings of the speech classifier's trees, when it has them. */
    speechBoost?: BoostOptions;
  };
  speech: { threshold: number; weights: Record<string, number>; trees?: TreeNode[] };
  /** A candidate below `minProbability` is a guess: the quote is kept with no speaker. */
  speaker: { minProbability: number; weights: Record<string, number>; trees?: TreeNode[] };
}

/** A loaded model: weights ready to score feature vectors. */
export interface AttributionModel {
  file: AttributionModelFile;
  speechWeights: Map<string, number>;
  speakerWeights: Map<string, number>;
  /** Added to the weights' score of each speaker candidate (model-trees.ts); none in a file without them. */
  speakerTrees: CompiledTrees;
  /** Added to the speech classifier's score; none in a file without them. */
  speechTrees: CompiledTrees;
}

/** A model file that cannot be used; the message names the file and the fix. */
export class AttributionModelError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AttributionModelError';
  }
}

/** Sum of the weights of the features that fire. */
export function score(weights: Map<string, number>, features: Features): number {
  let s = 0;
  for (const f of features) s += weights.get(f) ?? 0;
  return s;
}

/** Checks a parsed model file and readies its weights; throws a one-line message naming the problem. */
export function modelFromJson(json: unknown, where = 'the attribution model'): AttributionModel {
  const file = json as AttributionModelFile;
  if (!file || file.format !== MODEL_FORMAT) throw new AttributionModelError(`${where} is not an attribution model file; run \`npm run train\` to write one`);
  if (file.formatVersion !== MODEL_FORMAT_VERSION || file.featureSetVersion !== FEATURE_SET_VERSION) {
    throw new AttributionModelError(
      `${where} was written for format ${file.formatVersion}, features ${file.featureSetVersion}; this parser reads format ${MODEL_FORMAT_VERSION}, features ${FEATURE_SET_VERSION}: run \`npm run train\``,
    );
  }
  const treesOf = (trees: unknown = [], part: string): TreeNode[] => {
    if (!Array.isArray(trees) || !trees.every(isTreeNode))
      throw new AttributionModelError(`${where} has ${part} trees of another shape; run \`npm run train\` to write the file again`);
    return trees;
  };
  return {
    file,
    speechWeights: new Map(Object.entries(file.speech.weights)),
    speakerWeights: new Map(Object.entries(file.speaker.weights)),
    speakerTrees: compileTrees(treesOf(file.speaker.trees, 'speaker')),
    speechTrees: compileTrees(treesOf(file.speech.trees, 'speech')),
  };
}

/** Reads and checks a model file (by default the committed one). */
export function loadAttributionModel(path = DEFAULT_MODEL_PATH): AttributionModel {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new AttributionModelError(`cannot read the attribution model ${path}; run \`npm run train\` to write it`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AttributionModelError(`the attribution model ${path} is not valid JSON; run \`npm run train\` to write it again`);
  }
  return modelFromJson(json, `the attribution model ${path}`);
}
