/**
 * `npm run train`: learns the attribution model from an annotated corpus (by default PolNeAR's
 * training split in the shared folder, ../shared or SHARED_DIR) and writes data/models/attribution.json.
 *
 *   npm run train                      train on all of it, write the model, score the dev split
 *   npm run train -- --folds 5         also out-of-fold figures: train on four fifths, score the fifth
 *   npm run train -- --data DIR --dev DIR --out FILE --seed N --no-scorer
 *
 * Figures come from the team's scorer (eval/polnear.mjs in the shared folder) run on the parser's
 * real output when it is there, and from the same measures computed in process otherwise.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { formatFigures, trainAndReport } from '../src/training/report.js';
import { DEFAULT_OPTIONS } from '../src/training/train-model.js';
import { findSharedFolder, repoRoot } from './eval/shared-folder.js';

const shared = findSharedFolder();
const evalDir = path.join(shared.dir, 'eval');
const options = new Command()
  .name('npm run train --')
  .option('--data <dir>', 'annotated corpus to learn from (text/ and attributions/)', path.join(evalDir, 'polnear-train'))
  .option('--dev <dir>', 'annotated corpus to check on (never learned from)', path.join(evalDir, 'polnear-dev'))
  .option('--out <file>', 'model file to write', path.join(repoRoot, 'data/models/attribution.json'))
  .option('--folds <k>', 'also report out-of-fold figures with k folds', (v) => Number(v))
  .option('--seed <n>', 'seed for shuffling', (v) => Number(v), DEFAULT_OPTIONS.seed)
  .option('--split <name>', 'name of the data split, for the model header', 'PolNeAR train split')
  .option('--no-scorer', 'compute the figures in process even when the shared scorer is there')
  .parse()
  .opts<{ data: string; dev: string; out: string; folds?: number; seed: number; split: string; scorer: boolean }>();

const fail = (message: string): never => {
  process.stderr.write(`train: ${message}\n`);
  process.exit(1);
};
if (options.folds !== undefined && !(Number.isInteger(options.folds) && options.folds >= 2))
  fail(`--folds must be a whole number of at least 2, not ${options.folds}`);
if (!existsSync(options.data))
  fail(`no corpus at ${options.data}: pass --data DIR (a folder with text/ and attributions/, PolNeAR's layout), or set SHARED_DIR`);
if (!Number.isInteger(options.seed)) fail(`--seed must be a whole number, not ${options.seed}`);

const started = performance.now();
const say = (line: string) => process.stdout.write(`${line} (${((performance.now() - started) / 1000).toFixed(0)} s)\n`);
const scorer = path.join(evalDir, 'polnear.mjs');
const useScorer = options.scorer && existsSync(scorer);
try {
  const report = trainAndReport(
    {
      data: options.data,
      dev: existsSync(options.dev) ? options.dev : null,
      out: options.out,
      folds: options.folds ?? null,
      scorer: useScorer ? scorer : null,
      repoRoot,
      learner: { ...DEFAULT_OPTIONS, seed: options.seed },
      description: {
        corpus: 'PolNeAR',
        citation: 'Newell, Margolin and Ruths, PolNeAR: Political News Attribution Relations, LREC 2018',
        split: options.split,
      },
    },
    say,
  );
  process.stdout.write(`figures from ${useScorer ? scorer : 'the in-process copy of the scorer'}\n`);
  report.folds.forEach((f, k) => process.stdout.write(`  fold ${k + 1}: ${formatFigures(f)}\n`));
  if (report.outOfFold) process.stdout.write(`out of fold (${options.folds} folds): ${formatFigures(report.outOfFold)}\n`);
  if (report.dev) process.stdout.write(`dev (model on all):   ${formatFigures(report.dev)}\n`);
} catch (e) {
  fail(e instanceof Error ? e.message : String(e));
}
