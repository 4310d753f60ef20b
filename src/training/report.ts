/**
 * One training run and its figures, for `npm run train` and `npm run eval`: learn from an annotated
 * corpus, write the model file, and measure it: out of fold on the training corpus (each fold scored
 * by a model trained on the others) and on a dev corpus by the model trained on all of it. Figures
 * come from the team's scorer run on the parser's real output when a scorer is given, else from the
 * in-process copy of its measures.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { modelFromJson } from '../article/attribution/model.js';
import { loadLexicon } from '../article/lexicon.js';
import { createParserResources } from '../article/parse-article.js';
import { readAnnotatedCorpus } from './corpus.js';
import { articleExamples, type ArticleExamples } from './examples.js';
import { assignFolds, crossValidate } from './folds.js';
import type { LearnerOptions } from './learner.js';
import { runScorer, type ScorerFigures } from './real-scorer.js';
import { scoreModel } from './score.js';
import { modelFileText, trainModel, type DataDescription, type ThresholdPoint } from './train-model.js';

export interface TrainingRun {
  data: string;
  dev: string | null;
  out: string;
  folds: number | null;
  /** The team's scorer (polnear.mjs), or null for the in-process measures. */
  scorer: string | null;
  repoRoot: string;
  learner: LearnerOptions;
  description: DataDescription;
}

export interface TrainingReport {
  articles: number;
  spans: number;
  goldMatched: number;
  modelText: string;
  folds: ScorerFigures[];
  outOfFold: ScorerFigures | null;
  dev: ScorerFigures | null;
}

/** Trains, writes the model to `run.out`, and measures it; `say` receives progress lines. */
export function trainAndReport(run: TrainingRun, say: (line: string) => void = () => {}): TrainingReport {
  const resources = createParserResources(loadLexicon(), null);
  const read = (dir: string) => readAnnotatedCorpus(dir).map((a) => ({ name: a.name, examples: articleExamples(a, resources) }));
  const train = read(run.data);
  if (!train.length) throw new Error(`${run.data} holds no annotated article`);
  const spans = train.reduce((n, t) => n + t.examples.counts.spans, 0);
  const goldMatched = train.reduce((n, t) => n + t.examples.counts.matched, 0);
  say(`read ${train.length} articles, ${spans} quoted spans (${goldMatched} of them gold quotes)`);
  let curve: ThresholdPoint[] = [];
  const model = trainModel(examplesOf(train), run.description, run.learner, (c) => (curve = c));
  const modelText = modelFileText(model);
  writeFileSync(run.out, modelText);
  say(`wrote ${run.out}`);
  say(`speech threshold ${model.speech.threshold}, chosen on held-out parts (threshold: precision / end to end / right less false):`);
  for (const p of curve.filter((p) => Math.round(p.threshold * 100) % 4 === 0 || p.threshold === model.speech.threshold))
    say(`  ${p.threshold.toFixed(2)}: ${p.quotes_precision.toFixed(4)} / ${p.attribution_end_to_end.toFixed(4)} / ${p.right - p.falseQuotes}`);

  const report: TrainingReport = { articles: train.length, spans, goldMatched, modelText, folds: [], outOfFold: null, dev: null };
  const tmp = mkdtempSync(path.join(tmpdir(), 'briefing-train-'));
  try {
    if (run.folds) {
      if (run.scorer) {
        const fold = assignFolds(train.length, run.folds, run.learner.seed);
        for (let k = 0; k < run.folds; k++) {
          const file = path.join(tmp, `fold-${k + 1}.json`);
          const description = { ...run.description, split: `${run.description.split}, all folds but ${k + 1} of ${run.folds}` };
          writeFileSync(file, modelFileText(trainModel(examplesOf(train.filter((_, i) => fold[i] !== k)), description, run.learner)));
          const held = train.filter((_, i) => fold[i] === k).map((t) => t.name);
          report.folds.push(runScorer({ scorer: run.scorer, corpusDir: run.data, articles: held, model: file, repoRoot: run.repoRoot }));
          say(`fold ${k + 1} of ${run.folds} scored`);
        }
        const keys = Object.keys(report.folds[0]!);
        report.outOfFold = Object.fromEntries(keys.map((key) => [key, report.folds.reduce((s, f) => s + f[key]!, 0) / report.folds.length]));
      } else {
        report.outOfFold = crossValidate(examplesOf(train), run.folds, run.description, run.learner).pooled;
      }
    }
    if (run.dev) {
      report.dev = run.scorer
        ? runScorer({
            scorer: run.scorer,
            corpusDir: run.dev,
            articles: readAnnotatedCorpus(run.dev).map((a) => a.name),
            model: run.out,
            repoRoot: run.repoRoot,
          })
        : scoreModel(modelFromJson(JSON.parse(modelText)), examplesOf(read(run.dev)));
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return report;
}

const examplesOf = (articles: Array<{ examples: ArticleExamples }>) => articles.map((a) => a.examples);

/** The scorer's five attribution figures on one line. */
export const formatFigures = (f: ScorerFigures): string =>
  ['quotes_found', 'quotes_precision', 'attribution', 'attribution_pronoun', 'attribution_end_to_end']
    .map((k) => `${k}=${(f[k] ?? Number.NaN).toFixed(3)}`)
    .join(' ');
