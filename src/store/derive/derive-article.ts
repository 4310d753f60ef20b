/**
 * The one place where a stored parse becomes the rows the store indexes: search keys, actor
 * appearances (with what each contributes to a merged actor), quotes, claims, events, and the
 * reports of statements that statements/ merges across articles (with the article's outlet). Pure and
 * re-runnable: migrations and a changed DERIVATION_VERSION re-derive every stored parse through it.
 * Tolerant of parse shapes it does not know (new actor kinds, extra fields, missing lists), since the
 * parser keeps evolving while old parses stay stored.
 */
import { createContentKeyReader } from '../../briefing/content-words.js';
import { foldText } from '../../briefing/text.js';
import { articleOutlet } from '../../briefing/provenance.js';
import { eventSpan } from '../../briefing/timeline-reply.js';

/** Bump when this function's output changes: stored articles are then re-derived at start. */
export const DERIVATION_VERSION = 4;

/** A name one appearance gives its actor: folded for matching, as written for display. */
export interface DerivedName {
  folded: string;
  text: string;
  /** The article's canonical name for the actor (true) or one of its other names (false). */
  canonical: boolean;
}

/** One actor of one article, as the merge into corpus actors reads it. */
export interface DerivedActor {
  localId: string;
  kind: string;
  /** The canonical name as the article writes it. */
  name: string;
  /** Distinct folded names, canonical first (empty when the actor has no usable name). */
  names: DerivedName[];
  /** Distinct roles, folded and as written. */
  roles: { folded: string; text: string }[];
  mentions: number;
  /** Named only by a description ("a U.S. official"): never merged with another article's actor. */
  unnamed: boolean;
  /** The paragraphs (indexes) where the article names the actor. */
  paragraphs: number[];
}

/** A quote's indexable part, and the quote itself (replies about an actor or a topic read quotes as rows). */
export interface DerivedQuote {
  ord: number;
  speakerLocalId: string | null;
  kind: string;
  paragraph: number;
  /** Local ids of the article's actors whose names its words use. */
  namedLocalIds: string[];
  /** Its words' content keys, space-separated with a space at each end (" key key "), for topic search. */
  keys: string;
  /** The quote as the parse gives it. */
  data: Record<string, unknown>;
}

/** A claim's indexable part, and the claim itself. */
export interface DerivedClaim {
  ord: number;
  kind: string;
  /** The source and co-sources, local actor ids, distinct. */
  sourceLocalIds: string[];
  paragraph: number;
  /** Local ids of the article's actors whose names its source's wording or its words use. */
  namedLocalIds: string[];
  /** The content keys of its source's wording and its words, as DerivedQuote's. */
  keys: string;
  /** The claim as the parse gives it. */
  data: Record<string, unknown>;
}

/**
 * A quote or claim as a report of a statement: who said it, its words, and through whom it came
 * (statements/ merges the reports of many articles into statements).
 */
export interface DerivedReport {
  item: 'quote' | 'claim';
  /** Its index in the parse's quotes or claims. */
  ord: number;
  speakerLocalId: string | null;
  /** The words as the article gives them. */
  text: string;
  paragraph: number;
  /** Local ids of the actors who relayed it, nearest the speaker first. */
  viaLocalIds: string[];
}

/** A dated event's indexable part: the first and last day it covers; and the event itself (replies about an actor or a topic read events as rows). */
export interface DerivedEvent {
  ord: number;
  date: string;
  startDay: string;
  endDay: string;
  paragraph: number;
  /** Local ids of the article's actors named in its paragraph or in its words (what /timeline of an actor shows). */
  namedLocalIds: string[];
  /** Its words' content keys, as DerivedQuote's. */
  keys: string;
  /** The event as the parse gives it. */
  data: Record<string, unknown>;
}

/** Everything the store indexes for one article. */
export interface DerivedArticle {
  headline: string;
  publishedAt: string | null;
  /** Days since 1696-03-28 (so every plausible date is positive) of the publication day; 0 undated. */
  publishedDay: number;
  /** Content keys (see content-words.ts) of headline and body: what topic searches match. */
  searchKeys: string[];
  actors: DerivedActor[];
  quotes: DerivedQuote[];
  claims: DerivedClaim[];
  events: DerivedEvent[];
  /** Every quote and claim with a speaker, as reports of statements. */
  reports: DerivedReport[];
  /** Who published the article: its agency, else the site it came from; null when neither is known. */
  outlet: string | null;
  /**
   * What a reply citing the article reads of it besides the quotes and claims it shows (item-rows.ts):
   * the parse's id, headline, date, agency, source and LLM suggestions, as the parse gives them.
   */
  cited: Record<string, unknown>;
}

const DAY_OFFSET = 100_000;

/**
 * Derives the indexed rows of a parse; a bulk load passes one content-key reader for all articles.
 * @example deriveArticle(parseArticle(text)).searchKeys // ['roe', 'vow', ...]
 */
