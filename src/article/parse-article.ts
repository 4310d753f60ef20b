/**
 * The parser: raw article text (web-page copy, plain text or HTML) to a ParsedArticle. Pure apart
 * from reading the lexicon once; the same input always gives the same output.
 */
import { createHash } from 'node:crypto';
import { buildActors } from './actors.js';
import { extractClaims } from './claims.js';
import { createCueFinder, type CueFinder } from './cues.js';
import { findDates } from './dates.js';
import { createGroupFinder, type GroupMention } from './groups.js';
import { extractHtmlArticle, looksLikeHtml } from './html.js';
import { loadLexicon, type Lexicon } from './lexicon.js';
import { findMentions, type Mention } from './mentions.js';
import { normalizeText } from './normalize.js';
import { findQuoteSpans, extractQuotes } from './quotes.js';
import { splitSentences } from './sentences.js';
import { createSpeakerFinder, type PlacedMention } from './speakers.js';
import { structureArticle, type KnownMetadata } from './structure.js';
import { excerptAround, startingBetween } from './text-window.js';
import type { Actor, ArticleEvent, ParsedArticle } from './types.js';

export { readArticleFile } from './read-article-file.js';

/** Sentences longer than this (the longest on PolNeAR is 494) give each event an excerpt instead. */
const EVENT_SENTENCE_MAX = 600;
/** Characters of the sentence kept either side of a date expression in such an excerpt. */
const EVENT_CONTEXT = 60;

/** Bump when parsing changes, so stored parses are redone at the next start. */
export const PARSER_VERSION = 2;

/** What the parser needs besides the text: the lexicon and its derived finders, built once. */
export interface ParserResources {
  lexicon: Lexicon;
  cues: CueFinder;
  groups: ReturnType<typeof createGroupFinder>;
}

/** Builds the parser's resources; reuse them across articles. */
export function createParserResources(lexicon: Lexicon = loadLexicon()): ParserResources {
  return { lexicon, cues: createCueFinder(lexicon), groups: createGroupFinder(lexicon) };
}

let defaultResources: ParserResources | null = null;
const resources = () => (defaultResources ??= createParserResources());

/**
 * Parses one article.
 * @example const article = parseArticle(readFileSync('data/articles/putin-north-korea.txt', 'utf8'));
 */
