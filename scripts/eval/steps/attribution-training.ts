/**
 * The attribution model against the data it was learned from: training again must give the committed
 * model file byte for byte (same data, same seed); its figures out of fold on PolNeAR-train (five
 * folds, each scored by the shared scorer with a model that never saw it) are printed next to
 * PolNeAR-dev's, with the gap between them, which says how much was fitted to the rules' tuning set.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_MODEL_PATH } from '../../../src/article/attribution/model.js';
import { formatFigures, trainAndReport } from '../../../src/training/report.js';
import { DEFAULT_OPTIONS } from '../../../src/training/train-model.js';
import type { EvalStep } from '../step.js';

const SCORER = 'eval/polnear.mjs';
/** The gap the issue asks for between out-of-fold and dev figures (issue 10). */
export const MAX_GAP = 0.03;

export const attributionTrainingStep: EvalStep = {
  label: 'attribution-training',
  checks: `npm run train -- --folds 5 on eval/polnear-train with ${SCORER}: the committed model is what training writes; out-of-fold and dev figures and their gap printed`,
  needs: [SCORER, 'eval/polnear-train/text', 'eval/polnear-train/attributions', 'eval/polnear-dev/text', 'eval/polnear-dev/attributions'],
  run({ repoRoot, sharedDir }) {
    const tmp = mkdtempSync(path.join(tmpdir(), 'briefing-eval-train-'));
    try {
      const committed = JSON.parse(readFileSync(DEFAULT_MODEL_PATH, 'utf8'));
      const report = trainAndReport({
        data: path.join(sharedDir, 'eval/polnear-train'),
        dev: path.join(sharedDir, 'eval/polnear-dev'),
        out: path.join(tmp, 'attribution.json'),
        folds: 5,
        scorer: path.join(sharedDir, SCORER),
        repoRoot,
        learner: { ...DEFAULT_OPTIONS, seed: committed.training?.seed ?? DEFAULT_OPTIONS.seed },
        description: { corpus: committed.data?.corpus, citation: committed.data?.citation, split: committed.data?.split },
      });
      const problems: string[] = [];
      if (report.modelText !== readFileSync(DEFAULT_MODEL_PATH, 'utf8')) {
        problems.push('data/models/attribution.json is not what training writes now: run `npm run train` and commit the model');
      }
      const oof = report.outOfFold!;
      const dev = report.dev!;
      // The gap is the goal, printed rather than failed on: dev is the split the rules were
      // tuned on for months, so it stays easier than unseen text (0.089 apart with the rules alone).
      const gap = Math.abs((oof.attribution_end_to_end ?? 0) - (dev.attribution_end_to_end ?? 0));
      return {
        lines: [
          ...report.folds.map((f, k) => `fold ${k + 1}: ${formatFigures(f)}`),
          `polnear-train out of fold (5 folds): ${formatFigures(oof)}`,
          `polnear-dev (model on all of train): ${formatFigures(dev)}`,
          `gap in attribution_end_to_end: ${gap.toFixed(3)} (goal: at most ${MAX_GAP}; ${gap <= MAX_GAP ? 'met' : 'NOT met'})`,
        ],
        problems,
      };
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  },
};
