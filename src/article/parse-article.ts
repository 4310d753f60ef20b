/**
 * The parser: raw article text (web-page copy, plain text or HTML) to a ParsedArticle. Pure apart
 * from reading the lexicon once; the same input always gives the same output.
 */
import { createHash } from 'node:crypto';
import { findEvents } from './article-events.js';
import { readLabelledSpeech } from './article-labels.js';
import { placeArticleNames } from './article-names.js';
import { pageOwnNames } from './page-names.js';
import { attributeQuotes, type AttributionTrace, type PlacedQuotes } from './attribution/attribute-quotes.js';
import { loadAttributionModel, type AttributionModel } from './attribution/model.js';
import { loadNewsMedia, namesOutlet, type NewsMediaLexicon } from './attribution/news-media.js';
import { traceRelays, type PlacedClaims } from './attribution/relays.js';
import { claimsFromQuotes, extractClaims, withoutQuotedFragments } from './claims.js';
import { createCueFinder, type CueFinder } from './cues.js';
import { isoDateOrNull, writesDayFirst } from './dates.js';
import { createGroupFinder } from './groups.js';
import { extractHtmlArticle, looksLikeHtml } from './html.js';
import { loadLexicon, type Lexicon } from './lexicon.js';
import { markQuotationMarks, normalizeText } from './normalize.js';
import { isPostFragment } from './post-fragments.js';
import { isSportsReport, withSportsPositions } from './sports-report.js';
import { splitSentences } from './sentences.js';
import { createSpeakerFinder, type PlacedMention } from './speakers.js';
import { structureArticle, type KnownMetadata } from './structure.js';
import { startingBetween } from './text-window.js';
import type { Actor, ParsedArticle } from './types.js';
import { findSourceDescriptions, placeSourceDescriptions } from './unnamed-sources.js';

export { readArticleFile } from './read-article-file.js';

/** Bump when parsing changes, so stored parses are redone at the next start. */
export const PARSER_VERSION = 7;

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

/** What a caller may pass besides the text. */
export interface ParseOptions {
  /** Where the text came from: a file path or URL. */
  source?: string;
  resources?: ParserResources;
  /**
   * The publication date (YYYY-MM-DD) known from outside the text (--date, a sidecar file, a feed's
   * pubDate): used when the article states none, so its relative dates still resolve.
   */
  publishedAt?: string | null;
  /** Receives the inputs of every quote decision and where names stand (training reads them). */
  trace?: AttributionTrace;
  /** Told as the parse moves from stage to stage (the parse benchmark's `--stages` times them). */
  stages?: StageTimer;
}

/** Time accrues to the stage last entered; `enter` returns the stage it leaves. */
export interface StageTimer {
  enter(stage: string): string;
}

/** Why an article has no date, and how to give it one. */
export const UNDATED_REASON =
  "no publication date in the header, dateline, footer or page metadata, so relative dates ('on Monday', 'last week') stay unresolved: give one with --date YYYY-MM-DD, a NAME.meta.json sidecar, or a feed's pubDate";

/**
 * Parses one article.
 * @example const article = parseArticle(readFileSync('data/articles/putin-north-korea.txt', 'utf8'));
 */
