/** The `npm run eval` steps in the order they run. A new check: a file in this folder and a line here. */
import type { EvalStep } from '../step.js';
import { attributionTrainingStep } from './attribution-training.js';
import { contractStep } from './contract.js';
import { copiesStep } from './copies.js';
import { defaultArticleStep } from './default-article.js';
import { nearDuplicatesStep } from './near-duplicates.js';
import { polnearDevStep, polnearTrainStep } from './polnear.js';

export const steps: readonly EvalStep[] = [
  copiesStep,
  defaultArticleStep,
  contractStep,
  polnearDevStep,
  polnearTrainStep,
  attributionTrainingStep,
  nearDuplicatesStep,
];
