/**
 * The PolNeAR measures of ../shared/eval/polnear.mjs computed in process, on quotes decided from the
 * recorded decisions of a parse: the same definitions (found = token F1 >= 0.8 with a gold span;
 * attribution over the named gold quotes found; end to end over all named gold quotes; precision over
 * the system's quotes), so folds can be scored without re-parsing and without ../shared.
 */
import { carryOn, type QuoteDecision } from '../article/attribution/attribute-quotes.js';
import type { AttributionModel } from '../article/attribution/model.js';
import { decideQuote } from '../article/attribution/rank.js';
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

/** A quoted span's decision as the parser takes it: a speaker label decides on its own, the model the rest. */
function decideSpan(model: AttributionModel, d: QuoteDecision): { speech: boolean; speakerId: string | null } {
  return d.labelled ? { speech: true, speakerId: d.ruleSpeakerId } : decideQuote(model, d);
}

/** Every span's decision in an article, in order: a span that carries on a kept quotation is kept too. */
export function decideSpans(model: AttributionModel, decisions: readonly QuoteDecision[]): Array<{ speech: boolean; speakerId: string | null }> {
  const out: Array<{ speech: boolean; speakerId: string | null }> = [];
  for (const d of decisions) out.push(carryOn(decideSpan(model, d), d.carriedFrom !== null && !!out[d.carriedFrom]?.speech));
  return out;
}

/** The quotes the parser prints for an article with a model: the spans it keeps, with the speakers it picks, and the unquoted ones. */
export function decideQuotes(model: AttributionModel, ex: ArticleExamples): DecidedQuote[] {
  const decided = decideSpans(model, ex.decisions);
  const spans = ex.decisions.flatMap((d, k) => (decided[k]!.speech ? [{ text: printed(d.text), speakerId: decided[k]!.speakerId }] : []));
  return [...spans, ...ex.unquoted];
}

/** Adds one article's counts, exactly as the scorer counts them. */
export function addCounts(total: ScoreCounts, ex: ArticleExamples, quotes: DecidedQuote[]): void {
  tally(total, ex, quotes, pairing(ex, quotes), () => true);
}

/** Each gold quote's token F1 with each printed quote, and whether a printed quote matches any gold one. */
interface Pairing {
  f1: number[][];
  matched: boolean[];
}

function pairing(ex: ArticleExamples, quotes: readonly DecidedQuote[]): Pairing {
  const f1 = ex.golds.map((g) => quotes.map((q) => tokenF1(q.text, g.text)));
  return { f1, matched: quotes.map((_, k) => f1.some((row) => row[k]! >= 0.8)) };
}

/** Adds the counts of the quotes `kept` says are printed, as the scorer counts them: each gold quote takes its best match. */
function tally(total: ScoreCounts, ex: ArticleExamples, quotes: readonly DecidedQuote[], { f1, matched }: Pairing, kept: (k: number) => boolean): void {
  quotes.forEach((_, k) => {
    if (!kept(k)) return;
    total.system++;
    if (matched[k]) total.systemMatched++;
  });
  ex.golds.forEach((g, n) => {
    total.gold++;
    if (g.key) total.namedAll++;
    let best = -1;
    let bestF = 0;
    quotes.forEach((_, k) => {
      if (kept(k) && f1[n]![k]! > bestF) [best, bestF] = [k, f1[n]![k]!];
    });
    if (best < 0 || bestF < 0.8) return;
    total.found++;
    if (!g.key) return;
    total.named++;
    if (g.pronoun) total.viaPronoun++;
    if (namesHoldKey(ex.actorNames.get(quotes[best]!.speakerId ?? '') ?? [], g.key)) {
      total.attributed++;
      if (g.pronoun) total.viaPronounOk++;
    }
  });
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

/** A quoted span as a model that never saw its article judged it: how likely speech, and who said it. */
export interface HeldOutSpan {
  probability: number;
  speakerId: string | null;
}

/**
 * The scorer's counts at each speech threshold, for spans judged by held-out models (`spans`, by
 * article, then span): a span is printed when its probability reaches the threshold, a speaker
 * label gives it or it carries on a printed quotation, and the unquoted quotes always are, exactly as `decideQuotes` prints them. The
 * matches between printed quotes and gold quotes are worked out once.
 */
export function countsByThreshold(examples: ArticleExamples[], spans: HeldOutSpan[][], thresholds: number[]): ScoreCounts[] {
  const totals = thresholds.map(emptyCounts);
  examples.forEach((ex, i) => {
    // A span that carries on a quotation is printed at every threshold its opener is printed at.
    const reach: number[] = [];
    ex.decisions.forEach((d, k) => {
      const own = d.labelled ? Infinity : spans[i]![k]!.probability;
      reach.push(d.carriedFrom === null ? own : Math.max(own, reach[d.carriedFrom]!));
    });
    const quotes = [
      ...ex.decisions.map((d, k) => ({
        text: printed(d.text),
        speakerId: d.labelled ? d.ruleSpeakerId : spans[i]![k]!.speakerId,
        probability: reach[k]!,
      })),
      ...ex.unquoted.map((q) => ({ ...q, probability: Infinity })),
    ];
    const pairs = pairing(ex, quotes);
    thresholds.forEach((t, j) => tally(totals[j]!, ex, quotes, pairs, (k) => quotes[k]!.probability >= t));
  });
  return totals;
}
