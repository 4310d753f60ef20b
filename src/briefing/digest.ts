/**
 * The briefing: headlines, a few-sentence extractive summary, key actors, key quotes, disputed
 * claims and what comes next, from a given view of articles. /digest passes the newest articles
 * (or an actor's, a topic's); scheduled digests pass what is new since a channel's last one.
 */
import type { ParsedArticle } from '../article/types.js';
import { articleLabel, cite, firstBodyParagraph, formatDate } from './citation.js';
import { disputeSections } from './claims-reply.js';
import { contentWords } from './content-words.js';
import type { CorpusActor, CorpusView } from './corpus.js';
import { findDisputes } from './disputes.js';
import { discrepancyLines } from './provenance.js';
import { notableQuotes } from './quote-reply.js';
import { activityNote, rankKeyActors, topClaims, withoutDateline, type ActorActivity } from './digest-parts.js';
import type { Reply, ReplyLine } from './reply.js';
import { buildReply } from './reply-builder.js';
import { claimLine, claimSources, replyQuote, withoutNestedClaims, type ClaimRef, type QuoteRef } from './statements.js';
import { byCodeUnits, clip, splitSentences } from './text.js';
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

/** Most articles a digest reads unless told otherwise: the newest. */
export const DIGEST_ARTICLES = 20;

const SUMMARY_SENTENCES = 2;
/** The period's top claims added to the summary. */
const SUMMARY_CLAIMS = 3;

/**
 * Builds a digest reply from a view's articles (newest are used first).
 * @example buildDigest(await corpus.recent(), { now: new Date() })
 */
export function buildDigest(view: CorpusView, options: DigestOptions): Reply {
  const today = options.now.toISOString().slice(0, 10);
  const title = options.title ?? `Briefing — ${formatDate(today)}`;
  const chosen = newestFirst(view.articles).slice(0, options.maxArticles ?? DIGEST_ARTICLES);
  if (chosen.length === 0) {
    return buildReply({ title, description: options.emptyMessage ?? 'Nothing to brief on: no articles match.', tone: 'notice' });
  }

  const headlines: ReplyLine[] = chosen.slice(0, 5).map((a) => ({ text: articleLabel(a), citation: cite(a, 0) }));
  if (chosen.length > 5) headlines.push({ text: `…and ${chosen.length - 5} more articles` });

  const quoteRefs: QuoteRef[] = chosen.flatMap((article) => article.quotes.map((quote) => ({ article, quote })));
  const claimRefs: ClaimRef[] = chosen.flatMap((article) => article.claims.map((claim) => ({ article, claim })));

  // Those who said and did something lead: sources first, the merely mentioned after, places last.
  const actors = rankKeyActors(actorActivity(view, chosen), 6).map(({ actor, ...did }) => {
    const appearance = actor.appearances.find((a) => chosen.includes(a.article)) ?? actor.appearances[0]!;
    const role = actor.roles[0] ? `, ${actor.roles[0]}` : '';
    const note = activityNote(did);
    return { text: `${actor.name}${role}${note ? ` (${note})` : ''}`, citation: cite(appearance.article, firstBodyParagraph(appearance.actor.paragraphs)) };
  });
  const events = chosen.flatMap((article) => article.events.map((event) => ({ article, event })));
  const ordered = orderEvents(events);
  // "Next" is after now; for an older article, after its own publication date.
  const newestPublished =
    chosen
      .map((a) => a.publishedAt ?? '')
      .sort()
      .pop() || today;
  const horizon = ordered.some((e) => e.start > today) ? today : newestPublished.slice(0, 10);
  const next = ordered
    .filter((e) => e.start > horizon)
    .slice(0, 5)
    .map(eventLine);

  const summary = summarize(chosen);
  const disputes = findDisputes(view, claimRefs).slice(0, 3);
  const disputed = new Set(disputes.flatMap((d) => [d.accusation, ...d.denials]).map((ref) => `${ref.article.id}#${ref.claim.paragraph}#${ref.claim.text}`));
  const count = `${chosen.length} article${chosen.length === 1 ? '' : 's'}`;
  return buildReply({
    title,
    description: `From ${count}, newest ${formatDate(chosen[0]!.publishedAt)}.`,
    sections: [
      { title: 'Headlines', lines: headlines },
      { title: 'Summary', lines: [...summary, ...periodClaims(view, chosen, summary, disputed)] },
      { title: 'Key actors', lines: actors },
      ...disputeSections(view, disputes),
      // Where outlets disagree about who said what, or about the words.
      { title: 'Discrepancies', lines: discrepancyLines(view, chosen) },
      { title: horizon === today ? 'What comes next' : `What comes next (after ${formatDate(horizon)})`, lines: next },
    ],
    quotes: notableQuotes(quoteRefs, 3).map((ref) => replyQuote(view, ref)),
  });
}

function newestFirst(articles: readonly ParsedArticle[]): ParsedArticle[] {
  return [...articles].sort((a, b) => byCodeUnits(b.publishedAt ?? '', a.publishedAt ?? ''));
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
        const plain = paragraph === 0 ? withoutDateline(text, article.dateline) : text;
        candidates.push({ article, paragraph, order: rank * 1000 + candidates.length, text: plain, words: contentWords(plain) });
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
  return picked.sort((a, b) => a.order - b.order).map((c) => ({ text: clip(c.text, 320), citation: cite(c.article, c.paragraph) }));
}

/** What each actor of the chosen articles said and did: quotes, claims as a source, mentions. */
function actorActivity(view: CorpusView, articles: readonly ParsedArticle[]): ActorActivity<CorpusActor>[] {
  const byActor = new Map<CorpusActor, ActorActivity<CorpusActor>>();
  const entry = (article: ParsedArticle, localId: string | null) => {
    const actor = localId === null ? undefined : view.actorOf(article, localId);
    if (!actor) return undefined;
    let found = byActor.get(actor);
    if (!found) byActor.set(actor, (found = { actor, kind: actor.kind, quotes: 0, claims: 0, mentions: 0 }));
    return found;
  };
  for (const article of articles) {
    for (const local of article.actors) {
      const found = entry(article, local.id);
      if (found) found.mentions += local.mentions;
    }
    for (const quote of article.quotes) {
      const found = entry(article, quote.speakerId);
      if (found) found.quotes += 1;
    }
    for (const claim of article.claims) {
      for (const id of new Set([claim.sourceId, ...claim.coSourceIds])) {
        const found = entry(article, id);
        if (found) found.claims += 1;
      }
    }
  }
  return [...byActor.values()];
}

/**
 * The period's top claims as summary lines ("Source said: ..."): none from a paragraph the summary
 * already quotes, none shown under a dispute (keys in `disputed`).
 */
function periodClaims(view: CorpusView, articles: readonly ParsedArticle[], summary: readonly ReplyLine[], disputed: ReadonlySet<string>): ReplyLine[] {
  const used = new Set(summary.map((line) => `${line.citation?.articleId}#${line.citation?.paragraph}`));
  const refs = withoutNestedClaims(
    view,
    articles.slice(0, 5).flatMap((article, articleRank) => article.claims.map((claim) => ({ article, claim, articleRank }))),
  ).filter((ref) => !used.has(`${ref.article.id}#${ref.claim.paragraph}`) && !disputed.has(`${ref.article.id}#${ref.claim.paragraph}#${ref.claim.text}`));
  const sourceOf = (ref: ClaimRef) => claimSources(view, ref)[0]?.name ?? null;
  return topClaims(refs, sourceOf, SUMMARY_CLAIMS).map((ref) => claimLine(view, ref));
}
