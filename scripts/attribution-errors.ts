/**
 * Error analysis of the attribution model, out of fold: parses the training corpus once with the
 * rules alone, trains k models in process (as `npm run train -- --folds k --no-scorer`), and sorts
 * every named gold quote the held-out model gets wrong into a category, so the next change goes to
 * the biggest one:
 *
 *   span-missed        no quoted span the parser saw matches the gold quote
 *   dropped            the span was seen, but the speech classifier called it no speech
 *   unreachable        found, but no candidate holds the speaker's name (candidate generation)
 *   pronoun-wrong      found through "he said", the right antecedent is a candidate, another was picked
 *   wrong-candidate    found, the right one is a candidate, another (named) was picked
 *   nobody             found, the right one is a candidate, the model said nobody / too unsure
 *   false-quote        a kept span that matches no gold quote (precision)
 *
 *   node --import tsx scripts/attribution-errors.ts [--data DIR] [--dev DIR] [--folds 5] [--seeds 1,2,3] [--show CATEGORY] [--limit N]
 *
 * Prints counts, the OOF and dev figures for each seed (a change is worth keeping when it holds over
 * seeds: one seed moves the count of right quotes by up to about 7), and with --show the misses of one category with the text
 * around them (for reading on a terminal; nothing is written).
 */
import path from 'node:path';
import { Command } from 'commander';
import { modelFromJson, type AttributionModel } from '../src/article/attribution/model.js';
import { loadLexicon } from '../src/article/lexicon.js';
import { createParserResources } from '../src/article/parse-article.js';
import { readAnnotatedCorpus, type AnnotatedArticle } from '../src/training/corpus.js';
import { articleExamples, printed, type ArticleExamples } from '../src/training/examples.js';
import { assignFolds } from '../src/training/folds.js';
import { namesHoldKey, tokenF1 } from '../src/training/polnear-gold.js';
import { addCounts, decideQuotes, decideSpans, emptyCounts, measures } from '../src/training/score.js';
import type { LearnerOptions } from '../src/training/learner.js';
import { DEFAULT_OPTIONS, trainModel } from '../src/training/train-model.js';
import { findSharedFolder } from './eval/shared-folder.js';

const evalDir = path.join(findSharedFolder().dir, 'eval');
const opts = new Command()
  .option('--data <dir>', 'training corpus', path.join(evalDir, 'polnear-train'))
  .option('--dev <dir>', 'dev corpus', path.join(evalDir, 'polnear-dev'))
  .option('--folds <k>', 'folds', (v) => Number(v), 5)
  .option('--show <category>', 'list the misses of some categories (comma-separated, or all)')
  .option('--limit <n>', 'how many to list', (v) => Number(v), 40)
  .option('--max-articles <n>', 'read only the first N training articles', (v) => Number(v), 0)
  .option('--learner <json>', 'learner options over the defaults, as JSON (to try a setting before it becomes the default)', '{}')
  .option('--seeds <list>', 'seeds to train and score with, comma-separated (misses are listed for the first)', '1')
  .parse()
  .opts<{ data: string; dev: string; folds: number; show?: string; limit: number; maxArticles: number; seeds: string; learner: string }>();

const data = { corpus: 'PolNeAR', citation: 'Newell, Margolin and Ruths, LREC 2018', split: 'analysis' };
const t0 = performance.now();
const secs = () => `${((performance.now() - t0) / 1000).toFixed(1)} s`;
const resources = createParserResources(loadLexicon(), null);
const read = (dir: string) => {
  const all = readAnnotatedCorpus(dir);
  const articles = opts.maxArticles && dir === opts.data ? all.slice(0, opts.maxArticles) : all;
  return articles.map((a) => ({ article: a, examples: articleExamples(a, resources) }));
};
const train = read(opts.data);
process.stderr.write(`parsed ${train.length} training articles (${secs()})\n`);
const dev = read(opts.dev);
process.stderr.write(`parsed ${dev.length} dev articles (${secs()})\n`);

interface Miss {
  category: string;
  article: AnnotatedArticle;
  ex: ArticleExamples;
  text: string;
  detail: string;
}

