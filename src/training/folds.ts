/**
 * Out-of-fold figures: the articles are dealt into k folds (shuffled by the seed), a model is trained
 * on all folds but one and scores the one left out, and the counts of all held-out folds are added
 * up, so every article is scored by a model that never saw it.
 */
import { modelFromJson } from '../article/attribution/model.js';
import type { ArticleExamples } from './examples.js';
import { seededRandom, type LearnerOptions } from './learner.js';
import { addCounts, decideQuotes, emptyCounts, measures } from './score.js';
import { DEFAULT_OPTIONS, trainModel, type DataDescription } from './train-model.js';

/** Fold number of each article (0..k-1), balanced and fixed by the seed. */
export function assignFolds(count: number, folds: number, seed: number): number[] {
  const random = seededRandom(seed ^ 0x5f0d);
  const order = Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const fold = new Array<number>(count);
  order.forEach((article, k) => (fold[article] = k % folds));
  return fold;
}

/** Trains k models and scores each on its held-out fold; returns the pooled figures and each fold's. */
export function crossValidate(examples: ArticleExamples[], folds: number, data: DataDescription, options: LearnerOptions = DEFAULT_OPTIONS) {
  const fold = assignFolds(examples.length, folds, options.seed);
  const pooled = emptyCounts();
  const perFold: Array<ReturnType<typeof measures>> = [];
  for (let k = 0; k < folds; k++) {
    const model = modelFromJson(
      trainModel(
        examples.filter((_, i) => fold[i] !== k),
        { ...data, split: `${data.split}, all folds but ${k + 1} of ${folds}` },
        options,
      ),
    );
    const counts = emptyCounts();
    examples.forEach((ex, i) => {
      if (fold[i] === k) addCounts(counts, ex, decideQuotes(model, ex));
    });
    perFold.push(measures(counts));
    for (const key of Object.keys(pooled) as Array<keyof typeof pooled>) pooled[key] += counts[key];
  }
  return { pooled: measures(pooled), perFold, fold };
}
