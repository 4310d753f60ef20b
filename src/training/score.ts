/**
 * The PolNeAR measures of ../shared/eval/polnear.mjs computed in process, on quotes decided from the
 * recorded decisions of a parse: the same definitions (found = token F1 >= 0.8 with a gold span;
 * attribution over the named gold quotes found; end to end over all named gold quotes; precision over
 * the system's quotes), so folds can be scored without re-parsing and without ../shared.
 */
import type { Features } from '../article/attribution/features.js';
import type { AttributionModel } from '../article/attribution/model.js';
import { chooseSpeaker, decideQuote, speechFeatures, speechProbability } from '../article/attribution/rank.js';
import { printed, type ArticleExamples } from './examples.js';
import { namesHoldKey, tokenF1 } from './polnear-gold.js';

/** A quote as the parser would print it: its text and speaker. */
export interface DecidedQuote {
  text: string;
  speakerId: string | null;
}

/** Counts that add up over articles; `measures` turns them into the scorer's figures. */
export interface ScoreCounts {
  gold: number;
  found: number;
  named: number;
  namedAll: number;
  attributed: number;
  viaPronoun: number;
  viaPronounOk: number;
  system: number;
  systemMatched: number;
}

export const emptyCounts = (): ScoreCounts => ({
  gold: 0,
  found: 0,
  named: 0,
  namedAll: 0,
  attributed: 0,
  viaPronoun: 0,
  viaPronounOk: 0,
  system: 0,
  systemMatched: 0,
});

/** The quotes a model keeps for an article, with the speakers it picks. */
export function decideQuotes(model: AttributionModel, ex: ArticleExamples): DecidedQuote[] {
  return ex.decisions.flatMap((d) => {
    const decision = decideQuote(model, d);
    return decision.speech ? [{ text: printed(d.text), speakerId: decision.speakerId }] : [];
  });
}

/** Adds one article's counts, exactly as the scorer counts them. */
export function addCounts(total: ScoreCounts, ex: ArticleExamples, quotes: DecidedQuote[]): void {
  total.system += quotes.length;
  total.systemMatched += quotes.filter((q) => ex.golds.some((g) => tokenF1(q.text, g.text) >= 0.8)).length;
  for (const g of ex.golds) {
    total.gold++;
    let best: DecidedQuote | null = null;
    let bestF = 0;
    for (const q of quotes) {
      const f = tokenF1(q.text, g.text);
      if (f > bestF) [best, bestF] = [q, f];
    }
    if (g.key) total.namedAll++;
    if (!best || bestF < 0.8) continue;
    total.found++;
    if (!g.key) continue;
    total.named++;
    if (g.pronoun) total.viaPronoun++;
    if (namesHoldKey(ex.actorNames.get(best.speakerId ?? '') ?? [], g.key)) {
      total.attributed++;
      if (g.pronoun) total.viaPronounOk++;
    }
  }
}

/** The scorer's figures from counts. */
export function measures(c: ScoreCounts) {
  const r = (a: number, b: number) => (b ? a / b : 1);
  return {
    quotes_found: r(c.found, c.gold),
    quotes_precision: r(c.systemMatched, c.system),
    attribution: r(c.attributed, c.named),
    attribution_pronoun: r(c.viaPronounOk, c.viaPronoun),
    attribution_end_to_end: r(c.attributed, c.namedAll),
  };
}

/** The figures a model reaches on some articles. */
export function scoreModel(model: AttributionModel, examples: ArticleExamples[]): ReturnType<typeof measures> {
  const total = emptyCounts();
  for (const ex of examples) addCounts(total, ex, decideQuotes(model, ex));
  return measures(total);
}

/**
 * Quote precision at each speech threshold, computed at once: each span's speech probability and
 * its matches with the gold quotes are worked out a single time. `speech` gives the classifier's
 * inputs of each span when they were worked out already (by article, then span).
 */
export function precisionByThreshold(model: AttributionModel, examples: ArticleExamples[], thresholds: number[], speech?: Features[][]): number[] {
  const spans = examples.flatMap((ex, i) =>
    ex.decisions.map((d, k) => {
      const features = speech?.[i]?.[k] ?? speechFeatures(model, d, chooseSpeaker(model, d.candidates, d.nobody));
      const probability = speechProbability(model, features);
      const text = printed(d.text);
      return { probability, matched: ex.golds.some((g) => tokenF1(text, g.text) >= 0.8) };
    }),
  );
  return thresholds.map((t) => {
    const kept = spans.filter((s) => s.probability >= t);
    return kept.length ? kept.filter((s) => s.matched).length / kept.length : 1;
  });
}