/** Sorts one article's errors under a model into categories. */
function analyse(model: AttributionModel, article: AnnotatedArticle, ex: ArticleExamples, misses: Miss[]): void {
  const decisions = decideSpans(model, ex.decisions);
  const decided = ex.decisions.map((d, k) => ({ d, decision: decisions[k]!, text: printed(d.text) }));
  const kept = decided.filter((x) => x.decision.speech);
  const nameOf = (id: string | null) => (id ? (ex.actorNames.get(id)?.[0] ?? id) : 'nobody');
  for (const k of kept) {
    if (!ex.golds.some((g) => tokenF1(k.text, g.text) >= 0.8))
      misses.push({ category: 'false-quote', article, ex, text: k.text, detail: `-> ${nameOf(k.decision.speakerId)}` });
  }
  // Transcript answers the parser prints outside quotation marks, which the scorer cannot match.
  for (const q of ex.unquoted) {
    if (!ex.golds.some((g) => tokenF1(q.text, g.text) >= 0.8))
      misses.push({ category: 'false-quote', article, ex, text: q.text, detail: `-> ${nameOf(q.speakerId)} (unquoted transcript answer)` });
  }
  for (const g of ex.golds) {
    if (!g.key) continue;
    const best = (list: typeof decided) => {
      let b: (typeof decided)[number] | null = null;
      let bf = 0;
      for (const x of list) {
        const f = tokenF1(x.text, g.text);
        if (f > bf) [b, bf] = [x, f];
      }
      return bf >= 0.8 ? b : null;
    };
    const found = best(kept);
    const src = `${g.relation.source?.text ?? '?'}${g.pronoun ? ` (pronoun, key ${g.key})` : ''}`;
    if (!found) {
      const seen = best(decided);
      misses.push({ category: seen ? 'dropped' : 'span-missed', article, ex, text: g.text, detail: `gold ${src}` });
      continue;
    }
    const ok = (id: string | null) => namesHoldKey(ex.actorNames.get(id ?? '') ?? [], g.key!);
    if (ok(found.decision.speakerId)) continue;
    const right = found.d.candidates.find((c) => ok(c.actorId));
    const chosen = nameOf(found.decision.speakerId);
    const cands = found.d.candidates.map((c) => nameOf(c.actorId)).join(' | ');
    if (!right) {
      // Whether the parser found the speaker at all (a name it missed), or found them and did not propose them.
      const known = [...ex.actorNames.values()].some((names) => namesHoldKey(names, g.key!));
      misses.push({
        category: 'unreachable',
        article,
        ex,
        text: g.text,
        detail: `gold ${src}; ${known ? 'named in the article' : 'never named'}; chose ${chosen}; candidates ${cands}`,
      });
    } else {
      const category =
        found.decision.speakerId === null ? 'nobody' : g.pronoun || right.features.some((f) => f.startsWith('pronoun-')) ? 'pronoun-wrong' : 'wrong-candidate';
      const feats = (id: string | null) =>
        found.d.candidates
          .find((c) => c.actorId === id)
          ?.features.filter((f) => !f.startsWith('mentions'))
          .join(' ') ?? '';
      misses.push({
        category,
        article,
        ex,
        text: g.text,
        detail: `gold ${src}; chose ${chosen} [${feats(found.decision.speakerId)}]; right ${nameOf(right.actorId)} [${feats(right.actorId)}]`,
      });
    }
  }
}

const fmt = (m: ReturnType<typeof measures>) =>
  Object.entries(m)
    .map(([k, v]) => `${k}=${v.toFixed(3)}`)
    .join(' ');
const reach = train.reduce((c, t) => ({ named: c.named + t.examples.counts.named, reachable: c.reachable + t.examples.counts.reachable }), {
  named: 0,
  reachable: 0,
});
console.log(`named gold quotes matched to a span: ${reach.named}, with the speaker among the candidates: ${reach.reachable}`);
const misses: Miss[] = [];
const devMisses: Miss[] = [];
for (const [n, seed] of opts.seeds.split(',').map(Number).entries()) {
  const learner = { ...DEFAULT_OPTIONS, ...(JSON.parse(opts.learner) as Partial<LearnerOptions>), seed };
  const fold = assignFolds(train.length, opts.folds, seed);
  const pooled = emptyCounts();
  for (let k = 0; k < opts.folds; k++) {
    const model = modelFromJson(
      trainModel(
        train.filter((_, i) => fold[i] !== k).map((t) => t.examples),
        data,
        learner,
      ),
    );
    train.forEach((t, i) => {
      if (fold[i] !== k) return;
      addCounts(pooled, t.examples, decideQuotes(model, t.examples));
      if (n === 0) analyse(model, t.article, t.examples, misses);
    });
  }
  const full = modelFromJson(
    trainModel(
      train.map((t) => t.examples),
      data,
      learner,
    ),
  );
  const devCounts = emptyCounts();
  for (const t of dev) {
    addCounts(devCounts, t.examples, decideQuotes(full, t.examples));
    if (n === 0) analyse(full, t.article, t.examples, devMisses);
  }
  console.log(`seed ${seed}, threshold ${full.file.speech.threshold} (${secs()})`);
  console.log(
    `OOF (${opts.folds} folds): ${fmt(measures(pooled))}  [named ${pooled.namedAll}, right ${pooled.attributed}, pronoun ${pooled.viaPronounOk}/${pooled.viaPronoun}, kept ${pooled.system}, matched ${pooled.systemMatched}]`,
  );
  console.log(
    `dev:            ${fmt(measures(devCounts))}  [named ${devCounts.namedAll}, right ${devCounts.attributed}, pronoun ${devCounts.viaPronounOk}/${devCounts.viaPronoun}]`,
  );
}
const tally = (list: Miss[]) => {
  const c = new Map<string, number>();
  for (const m of list) c.set(m.category, (c.get(m.category) ?? 0) + 1);
  return [...c]
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
};
console.log(`OOF misses: ${tally(misses)}`);
console.log(`dev misses: ${tally(devMisses)}`);
if (opts.show) {
  const shown = new Set(opts.show.split(','));
  for (const m of misses.filter((x) => shown.has(x.category) || shown.has('all')).slice(0, opts.limit)) {
    const at = m.article.text.indexOf(m.text);
    const context = at < 0 ? '' : m.article.text.slice(Math.max(0, at - 300), at + m.text.length + 150).replace(/\n/g, ' ¶ ');
    console.log(`\n## [${m.category}] ${m.article.name}: "${m.text.slice(0, 80)}"\n   ${m.detail}\n   ...${context}...`);
  }
}