export function parseArticle(raw: string, options: ParseOptions = {}): ParsedArticle {
  const res = options.resources ?? resources();
  const baseLexicon = res.lexicon;
  const timer = options.stages;
  timer?.enter('structure');
  const id = createHash('sha256').update(raw).digest('hex').slice(0, 16);
  let text = normalizeText(raw);
  let known: KnownMetadata = {};
  if (looksLikeHtml(text)) {
    const html = extractHtmlArticle(text);
    text = normalizeText(html.text);
    known = { headline: html.headline ? normalizeText(html.headline) : null, publishedAt: html.publishedAt, bylines: html.bylines, layout: 'html' };
  }
  const s = structureArticle(text, known, { isGivenName: (word) => baseLexicon.firstNames.has(word.toLowerCase()) });
  // A match report reads "centre NAME", "lock NAME", "prop NAME" as a player and a position.
  const lex = isSportsReport(text, baseLexicon) ? withSportsPositions(baseLexicon) : baseLexicon;
  // Quotes are read from a copy with every quotation mark as '"' (the same length, so offsets hold);
  // the paragraphs keep the marks the article typed.
  const paragraphs = s.paragraphs.map(markQuotationMarks);
  const given = isoDateOrNull(options.publishedAt);
  const publishedAt = s.publishedAt ?? given;
  const dateFrom = s.publishedAt ? (known.publishedAt && known.publishedAt === s.publishedAt ? 'page' : 'text') : given ? 'given' : null;
  const captionTexts = s.captions.map((c) => markQuotationMarks(c.text));

  // Stage 1: names become actors, placed in the text.
  timer?.enter('names');
  const { actors, placed, datelineLength, quotedRanges, quoteSpans } = placeArticleNames(
    {
      paragraphs,
      captions: captionTexts,
      makers: [...s.bylines, ...s.credits.map((c) => c.name)],
      headline: s.headline,
      dateline: s.dateline,
      pageNames: pageOwnNames(text, s.headline),
    },
    lex,
    res.groups,
  );

  // Stage 2: sources without a name ("a U.S. official said", "according to the report"). Quotes,
  // claims and unnamed sources all read each paragraph's cues: found once.
  const cueMemo = new Map<string, ReturnType<CueFinder['find']>>();
  const findCues = timer ? (t: string) => timed(timer, 'cues', () => res.cues.find(t)) : res.cues.find;
  const cues: CueFinder = { find: (t) => cueMemo.get(t) ?? (cueMemo.set(t, findCues(t)), cueMemo.get(t)!) };
  timer?.enter('sentences');
  // Pushed, not mapped: Array.prototype.map gives packed or holey arrays depending on its path, and
  // each new kind deoptimised the stages that index this one ("wrong map").
  const sentences: ReturnType<typeof splitSentences>[] = [];
  for (const p of paragraphs) sentences.push(splitSentences(p));
  timer?.enter('unnamed sources');
  const descriptions = paragraphs.flatMap((p, i) => findSourceDescriptions(p, i, cues.find(p), quoteSpans[i]!, sentences[i]!, lex));
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
  timer?.enter('speakers');
  const speakers = createSpeakerFinder(paragraphs, placed, byId, lex);

  // Stage 3: speech under labels (transcripts, roundups), then quotes and who said them: the rules
  // propose, the learned model decides.
  timer?.enter('labelled speech');
  const labels = readLabelledSpeech({ paragraphs, actors, byId, placed, placedBetween, cues, lex });
  timer?.enter('quotes');
  const placedQuotes: PlacedQuotes = new Map();
  const quotes = attributeQuotes(
    {
      paragraphs,
      quoteSpans,
      sentences,
      cues,
      speakers,
      personNamed: labels.personNamed,
      labelled: labels.labelled,
      actors: byId,
      lexicon: lex,
      mentionsIn: (p) => placedIn.get(p) ?? [],
    },
    res.attribution,
    options.trace?.quotes,
    placedQuotes,
  );
  // Words under a "Jane Roe said:" line with no quotation marks are speech too: what claims read as
  // the reporter's own sentences leaves them out, as it does quoted words (the quote itself becomes
  // the claim). A transcript's turns (cue ":") stay in: a reporter's narration reports claims.
  const unquoted = labels.unquotedQuotes();
  quotes.push(...unquoted);
  const underSaidLines = unquoted.filter((q) => q.cue !== ':');
  const spokenRanges = underSaidLines.length ? quotedRanges.map((ranges) => [...ranges]) : quotedRanges;
  for (const q of underSaidLines) {
    const at = paragraphs[q.paragraph]!.indexOf(q.text);
    if (at >= 0) (spokenRanges[q.paragraph] ??= []).push([at, at + q.text.length]);
  }
  quotes.sort((a, b) => a.paragraph - b.paragraph);
  // Fragments of a checked post ("A post claims the council "will fine families"") are no one's speech.
  const isPlatform = (name: string) => namesOutlet(res.media, name);
  for (let k = quotes.length - 1; k >= 0; k--)
    if (isPostFragment(quotes[k]!, byId.get(quotes[k]!.speakerId ?? ''), lex.postNouns, isPlatform)) quotes.splice(k, 1);

  // Stage 4: claims, quoted or not, with their sources.
  timer?.enter('claims');
  const placedClaims: PlacedClaims = new Map();
  const found = extractClaims({
    placed: (claim, sentence, cue) => placedClaims.set(claim, { sentence, cue }),
    paragraphs,
    sentences,
    cues,
    speakers,
    quoted: spokenRanges,
    holderOf: (role) => {
      const post = role.toLowerCase();
      const holders = actors.filter((a) => a.kind === 'person' && a.roles.some((r) => ` ${r.toLowerCase()}`.endsWith(` ${post}`)));
      return holders.length === 1 ? holders[0]!.id : null;
    },
    coSources: (p, from, to) => {
      const text = paragraphs[p]!;
      // Names at most 2,000 characters before the cue, found by binary search in the ordered list.
      const inRange = placedBetween(p, Math.max(from, to - 2000), to).filter((m) => m.start >= from && m.end <= to && !m.possessive);
      return inRange
        .filter((m, k) => k > 0 && /^\s*(?:,|and|,\s*and)\s*$/.test(text.slice(inRange[k - 1]!.end, m.start)))
        .map((m) => m.actorId)
        .concat(inRange.length > 1 && /^\s*(?:,|and|,\s*and)\s*$/.test(text.slice(inRange[0]!.end, inRange[1]!.start)) ? [inRange[0]!.actorId] : []);
    },
  });
  // Stage 5: through whom the words came ("the agency quoted X as saying"), as `via` on quotes and claims;
  // a quote's claim carries its quote's relays.
  timer?.enter('relays');
  const relayed = traceRelays(
    {
      paragraphs,
      quoteSpans,
      sentences,
      cues,
      speakers,
      mentionsIn: (p) => placedIn.get(p) ?? [],
      actors: byId,
      lexicon: lex,
      media: res.media,
      agency: s.agency,
      actorFor: (d) => relayActor(actors, byId, d),
    },
    quotes,
    placedQuotes,
    found,
    placedClaims,
  );
  const fromQuotes = claimsFromQuotes(quotes, relayed, (cue) => cues.find(cue)[0]?.kind ?? 'statement');
  const claims = [...withoutQuotedFragments(relayed, fromQuotes), ...fromQuotes];
  for (const claim of claims) claim.sourceText = byId.get(claim.sourceId ?? '')?.name ?? '';

  // Stage 6: dated sentences.
  timer?.enter('events');
  const events = findEvents(paragraphs, captionTexts, { publishedAt, dayFirst: writesDayFirst(paragraphs.join('\n')) }, datelineLength);

  // Mentions counted from names; actors only named in captions stay (they are in the story's pictures).
  timer?.enter('output');
  return {
    id,
    headline: s.headline,
    publishedAt,
    dateFrom,
    undatedReason: publishedAt ? null : UNDATED_REASON,
    agency: s.agency,
    dateline: s.dateline,
    bylines: s.bylines,
    credits: s.credits,
    paragraphs: s.paragraphs,
    actors: actors.map((a) => ({ ...a, paragraphs: [...new Set(a.paragraphs)].sort((x, y) => x - y), mentions: Math.max(1, a.mentions) })),
    quotes,
    claims,
    events,
    captions: s.captions,
    subheadings: s.subheadings,
    summary: s.summary,
    layout: s.layout,
    source: options.source ?? null,
    parserVersion: PARSER_VERSION,
  };
}

