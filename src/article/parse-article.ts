/**
 * The parser: raw article text (web-page copy, plain text or HTML) to a ParsedArticle. Pure apart
 * from reading the lexicon once; the same input always gives the same output.
 */
import { createHash } from 'node:crypto';
import { findEvents } from './article-events.js';
import { placeArticleNames } from './article-names.js';
import { attributeQuotes, type AttributionTrace, type PlacedQuotes } from './attribution/attribute-quotes.js';
import { loadNewsMedia, type NewsMediaLexicon } from './attribution/news-media.js';
import { traceRelays, type PlacedClaims } from './attribution/relays.js';
import { loadAttributionModel, type AttributionModel } from './attribution/model.js';
import { extractClaims } from './claims.js';
import { createCueFinder, type CueFinder } from './cues.js';
import { createGroupFinder } from './groups.js';
import { extractHtmlArticle, looksLikeHtml } from './html.js';
import { loadLexicon, type Lexicon } from './lexicon.js';
import { normalizeText } from './normalize.js';
import { findQuoteSpans } from './quotes.js';
import { splitSentences } from './sentences.js';
import { createSpeakerFinder, type PlacedMention } from './speakers.js';
import { structureArticle, type KnownMetadata } from './structure.js';
import { startingBetween } from './text-window.js';
import { findSourceDescriptions, placeSourceDescriptions } from './unnamed-sources.js';
import type { Actor, ParsedArticle } from './types.js';

export { readArticleFile } from './read-article-file.js';

/** Bump when parsing changes, so stored parses are redone at the next start. */
export const PARSER_VERSION = 4;

/** What the parser needs besides the text: the lexicon and its derived finders, built once. */
export interface ParserResources {
  lexicon: Lexicon;
  cues: CueFinder;
  groups: ReturnType<typeof createGroupFinder>;
  /** The learned attribution model; null lets the rules decide alone (training reads features that way). */
  attribution: AttributionModel | null;
  /** News outlets and media nouns, for the relays words come through. */
  media: NewsMediaLexicon;
}

/** Builds the parser's resources; reuse them across articles. */
export function createParserResources(lexicon: Lexicon = loadLexicon(), attribution: AttributionModel | null = loadAttributionModel()): ParserResources {
  return { lexicon, cues: createCueFinder(lexicon), groups: createGroupFinder(lexicon), attribution, media: loadNewsMedia() };
}

let defaultResources: ParserResources | null = null;
const resources = () => (defaultResources ??= createParserResources());

/**
 * Parses one article.
 * @example const article = parseArticle(readFileSync('data/articles/putin-north-korea.txt', 'utf8'));
 */
export function parseArticle(raw: string, options: { source?: string; resources?: ParserResources; trace?: AttributionTrace } = {}): ParsedArticle {
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

  // Stage 1: names become actors, placed in the text.
  const { actors, placed, datelineLength, quotedRanges } = placeArticleNames(s, lex, res.groups);
  // Stage 2: sources without a name ("a U.S. official said", "according to the report"). Quotes,
  // claims and unnamed sources all read each paragraph's cues: found once.
  const cueMemo = new Map<string, ReturnType<CueFinder['find']>>();
  const cues: CueFinder = { find: (t) => cueMemo.get(t) ?? (cueMemo.set(t, res.cues.find(t)), cueMemo.get(t)!) };
  const sentences = paragraphs.map((p) => splitSentences(p));
  const descriptions = paragraphs.flatMap((p, i) => findSourceDescriptions(p, i, cues.find(p), findQuoteSpans(p), sentences[i]!, lex));
  placeSourceDescriptions(descriptions, actors, placed, lex);
  placed.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  options.trace?.mentions.push(...placed);

  const placedIn = new Map<number, PlacedMention[]>();
  for (const m of placed) {
    const list = placedIn.get(m.paragraph) ?? [];
    list.push(m);
    placedIn.set(m.paragraph, list);
  }
  const placedBetween = (p: number, from: number, to: number) => startingBetween(placedIn.get(p) ?? [], from, to);

  const byId = new Map(actors.map((a) => [a.id, a]));
  const speakers = createSpeakerFinder(paragraphs, placed, byId, lex);
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
  // Stage 3: quotes and who said them (rules propose, the learned model decides).
  const placedQuotes: PlacedQuotes = new Map();
  const quotes = attributeQuotes(
    { paragraphs, sentences, cues, speakers, personNamed, actors: byId, lexicon: lex, mentionsIn: (p) => placedIn.get(p) ?? [] },
    res.attribution,
    options.trace?.quotes,
    placedQuotes,
  );
  // Stage 4: claims, quoted or not, with their sources.
  const placedClaims: PlacedClaims = new Map();
  const found = extractClaims({
    placed: (claim, sentence, cue) => placedClaims.set(claim, { sentence, cue }),
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
  // Stage 5: through whom the words came ("Interfax quoted X as saying"), as `via` on quotes and claims.
  const claims = traceRelays(
    { paragraphs, sentences, cues, speakers, mentionsIn: (p) => placedIn.get(p) ?? [], actors: byId, lexicon: lex, media: res.media, agency: s.agency, actorFor: (d) => relayActor(actors, byId, d) },
    quotes,
    placedQuotes,
    found,
    placedClaims,
  );
  for (const claim of claims) claim.sourceText = byId.get(claim.sourceId ?? '')?.name ?? '';

  // Stage 6: dated sentences.
  const events = findEvents(paragraphs, s.captions.map((c) => c.text), s.publishedAt, datelineLength);

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

/**
 * The actor a relay names that the name stages left alone: an outlet described ("state television")
 * or a platform's bare name ("Telegram"), or a source cited by description ("citing two officials").
 * The same words give the same actor.
 */
function relayActor(actors: Actor[], byId: Map<string, Actor>, d: { p: number; name: string; kind: Actor['kind']; unnamed: boolean }): string {
  const key = d.name.toLowerCase();
  const existing = actors.find((a) => a.name.toLowerCase() === key || a.aliases.some((x) => x.toLowerCase() === key));
  const actor = existing ?? { id: `a${actors.length + 1}`, name: d.name, kind: d.kind, roles: [], aliases: [], mentions: 0, paragraphs: [], ...(d.unnamed ? { unnamed: true } : {}) };
  if (!existing) {
    actors.push(actor);
    byId.set(actor.id, actor);
  }
  actor.mentions++;
  if (!actor.paragraphs.includes(d.p)) actor.paragraphs.push(d.p);
  return actor.id;
}