export function parseArticle(raw: string, options: { source?: string; resources?: ParserResources } = {}): ParsedArticle {
  const res = options.resources ?? resources();
  const lex = res.lexicon;
  const id = createHash('sha256').update(raw).digest('hex').slice(0, 16);
  let text = normalizeText(raw);
  let known: KnownMetadata = {};
  if (looksLikeHtml(text)) {
    const html = extractHtmlArticle(text);
    text = normalizeText(html.text);
    known = { headline: html.headline ? normalizeText(html.headline) : null, publishedAt: html.publishedAt, bylines: html.bylines, layout: 'html' };
  }
  const s = structureArticle(text, known);
  const paragraphs = s.paragraphs;
  const captionTexts = s.captions.map((c) => c.text);

  // Names, with the dateline blanked so "LIMA/QUITO (Reuters)" names nobody.
  const datelineLength = s.dateline && paragraphs[0] ? (/^[^-–—]*?\)\s*[-–—]+\s*|^[^–—]*?[–—]+\s+/.exec(paragraphs[0])?.[0].length ?? 0) : 0;
  const forMentions = paragraphs.map((p, i) => (i === 0 && datelineLength ? ' '.repeat(datelineLength) + p.slice(datelineLength) : p));
  const mentions: Mention[] = [];
  forMentions.forEach((p, i) => mentions.push(...findMentions(p, i, lex)));
  // Captions count as mentions outside the body (paragraph -1), kept apart by their own index.
  const captionMentions: Mention[] = [];
  captionTexts.forEach((c, k) => captionMentions.push(...findMentions(c, -1 - k, lex)));
  const all = [...mentions, ...captionMentions];
  const textOf = (index: number) => (index >= 0 ? forMentions[index]! : captionTexts[-1 - index]!);
  const excluded = new Set([...s.bylines, ...s.credits.map((c) => c.name)]);
  const table = buildActors(all, (index) => textOf(index), lex, excluded);
  const actors = table.actors.map((a) => ({ ...a, paragraphs: a.paragraphs.map((p) => (p < 0 ? -1 : p)) }));

  // Groups: "Syrian state media" and its later bare "state media".
  const groupMentions: GroupMention[] = [];
  paragraphs.forEach((p, i) => groupMentions.push(...res.groups(p, i)));
  const quotedRanges = paragraphs.map((p) => findQuoteSpans(p).map((q): [number, number] => [q.start, q.end]));
  const placed: PlacedMention[] = [];
  all.forEach((m, k) => {
    const actorId = table.mentionActor[k];
    // A quoted excerpt that runs on past its paragraph (wire style) is narrative: its names can be
    // what a later "she said" points back to.
    const inExcerpt = m.insideQuote && m.paragraph >= 0 && (quotedRanges[m.paragraph] ?? []).some(([a, b]) => a <= 1 && b === paragraphs[m.paragraph]!.length && m.start >= a);
    if (actorId && m.paragraph >= 0) placed.push({ paragraph: m.paragraph, start: m.start, end: m.end, actorId, possessive: m.possessive, insideQuote: m.insideQuote && !inExcerpt });
  });
  const groupsByNoun = new Map<string, Actor>();
  for (const g of groupMentions) {
    if (quotedRanges[g.paragraph]!.some(([a, b]) => g.start >= a && g.start < b)) continue;
    let actor = g.name ? actors.find((a) => a.kind === 'group' && a.name.toLowerCase() === g.name.toLowerCase()) : groupsByNoun.get(g.noun);
    if (!actor && g.name) {
      actor = { id: `a${actors.length + 1}`, name: g.name, kind: 'group', roles: [], aliases: [], mentions: 0, paragraphs: [] };
      actors.push(actor);
    }
    if (!actor) continue;
    groupsByNoun.set(g.noun, actor);
    actor.mentions++;
    if (!actor.paragraphs.includes(g.paragraph)) actor.paragraphs.push(g.paragraph);
    if (g.text !== actor.name && !actor.aliases.includes(g.text)) actor.aliases.push(g.text);
    // A group name that starts with a place ("Syrian state media") replaces that place's mention.
    const overlapping = placed.findIndex((m) => m.paragraph === g.paragraph && m.start >= g.start && m.end <= g.end);
    if (overlapping >= 0) placed.splice(overlapping, 1);
    placed.push({ paragraph: g.paragraph, start: g.start, end: g.end, actorId: actor.id, possessive: false, insideQuote: false });
  }
  placed.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);

  const placedIn = new Map<number, PlacedMention[]>();
  for (const m of placed) {
    const list = placedIn.get(m.paragraph) ?? [];
    list.push(m);
    placedIn.set(m.paragraph, list);
  }
  const placedBetween = (p: number, from: number, to: number) => startingBetween(placedIn.get(p) ?? [], from, to);

  const byId = new Map(actors.map((a) => [a.id, a]));
  const sentences = paragraphs.map((p) => splitSentences(p));
  const speakers = createSpeakerFinder(paragraphs, placed, byId, lex);
  // Quotes and claims both read each paragraph's cues: find them once.
  const cueMemo = new Map<string, ReturnType<CueFinder['find']>>();
  const cues: CueFinder = { find: (t) => cueMemo.get(t) ?? (cueMemo.set(t, res.cues.find(t)), cueMemo.get(t)!) };
  const personNamed = (word: string) => {
    const w = word.toLowerCase();
    const found = actors.filter((a) => a.kind === 'person' && [a.name, ...a.aliases].some((n) => n.toLowerCase().split(/\s+/).includes(w)));
    if (found.length === 1) return found[0]!.id;
    if (found.length > 1 || lex.sentenceWords.has(w) || lex.gazetteer.has(w)) return null;
    // A transcript speaker the story names only in the label ("WALLACE: ...") becomes an actor.
    const actor: Actor = { id: `a${actors.length + 1}`, name: word[0]! + word.slice(1).toLowerCase(), kind: 'person', roles: [], aliases: [word], mentions: 1, paragraphs: [] };
    actors.push(actor);
    byId.set(actor.id, actor);
    return actor.id;
  };
  const quotes = extractQuotes({ paragraphs, sentences, cues, speakers, personNamed });
  const claims = extractClaims({
    paragraphs,
    sentences,
    cues,
    speakers,
    quoted: quotedRanges,
    coSources: (p, from, to) => {
      const text = paragraphs[p]!;
      // Names at most 2,000 characters before the cue, found by binary search in the ordered list.
      const inRange = placedBetween(p, Math.max(from, to - 2000), to).filter((m) => m.start >= from && m.end <= to && !m.possessive);
      return inRange.filter((m, k) => k > 0 && /^\s*(?:,|and|,\s*and)\s*$/.test(text.slice(inRange[k - 1]!.end, m.start))).map((m) => m.actorId).concat(inRange.length > 1 && /^\s*(?:,|and|,\s*and)\s*$/.test(text.slice(inRange[0]!.end, inRange[1]!.start)) ? [inRange[0]!.actorId] : []);
    },
  });
  for (const claim of claims) claim.sourceText = byId.get(claim.sourceId ?? '')?.name ?? '';

  const events: ArticleEvent[] = [];
  const seen = new Set<string>();
  const sentenceIds = new Map<string, number>();
  const addEvents = (text: string, paragraph: number) => {
    for (const sentence of splitSentences(text)) {
      const whole = sentence.text.trim();
      // One event per date and sentence wording (a sentence repeated elsewhere counts once).
      let sentenceId = sentenceIds.get(whole);
      if (sentenceId === undefined) sentenceIds.set(whole, (sentenceId = sentenceIds.size));
      for (const d of findDates(sentence.text, s.publishedAt)) {
        const key = `${d.date}\u0000${sentenceId}`;
        if (seen.has(key)) continue;
        seen.add(key);
        // A sentence too long to repeat per date is shown around the date expression.
        const eventText = whole.length <= EVENT_SENTENCE_MAX ? whole : excerptAround(sentence.text, d.index, d.index + d.expression.length, EVENT_CONTEXT);
        events.push({ date: d.date, text: eventText, paragraph, expression: d.expression });
      }
    }
  };
  paragraphs.forEach((p, i) => addEvents(i === 0 && datelineLength ? p.slice(datelineLength) : p, i));
  captionTexts.forEach((c) => addEvents(c, -1));

  // Mentions counted from names; actors only named in captions stay (they are in the story's pictures).
  return {
    id,
    headline: s.headline,
    publishedAt: s.publishedAt,
    agency: s.agency,
    dateline: s.dateline,
    bylines: s.bylines,
    credits: s.credits,
    paragraphs,
    actors: actors.map((a) => ({ ...a, paragraphs: [...new Set(a.paragraphs)].sort((x, y) => x - y), mentions: Math.max(1, a.mentions) })),
    quotes,
    claims,
    events,
    captions: s.captions,
    subheadings: s.subheadings,
    layout: s.layout,
    source: options.source ?? null,
    parserVersion: PARSER_VERSION,
  };
}
