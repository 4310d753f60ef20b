/**
 * A hand-written attribution model for tests: the file's header filled in, the speech and speaker parts
 * as the test gives them, loaded through the real loader.
 * @example handModel({ threshold: 0.5, weights: { bias: 0 } }, { minProbability: 0.35, weights: { near: 2 } })
 */
import { FEATURE_SET_VERSION } from '../../src/article/attribution/features.js';
import { MODEL_FORMAT, MODEL_FORMAT_VERSION, modelFromJson, type AttributionModelFile } from '../../src/article/attribution/model.js';

export function handModel(speech: AttributionModelFile['speech'], speaker: AttributionModelFile['speaker']) {
  return modelFromJson({
    format: MODEL_FORMAT,
    formatVersion: MODEL_FORMAT_VERSION,
    featureSetVersion: FEATURE_SET_VERSION,
    data: { corpus: 'invented', citation: 'none', split: 'all', articles: 0, quotes: 0, candidates: 0 },
    training: { learner: 'by hand', seed: 1, epochs: 0, l2: 0 },
    speech,
    speaker,
  });
}
