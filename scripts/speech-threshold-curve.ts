/**
 * The speech threshold's trade-off out of fold: for each of k folds a model is trained on the others
 * (choosing its own threshold from its held-out parts, as `npm run train` does) and judges the
 * spans of the fold it never saw; the pooled figures at each threshold are printed, counted in
 * process as the scorer counts them, and with --scorer T,T,... also from the team's scorer run on
 * the parser's real output with each fold's model set to those thresholds (mean of the folds, as
 * `npm run train -- --folds k` reports).
 *
 *   node --import tsx scripts/speech-threshold-curve.ts [--folds 5] [--seed 1] [--scorer 0.6,0.7]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { modelFromJson } from '../src/article/attribution/model.js';
import { chooseSpeaker, speechFeatures, speechProbability } from '../src/article/attribution/rank.js';
import { loadLexicon } from '../src/article/lexicon.js';
import { createParserResources } from '../src/article/parse-article.js';
import { readAnnotatedCorpus } from '../src/training/corpus.js';
import { articleExamples } from '../src/training/examples.js';
import { tokenF1 } from '../src/training/polnear-gold.js';
import { assignFolds } from '../src/training/folds.js';
import { runScorer } from '../src/training/real-scorer.js';
import { countsByThreshold, measures, type HeldOutSpan } from '../src/training/score.js';
import { DEFAULT_OPTIONS, modelFileText, SPEECH_THRESHOLDS, trainModel, type ThresholdPoint } from '../src/training/train-model.js';
import { findSharedFolder, repoRoot } from './eval/shared-folder.js';

const evalDir = path.join(findSharedFolder().dir, 'eval');
const opts = new Command()
  .option('--data <dir>', 'training corpus', path.join(evalDir, 'polnear-train'))
  .option('--folds <k>', 'folds', (v) => Number(v), 5)
  .option('--seed <n>', 'seed', (v) => Number(v), DEFAULT_OPTIONS.seed)
  .option('--scorer <thresholds>', 'also run the shared scorer at these thresholds (comma-separated)')
  .parse()
  .opts<{ data: string; folds: number; seed: number; scorer?: string }>();

const data = { corpus: 'PolNeAR', citation: 'Newell, Margolin and Ruths, LREC 2018', split: 'threshold curve' };
const options = { ...DEFAULT_OPTIONS, seed: opts.seed };
const resources = createParserResources(loadLexicon(), null);
const articles = readAnnotatedCorpus(opts.data);
const examples = articles.map((a) => articleExamples(a, resources));
const fold = assignFolds(examples.length, opts.folds, opts.seed);
const spans: HeldOutSpan[][] = examples.map(() => []);
const files: string[] = [];
const chosen: number[] = [];
const inner: ThresholdPoint[][] = [];
for (let k = 0; k < opts.folds; k++) {
  const file = trainModel(
    examples.filter((_, i) => fold[i] !== k),
    data,
    options,
    (curve) => inner.push(curve),
  );
  files.push(modelFileText(file));
  chosen.push(file.speech.threshold);
  const model = modelFromJson(file);
  examples.forEach((ex, i) => {
    if (fold[i] !== k) return;
    spans[i] = ex.decisions.map((d) => {
      const choice = chooseSpeaker(model, d.candidates, d.nobody);
      return { probability: speechProbability(model, speechFeatures(model, d, choice)), speakerId: choice.actorId };
    });
  });
}
const f = (x: number) => x.toFixed(4);
const unquoted = examples.reduce((n, ex) => n + ex.unquoted.length, 0);
console.log(`unquoted quotes printed (transcript answers): ${unquoted}`);
console.log(`thresholds chosen by each fold's model from its own held-out parts: ${chosen.join(', ')}`);
console.log(
  'threshold  OOF found  precision  attribution  pronoun  end-to-end  right  false  right-false  quoted-precision | inner (mean of folds) precision  end-to-end',
);
const unquotedMatched = examples.reduce((n, ex) => n + ex.unquoted.filter((q) => ex.golds.some((g) => tokenF1(q.text, g.text) >= 0.8)).length, 0);
countsByThreshold(examples, spans, SPEECH_THRESHOLDS).forEach((c, j) => {
  const m = measures(c);
  const quotedPrecision = (c.systemMatched - unquotedMatched) / (c.system - unquoted);
  const innerP = inner.reduce((s, curve) => s + curve[j]!.quotes_precision, 0) / inner.length;
  const innerE = inner.reduce((s, curve) => s + curve[j]!.attribution_end_to_end, 0) / inner.length;
  console.log(
    `${SPEECH_THRESHOLDS[j]!.toFixed(2)}       ${f(m.quotes_found)}     ${f(m.quotes_precision)}     ${f(m.attribution)}       ${f(m.attribution_pronoun)}   ${f(m.attribution_end_to_end)}  ${c.attributed}  ${c.system - c.systemMatched}  ${c.attributed - c.system + c.systemMatched}  ${f(quotedPrecision)} | ${f(innerP)}  ${f(innerE)}`,
  );
});

if (opts.scorer) {
  const scorer = path.join(evalDir, 'polnear.mjs');
  const tmp = mkdtempSync(path.join(tmpdir(), 'briefing-curve-'));
  try {
    for (const t of opts.scorer.split(',').map(Number)) {
      const figures = files.map((text, k) => {
        const file = path.join(tmp, `fold-${k + 1}.json`);
        const model = JSON.parse(text);
        model.speech.threshold = t;
        writeFileSync(file, modelFileText(model));
        const held = articles.filter((_, i) => fold[i] === k).map((a) => a.name);
        return runScorer({ scorer, corpusDir: opts.data, articles: held, model: file, repoRoot });
      });
      const mean = (key: string) => f(figures.reduce((s, x) => s + x[key]!, 0) / figures.length);
      console.log(
        `scorer at ${t.toFixed(2)}: found ${mean('quotes_found')} precision ${mean('quotes_precision')} attribution ${mean('attribution')} pronoun ${mean('attribution_pronoun')} end-to-end ${mean('attribution_end_to_end')}`,
      );
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
