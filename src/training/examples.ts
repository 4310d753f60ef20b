/**
 * From an annotated article to training examples: the article is parsed with the rules alone, each
 * quoted span the parser saw is matched to the gold quotes (by text, as the scorer matches, the span
 * at the same place preferred), and labelled: speech or not, and which of its candidates holds the
 * gold speaker's name ("nobody" when the gold source names no one, such as "officials said").
 */
import type { AttributionTrace, QuoteDecision } from '../article/attribution/attribute-quotes.js';
import { parseArticle, type ParserResources } from '../article/parse-article.js';
import { closeWithComma } from '../article/quotes.js';
import type { Actor, Quote } from '../article/types.js';
import { alignParagraphs } from './align.js';
import type { BratSpan } from './brat.js';
import type { AnnotatedArticle } from './corpus.js';
import type { BinaryExample, RankingExample } from './learner.js';
import { goldQuotes, isPronounSource, namesHoldKey, tokenF1, type GoldQuote } from './polnear-gold.js';

/** The examples of one article, what they were made from, and counts that say how well the parse covers the gold. */
export interface ArticleExamples {
  name: string;
  /** Every quoted span the parser saw, with the features of each decision. */
  decisions: QuoteDecision[];
  /** Each actor's names, by id, as the scorer reads them. */
  actorNames: Map<string, string[]>;
  golds: GoldQuote[];
  /**
   * The quotes the parser prints that are no quoted span (transcript answers under a speaker label):
   * no model decides them, but the scorer counts them, so precision counts them too.
   */
  unquoted: Array<{ text: string; speakerId: string | null }>;
  speech: BinaryExample[];
  speaker: RankingExample[];
  counts: { spans: number; matched: number; named: number; reachable: number; nobody: number };
}

/** "officials", "a source", "some critics", "many": a description that names nobody in particular. */
const GENERAL_DESCRIPTION = /^(?:(?:an?|some|many|several|other|two|three|few) [^A-Z]*|[^A-Z\s]+s)$/;

/** The quote text the parser prints for a span (quotes.ts trims a trailing comma the same way). */
export const printed = (text: string) => closeWithComma(text).trim();

/** The gold quote a parsed span stands for, if any: F1 >= 0.8 as in the scorer, nearest in the text first. */
function matchGold(decision: QuoteDecision, rawStart: number, golds: GoldQuote[]): GoldQuote | null {
  const text = printed(decision.text);
  let best: GoldQuote | null = null;
  let bestKey = -Infinity;
  for (const g of golds) {
    const f1 = tokenF1(text, g.text);
    if (f1 < 0.8) continue;
    const distance = rawStart < 0 ? 0 : Math.abs(g.start - rawStart);
    const key = f1 - distance / 1e6;
    if (key > bestKey) [best, bestKey] = [g, key];
  }
  return best;
}

/**
 * The printed quotes that no quoted span decided: with the rules alone, every span kept by a rule or
 * a speaker label is printed with its text and paragraph; what is left came from elsewhere.
 */
function unquotedQuotes(printedQuotes: Quote[], decisions: QuoteDecision[]): ArticleExamples['unquoted'] {
  const fromSpans = new Map<string, number>();
  for (const d of decisions) {
    if (!d.ruleKept && !d.labelled) continue;
    const key = `${d.paragraph}\u0000${printed(d.text)}`;
    fromSpans.set(key, (fromSpans.get(key) ?? 0) + 1);
  }
  return printedQuotes.flatMap((q) => {
    const key = `${q.paragraph}\u0000${q.text}`;
    const left = fromSpans.get(key) ?? 0;
    if (left) {
      fromSpans.set(key, left - 1);
      return [];
    }
    return [{ text: q.text, speakerId: q.speakerId }];
  });
}

/** Parses one article with the rules alone and labels every quoted span and candidate. */
export function articleExamples(article: AnnotatedArticle, resources: ParserResources): ArticleExamples {
  const trace: AttributionTrace = { quotes: [], mentions: [] };
  const parsed = parseArticle(article.text, { source: article.textPath, resources: { ...resources, attribution: null }, trace });
  const offsets = alignParagraphs(article.text, parsed.paragraphs);
  const golds = goldQuotes(article.text, article.relations);
  const actors = new Map<string, Actor>(parsed.actors.map((a) => [a.id, a]));
  const actorNames = new Map(parsed.actors.map((a) => [a.id, [a.name, ...a.aliases]]));
  const out: ArticleExamples = {
    name: article.name,
    decisions: trace.quotes,
    actorNames,
    golds,
    unquoted: unquotedQuotes(parsed.quotes, trace.quotes),
    speech: [],
    speaker: [],
    counts: { spans: trace.quotes.length, matched: 0, named: 0, reachable: 0, nobody: 0 },
  };
  // Where each actor is named, in raw-text offsets, to find the one an unnamed source's span names.
  const named = trace.mentions.map((m) => ({ actorId: m.actorId, start: offsets.toRaw(m.paragraph, m.start), end: offsets.toRaw(m.paragraph, m.end) }));
  const namedIn = (span: BratSpan) =>
    new Set(named.filter((m) => m.start >= 0 && span.ranges.some(([a, b]) => m.start < b && a < m.end)).map((m) => m.actorId));
  for (const d of trace.quotes) {
    const gold = matchGold(d, offsets.toRaw(d.paragraph, d.start), golds);
    out.speech.push({ features: d.speech, label: !!gold });
    if (!gold) continue;
    out.counts.matched++;
    const choices = [...d.candidates.map((c) => c.features), d.nobody];
    if (gold.key) {
      out.counts.named++;
      const correct = d.candidates.flatMap((c, k) => {
        const a = actors.get(c.actorId);
        return a && namesHoldKey([a.name, ...a.aliases], gold.key!) ? [k] : [];
      });
      if (correct.length) {
        out.counts.reachable++;
        out.speaker.push({ choices, correct });
      }
    } else if (gold.relation.source && !isPronounSource(gold.relation.source.text)) {
      // A source without a surname ("U.S. officials", "the State Department", "a spokeswoman"): the
      // candidate named inside its span said it; if none is, a general or plural description
      // ("officials", "a source") is nobody the article names, while "the governor" may well be
      // someone named elsewhere, so it teaches nothing.
      const inside = namedIn(gold.relation.source);
      const correct = d.candidates.flatMap((c, k) => (inside.has(c.actorId) ? [k] : []));
      if (correct.length) out.speaker.push({ choices, correct });
      else if (GENERAL_DESCRIPTION.test(gold.relation.source.text.trim().replace(/^\p{Lu}/u, (c) => c.toLowerCase()))) {
        out.counts.nobody++;
        out.speaker.push({ choices, correct: [choices.length - 1] });
      }
    }
  }
  return out;
}