export function deriveArticle(parse: unknown, readKeys = createContentKeyReader()): DerivedArticle {
  const p = (parse ?? {}) as Record<string, unknown>;
  const headline = text(p.headline);
  const publishedAt = typeof p.publishedAt === 'string' && p.publishedAt !== '' ? p.publishedAt : null;
  const paragraphs = list(p.paragraphs).filter((x): x is string => typeof x === 'string');
  const keys = readKeys(headline, new Set());
  for (const paragraph of paragraphs) readKeys(paragraph, keys);
  const actors = distinctLocalIds(list(p.actors).flatMap((a, i) => deriveActor(a, i)));
  const named = namedIn(actors);
  return {
    headline,
    publishedAt,
    publishedDay: dayNumber(publishedAt),
    searchKeys: [...keys],
    actors,
    quotes: list(p.quotes).map((q, ord) => {
      const quote = record(q);
      return {
        ord,
        speakerLocalId: idOrNull(quote.speakerId),
        kind: text(quote.kind) || 'direct',
        paragraph: paragraphOf(quote.paragraph),
        namedLocalIds: named(text(quote.text)),
        keys: keyList(readKeys, text(quote.text)),
        data: quote,
      };
    }),
    claims: list(p.claims).map((c, ord) => {
      const claim = record(c);
      const ids = [idOrNull(claim.sourceId), ...list(claim.coSourceIds).map(idOrNull)].filter((id): id is string => id !== null);
      return {
        ord,
        kind: text(claim.kind) || 'statement',
        sourceLocalIds: [...new Set(ids)],
        paragraph: paragraphOf(claim.paragraph),
        namedLocalIds: named(`${text(claim.sourceText)} ${text(claim.text)}`),
        keys: keyList(readKeys, `${text(claim.sourceText)} ${text(claim.text)}`),
        data: claim,
      };
    }),
    reports: [...deriveReports(list(p.quotes), 'quote'), ...deriveReports(list(p.claims), 'claim')],
    outlet: articleOutlet({ agency: text(p.agency), source: text(p.source) }),
    cited: { id: p.id, headline: p.headline, publishedAt: p.publishedAt, agency: p.agency, source: p.source, suggestions: p.suggestions },
    events: list(p.events).flatMap((e, ord) => {
      const event = record(e);
      const span = eventSpan(text(event.date));
      if (!span) return [];
      const paragraph = paragraphOf(event.paragraph);
      const inParagraph = actors.filter((a) => a.paragraphs.includes(paragraph)).map((a) => a.localId);
      return [
        {
          ord,
          date: text(event.date),
          startDay: span.start,
          endDay: span.end,
          paragraph,
          namedLocalIds: [...new Set([...inParagraph, ...named(text(event.text))])],
          keys: keyList(readKeys, text(event.text)),
          data: event,
        },
      ];
    }),
  };
}

/** The quotes or claims of a parse that have a speaker and words, as reports. */
function deriveReports(items: unknown[], item: DerivedReport['item']): DerivedReport[] {
  return items.flatMap((value, ord) => {
    const entry = record(value);
    const speakerLocalId = idOrNull(item === 'quote' ? entry.speakerId : entry.sourceId);
    const words = text(entry.text).trim();
    if (!speakerLocalId || words === '') return [];
    const viaLocalIds = list(entry.via)
      .map(idOrNull)
      .filter((id): id is string => id !== null);
    return [{ item, ord, speakerLocalId, text: words.slice(0, MAX_REPORT_TEXT), paragraph: paragraphOf(entry.paragraph), viaLocalIds }];
  });
}

/** Report words kept (the parser bounds quotes and claims already; this bounds odd stored parses). */
const MAX_REPORT_TEXT = 2000;

function deriveActor(value: unknown, index: number): DerivedActor[] {
  const actor = record(value);
  const name = text(actor.name).trim();
  const localId = idOrNull(actor.id) ?? `#${index}`;
  const names: DerivedName[] = [];
  const seen = new Set<string>();
  for (const [i, written] of [name, ...list(actor.aliases).map(text)].entries()) {
    const folded = foldText(written);
    if (folded === '' || seen.has(folded)) continue;
    seen.add(folded);
    names.push({ folded, text: written.trim(), canonical: i === 0 });
  }
  const roles: { folded: string; text: string }[] = [];
  const seenRoles = new Set<string>();
  for (const role of list(actor.roles).map(text)) {
    const folded = foldText(role);
    if (folded === '' || seenRoles.has(folded)) continue;
    seenRoles.add(folded);
    roles.push({ folded, text: role.trim() });
  }
  const mentions = Number(actor.mentions);
  return [
    {
      localId,
      kind: text(actor.kind) || 'organization',
      name,
      names,
      roles,
      mentions: Number.isFinite(mentions) ? mentions : 0,
      unnamed: actor.unnamed === true,
      paragraphs: [...new Set(list(actor.paragraphs).filter((n): n is number => Number.isInteger(n)))],
    },
  ];
}

/**
 * The local ids of the actors a text names: one of their names (folded) as whole words of it, as
 * replies test a text against an actor's names (statements.ts, textNames).
 */
function namedIn(actors: readonly DerivedActor[]): (words: string) => string[] {
  return (words) => {
    if (words.trim() === '') return [];
    const padded = ` ${foldText(words)} `;
    return actors.filter((a) => a.names.some((n) => n.folded.length > 1 && padded.includes(` ${n.folded} `))).map((a) => a.localId);
  };
}

/** A text's content keys as stored for topic search: " key key " (a topic word matches as " word "). */
function keyList(readKeys: (text: string, into: Set<string>) => Set<string>, words: string): string {
  return ` ${[...readKeys(words, new Set())].join(' ')} `;
}

// A parse naming two actors with one id would link one and tally both; the first one wins.
function distinctLocalIds(actors: DerivedActor[]): DerivedActor[] {
  const seen = new Set<string>();
  return actors.filter((a) => !seen.has(a.localId) && seen.add(a.localId));
}

/** The publication day as a number that sorts like the date; 0 for undated or unreadable. */
export function dayNumber(publishedAt: string | null): number {
  if (!publishedAt) return 0;
  const t = Date.parse(publishedAt.slice(0, 10));
  return Number.isFinite(t) ? Math.floor(t / 86_400_000) + DAY_OFFSET : 0;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function idOrNull(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function paragraphOf(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) ? value : -1;
}
