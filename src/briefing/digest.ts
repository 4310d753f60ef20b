/**
 * The briefing: headlines, a few-sentence extractive summary, key actors, key quotes, disputed
 * claims and what comes next, from a given view of articles. /digest passes the newest articles
 * (or an actor's, a topic's); scheduled digests pass what is new since a channel's last one.
 */
import type { ParsedArticle } from '../article/types.js';
import { articleLabel, cite, firstBodyParagraph, formatDate } from './citation.js';
import { disputeSections } from './claims-reply.js';
import { contentWords } from './content-words.js';
import type { CorpusView } from './corpus.js';
import { findDisputes } from './disputes.js';
import { notableQuotes } from './quote-reply.js';
import { topActors } from './recent.js';
import type { Reply, ReplyLine } from './reply.js';
import { buildReply } from './reply-builder.js';
import { replyQuote, type ClaimRef, type QuoteRef } from './statements.js';
import { clip, splitSentences } from './text.js';
import { eventLine, orderEvents } from './timeline-reply.js';

/** How a digest is built. */
export interface DigestOptions {
  /** The current instant: decides what is "coming up". */
  now: Date;
  /** Replaces the default title "Briefing — <date>". */
  title?: string;
  /** Most articles read (default 20, newest first). */
  maxArticles?: number;
  /** The one line shown when there is nothing to brief on. */
  emptyMessage?: string;
}

const SUMMARY_SENTENCES = 3;

/**
 * Builds a digest reply from a view's articles (newest are used first).
 * @example buildDigest(await corpus.recent(), { now: new Date() })
 */
export function buildDigest(view: CorpusView, options: DigestOptions): Reply {
  const today = options.now.toISOString().slice(0, 10);
  const title = options.title ?? `Briefing — ${formatDate(today)}`;
  const chosen = newestFirst(view.articles).slice(0, options.maxArticles ?? 20);
  if (chosen.length === 0) {
    return buildReply({ title, description: options.emptyMessage ?? 'Nothing to brief on: no articles match.', tone: 'notice' });
  }

  const headlines: ReplyLine[] = chosen.slice(0, 5).map((a) => ({ text: articleLabel(a), citation: cite(a, 0) }));
  if (chosen.length > 5) headlines.push({ text: `…and ${chosen.length - 5} more articles` });

  // People lead a briefing; places and organisations are mentioned more often but say less.
  const actors = topActors(view, chosen, 6, undefined, (a) => (a.kind === 'person' ? 2 : 1)).map((actor) => {
    const appearance = actor.appearances.find((a) => chosen.includes(a.article)) ?? actor.appearances[0]!;
    const role = actor.roles[0] ? `, ${actor.roles[0]}` : '';
    return { text: `${actor.name}${role}`, citation: cite(appearance.article, firstBodyParagraph(appearance.actor.paragraphs)) };
  });

  const quoteRefs: QuoteRef[] = chosen.flatMap((article) => article.quotes.map((quote) => ({ article, quote })));
  const claimRefs: ClaimRef[] = chosen.flatMap((article) => article.claims.map((claim) => ({ article, claim })));
  const events = chosen.flatMap((article) => article.events.map((event) => ({ article, event })));
  const ordered = orderEvents(events);
  // "Next" is after now; for an older article, after its own publication date.
  const newestPublished = chosen.map((a) => a.publishedAt ?? '').sort().pop() || today;
  const horizon = ordered.some((e) => e.start > today) ? today : newestPublished.slice(0, 10);
  const next = ordered.filter((e) => e.start > horizon).slice(0, 5).map(eventLine);

  const count = `${chosen.length} article${chosen.length === 1 ? '' : 's'}`;
  return buildReply({
    title,
    description: `From ${count}, newest ${formatDate(chosen[0]!.publishedAt)}.`,
    sections: [
      { title: 'Headlines', lines: headlines },
      { title: 'Summary', lines: summarize(chosen) },
      { title: 'Key actors', lines: actors },
      ...disputeSections(view, findDisputes(view, claimRefs).slice(0, 3)),
      { title: horizon === today ? 'What comes next' : `What comes next (after ${formatDate(horizon)})`, lines: next },
    ],
    quotes: notableQuotes(quoteRefs, 3).map((ref) => replyQuote(view, ref)),
  });
}

function newestFirst(articles: readonly ParsedArticle[]): ParsedArticle[] {
  return [...articles].sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''));
}

// Extractive: the sentences that best share the headline's and the story's main words, from the
// lead article's opening paragraphs and the other articles' ledes, shown in reading order.
function summarize(articles: ParsedArticle[]): ReplyLine[] {
  const candidates: { article: ParsedArticle; paragraph: number; order: number; text: string; words: Set<string> }[] = [];
  articles.slice(0, 3).forEach((article, rank) => {
    const paragraphs = article.paragraphs.slice(0, rank === 0 ? 8 : 2);
    paragraphs.forEach((p, paragraph) => {
      for (const text of splitSentences(p)) {
        if (/^["“']/.test(text) || text.split(/\s+/).length < 8) continue;
        candidates.push({ article, paragraph, order: rank * 1000 + candidates.length, text, words: contentWords(text) });
      }
    });
  });
  const frequency = new Map<string, number>();
  for (const c of candidates) for (const w of c.words) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const headlineWords = new Map(articles.slice(0, 3).map((a) => [a, contentWords(a.headline)]));
  const scored = candidates.map((c) => {
    let score = 0;
    for (const w of c.words) score += (frequency.get(w) ?? 0) - 1 + (headlineWords.get(c.article)?.has(w) ? 3 : 0);
    score /= Math.sqrt(c.words.size + 1);
    if (c.paragraph === 0) score += 3;
    return { ...c, score };
  });
  const picked = scored.sort((a, b) => b.score - a.score).slice(0, SUMMARY_SENTENCES);
  return picked
    .sort((a, b) => a.order - b.order)
    .map((c) => ({ text: clip(c.text, 320), citation: cite(c.article, c.paragraph) }));
}
