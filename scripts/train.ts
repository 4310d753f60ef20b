/**
 * `npm run train`: learns the attribution model from an annotated corpus (by default PolNeAR's
 * training split in ../shared/eval/polnear-train) and writes data/models/attribution.json.
 *
 *   npm run train                      train on all of it, write the model, score the dev split
 *   npm run train -- --folds 5         also out-of-fold figures: train on four fifths, score the fifth
 *   npm run train -- --data DIR --out FILE --seed N --dev DIR --no-scorer
 *
 * Figures come from the team's scorer (../shared/eval/polnear.mjs) run on the parser's real output
 * when it is there, and from the same measures computed in process otherwise.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { modelFromJson } from '../src/article/attribution/model.js';
import { loadLexicon } from '../src/article/lexicon.js';
import { createParserResources } from '../src/article/parse-article.js';
import { readAnnotatedCorpus } from '../src/training/corpus.js';
import { articleExamples, type ArticleExamples } from '../src/training/examples.js';
import { assignFolds, crossValidate } from '../src/training/folds.js';
import { runScorer, type ScorerFigures } from '../src/training/real-scorer.js';
import { scoreModel } from '../src/training/score.js';
import { DEFAULT_OPTIONS, modelFileText, trainModel } from '../src/training/train-model.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// ../shared beside the clone (as in CI); a worktree under wt/<lane>/ has it one level further up.
const shared = [path.resolve(root, '../shared/eval'), path.resolve(root, '../../shared/eval')].find((dir) => existsSync(dir)) ?? path.resolve(root, '../shared/eval');
const options = new Command()
  .name('npm run train --')
  .option('--data <dir>', 'annotated corpus to learn from (text/ and attributions/)', path.join(shared, 'polnear-train'))
  .option('--dev <dir>', 'annotated corpus to check on (never learned from)', path.join(shared, 'polnear-dev'))
  .option('--out <file>', 'model file to write', path.join(root, 'data/models/attribution.json'))
  .option('--folds <k>', 'also report out-of-fold figures with k folds', (v) => Number(v))
  .option('--seed <n>', 'seed for shuffling', (v) => Number(v), DEFAULT_OPTIONS.seed)
  .option('--split <name>', 'name of the data split, for the model header', 'PolNeAR train split (840 articles)')
  .option('--no-scorer', 'compute the figures in process even when ../shared/eval/polnear.mjs is there')
  .parse()
  .opts<{ data: string; dev: string; out: string; folds?: number; seed: number; split: string; scorer: boolean }>();

const fail = (message: string): never => {
  process.stderr.write(`train: ${message}\n`);
  process.exit(1);
};
if (options.folds !== undefined && !(Number.isInteger(options.folds) && options.folds >= 2)) fail(`--folds must be a whole number of at least 2, not ${options.folds}`);
if (!existsSync(options.data)) fail(`no corpus at ${options.data}: pass --data DIR (a folder with text/ and attributions/, PolNeAR's layout)`);

const started = performance.now();
const seconds = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
const resources = createParserResources(loadLexicon(), null);
const read = (dir: string): Array<{ name: string; examples: ArticleExamples }> => {
  try {
    return readAnnotatedCorpus(dir).map((a) => ({ name: a.name, examples: articleExamples(a, resources) }));
  } catch (e) {
    return fail(e instanceof Error ? e.message : String(e));
  }
};
const train = read(options.data);
if (!train.length) fail(`${options.data} holds no annotated article`);
const learner = { ...DEFAULT_OPTIONS, seed: options.seed };
const data = { corpus: 'PolNeAR', citation: 'Newell, Margolin and Ruths, PolNeAR: Political News Attribution Relations, LREC 2018', split: options.split };
const counts = train.reduce((c, t) => ({ spans: c.spans + t.examples.counts.spans, matched: c.matched + t.examples.counts.matched }), { spans: 0, matched: 0 });
process.stdout.write(`read ${train.length} articles, ${counts.spans} quoted spans (${counts.matched} gold quotes) in ${seconds()}\n`);

const model = trainModel(
  train.map((t) => t.examples),
  data,
  learner,
);
writeFileSync(options.out, modelFileText(model));
process.stdout.write(`wrote ${path.relative(process.cwd(), options.out)}: ${Object.keys(model.speaker.weights).length} speaker and ${Object.keys(model.speech.weights).length} speech weights (${seconds()})\n`);

const scorer = path.join(shared, 'polnear.mjs');
const useScorer = options.scorer && existsSync(scorer);
const show = (label: string, f: ScorerFigures) =>
  process.stdout.write(`${label.padEnd(26)} ${['quotes_found', 'quotes_precision', 'attribution', 'attribution_pronoun', 'attribution_end_to_end'].map((k) => `${k}=${(f[k] ?? NaN).toFixed(3)}`).join(' ')}\n`);
process.stdout.write(`figures from ${useScorer ? `the scorer, ${path.relative(process.cwd(), scorer)}` : 'the in-process copy of the scorer'}\n`);

const tmp = mkdtempSync(path.join(tmpdir(), 'briefing-train-'));
try {
  if (options.folds) {
    const k = options.folds;
    if (useScorer) {
      const fold = assignFolds(train.length, k, learner.seed);
      const all: ScorerFigures[] = [];
      for (let f = 0; f < k; f++) {
        const file = path.join(tmp, `fold-${f + 1}.json`);
        const held = train.filter((_, i) => fold[i] === f);
        const kept = train.filter((_, i) => fold[i] !== f);
        writeFileSync(file, modelFileText(trainModel(kept.map((t) => t.examples), { ...data, split: `${data.split}, all folds but ${f + 1} of ${k}` }, learner)));
        const figures = runScorer({ scorer, corpusDir: options.data, articles: held.map((t) => t.name), model: file, repoRoot: root });
        show(`  fold ${f + 1} (${held.length} articles)`, figures);
        all.push(figures);
      }
      const mean = Object.fromEntries(Object.keys(all[0]!).map((key) => [key, all.reduce((s, x) => s + x[key]!, 0) / all.length]));
      show(`out of fold, mean of ${k}`, mean);
    } else {
      show(`out of fold (${k} folds)`, crossValidate(train.map((t) => t.examples), k, data, learner).pooled);
    }
  }
  if (existsSync(options.dev)) {
    if (useScorer) {
      const dev = readAnnotatedCorpus(options.dev);
      show('dev (model on all train)', runScorer({ scorer, corpusDir: options.dev, articles: dev.map((a) => a.name), model: options.out, repoRoot: root }));
    } else {
      show('dev (model on all train)', scoreModel(modelFromJson(model), read(options.dev).map((t) => t.examples)));
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
process.stdout.write(`done in ${seconds()}\n`);
