/**
 * From an annotated article to training examples: the article is parsed with the rules alone, each
 * quoted span the parser saw is matched to the gold quotes (by text, as the scorer matches, the span
 * at the same place preferred), and labelled: speech or not, and which of its candidates holds the
 * gold speaker's name ("nobody" when the gold source names no one, such as "officials said").
 */
import type { QuoteDecision } from '../article/attribution/attribute-quotes.js';
import { parseArticle, type ParserResources } from '../article/parse-article.js';
import type { Actor } from '../article/types.js';
import { alignParagraphs } from './align.js';
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
  speech: BinaryExample[];
  speaker: RankingExample[];
  counts: { spans: number; matched: number; named: number; reachable: number; nobody: number };
}

/** The quote text the parser prints for a span (quotes.ts trims a trailing comma the same way). */
export const printed = (text: string) => text.replace(/[\s,]+$/, (m) => (m.includes(',') ? ',' : '')).trim();

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

/** Parses one article with the rules alone and labels every quoted span and candidate. */
export function articleExamples(article: AnnotatedArticle, resources: ParserResources): ArticleExamples {
  const trace: QuoteDecision[] = [];
  const parsed = parseArticle(article.text, { source: article.textPath, resources: { ...resources, attribution: null }, trace });
  const offsets = alignParagraphs(article.text, parsed.paragraphs);
  const golds = goldQuotes(article.text, article.relations);
  const actors = new Map<string, Actor>(parsed.actors.map((a) => [a.id, a]));
  const actorNames = new Map(parsed.actors.map((a) => [a.id, [a.name, ...a.aliases]]));
  const out: ArticleExamples = { name: article.name, decisions: trace, actorNames, golds, speech: [], speaker: [], counts: { spans: trace.length, matched: 0, named: 0, reachable: 0, nobody: 0 } };
  for (const d of trace) {
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
      // The source is a description ("officials", "the campaign"): nobody the article names said it.
      out.counts.nobody++;
      out.speaker.push({ choices, correct: [choices.length - 1] });
    }
  }
  return out;
}