/** Runs `fn` as stage `stage`, then goes back to the stage it interrupted. */
function timed<T>(timer: StageTimer, stage: string, fn: () => T): T {
  const back = timer.enter(stage);
  try {
    return fn();
  } finally {
    timer.enter(back);
  }
}

/**
 * The actor a relay names that the name stages left alone: an outlet described ("state television")
 * or a platform's bare name ("Telegram"), or a source cited by description ("citing two officials").
 * The same words give the same actor.
 */
function relayActor(actors: Actor[], byId: Map<string, Actor>, d: { p: number; name: string; kind: Actor['kind']; unnamed: boolean }): string {
  const key = d.name.toLowerCase();
  const existing = actors.find((a) => a.name.toLowerCase() === key || a.aliases.some((x) => x.toLowerCase() === key));
  const actor = existing ?? {
    id: `a${actors.length + 1}`,
    name: d.name,
    kind: d.kind,
    roles: [],
    aliases: [],
    mentions: 0,
    paragraphs: [],
    ...(d.unnamed ? { unnamed: true } : {}),
  };
  if (!existing) {
    actors.push(actor);
    byId.set(actor.id, actor);
  }
  actor.mentions++;
  if (!actor.paragraphs.includes(d.p)) actor.paragraphs.push(d.p);
  return actor.id;
}
