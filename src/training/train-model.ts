/**
 * Trains the attribution model from labelled examples and writes it in the model file's form, with
 * a header that names the data, the split, the seed and the feature set (no date: the same data and
 * seed must give the same file).
 */
import { FEATURE_SET_VERSION, type Features } from '../article/attribution/features.js';
import { MODEL_FORMAT, MODEL_FORMAT_VERSION, modelFromJson, type AttributionModelFile } from '../article/attribution/model.js';
import { speechFeatures } from '../article/attribution/rank.js';
import type { ArticleExamples } from './examples.js';
import { trainLogistic, trainRanker, type LearnerOptions } from './learner.js';
import { precisionByThreshold } from './score.js';

/** Where the examples came from, for the model file's header. */
export interface DataDescription {
  corpus: string;
  citation: string;
  split: string;
}

export const DEFAULT_OPTIONS: LearnerOptions = { seed: 1, epochs: 12, l2: 1e-4, learningRate: 0.1, bags: 3 };
/**
 * Below this probability a speaker is a guess (out of fold on PolNeAR-train, choices under 0.4 were
 * right a third of the time, under 0.3 one time in six): the quote keeps no speaker. 0.35 costs 0.2
 * points of end-to-end attribution out of fold.
 */
export const MIN_SPEAKER_PROBABILITY = 0.35;
/** The quote precision the speech threshold is chosen for, on the training articles. */
export const TARGET_PRECISION = 0.96;

/**
 * How many parts the training articles are dealt into for the speech classifier's inputs: it reads
 * how sure the ranker is, and a ranker is surer of the articles it learned from than of new ones, so
 * each article's ranker features come from a ranker trained on the other parts (stacking): the
 * classifier learns how far to trust the ranker on articles it has not seen, as at run time.
 */
export const STACKING_PARTS = 5;

/** Trains both parts of the model on the examples of some articles. */
export function trainModel(examples: ArticleExamples[], data: DataDescription, options: LearnerOptions = DEFAULT_OPTIONS): AttributionModelFile {
  const speaker = examples.flatMap((e) => e.speaker);
  const speakerWeights = trainRanker(speaker, options);
  // The speech classifier also reads how sure the ranker is, so it learns after the ranker, on
  // rankers that did not see the article.
  const stacked = stackedSpeechInputs(examples, data, options);
  const speech = examples.flatMap((e, i) => e.decisions.map((_, k) => ({ features: stacked[i]![k]!, label: e.speech[k]!.label })));
  const file = modelFile(data, examples, options, trainLogistic(speech, options), speakerWeights);
  file.speech.threshold = chooseThreshold(file, examples, stacked);
  return file;
}

/** The speech classifier's inputs for each article's spans, each read with a ranker trained on the other parts. */
export function stackedSpeechInputs(examples: ArticleExamples[], data: DataDescription, options: LearnerOptions): Features[][] {
  const stacked = examples.map((): Features[] => []);
  const parts = Math.min(STACKING_PARTS, examples.length);
  for (let part = 0; part < parts; part++) {
    const others = examples.filter((_, i) => i % parts !== part);
    const weights = trainRanker(
      others.flatMap((e) => e.speaker),
      options,
    );
    const ranker = modelFromJson(modelFile(data, others, options, {}, weights));
    examples.forEach((e, i) => {
      if (i % parts === part) stacked[i] = e.decisions.map((d) => speechFeatures(ranker, d));
    });
  }
  return stacked;
}

/**
 * The speech threshold: the lowest that keeps quote precision at TARGET_PRECISION on the training
 * articles (read with the stacked ranker features), so that as few quotes as possible are dropped
 * to keep out titles and scare quotes.
 */
function chooseThreshold(file: AttributionModelFile, examples: ArticleExamples[], stacked: Features[][]): number {
  const thresholds = Array.from({ length: 66 }, (_, k) => Math.round((0.3 + k * 0.01) * 100) / 100);
  const precision = precisionByThreshold(modelFromJson(file), examples, thresholds, stacked);
  return thresholds.find((_, k) => precision[k]! >= TARGET_PRECISION) ?? 0.95;
}

function modelFile(
  data: DataDescription,
  examples: ArticleExamples[],
  options: LearnerOptions,
  speechWeights: Record<string, number>,
  speakerWeights: Record<string, number>,
): AttributionModelFile {
  const speaker = examples.flatMap((e) => e.speaker);
  return {
    format: MODEL_FORMAT,
    formatVersion: MODEL_FORMAT_VERSION,
    featureSetVersion: FEATURE_SET_VERSION,
    data: {
      ...data,
      articles: examples.length,
      quotes: examples.reduce((n, e) => n + e.decisions.length, 0),
      candidates: speaker.reduce((n, e) => n + e.choices.length, 0),
    },
    training: {
      learner: 'logistic regression (speech) and softmax ranker (speaker), AdaGrad with L2',
      seed: options.seed,
      epochs: options.epochs,
      l2: options.l2,
      bags: options.bags ?? 1,
    },
    speech: { threshold: 0.5, weights: speechWeights },
    speaker: { minProbability: MIN_SPEAKER_PROBABILITY, weights: speakerWeights },
  };
}

/** The model file's text: stable key order, one weight per line, so diffs between models read well. */
export function modelFileText(model: AttributionModelFile): string {
  return `${JSON.stringify(model, null, 1)}\n`;
}
