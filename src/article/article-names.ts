/**
 * The names of an article become actors, placed in the text: capitalised names (mentions.ts) merged
 * into actors (actors.ts), in the body and in the captions, with the dateline blanked so "LIMA/QUITO
 * (Reuters)" names nobody; then groups named by a nationality and a collective noun ("Syrian state
 * media", a later "state media"). Sources without a name are placed later (unnamed-sources.ts).
 */
import { buildActors } from './actors.js';
import { readDateline } from './dateline.js';
import { isPeoplePlural, type GroupMention, type createGroupFinder } from './groups.js';
import type { Lexicon } from './lexicon.js';
import { CAPS_LABEL, PARTS } from './labelled-speech.js';
import { findMentions, type Mention } from './mentions.js';
import { findQuoteSpans, type QuoteSpan } from './quotes.js';
import type { PlacedMention } from './speakers.js';
import type { Actor } from './types.js';

/** The actors of an article, where they are named, and what the later stages need of the text. */
export interface ArticleNames {
  actors: Actor[];
  /** Names outside quotation marks (and inside run-on excerpts), by paragraph; not yet sorted. */
  placed: PlacedMention[];
  /** Characters of the first paragraph taken by the dateline. */
  datelineLength: number;
  /** Spans inside quotation marks, per paragraph. */
  quotedRanges: Array<Array<[number, number]>>;
  /** The same spans as found, per paragraph, for the later stages that read them (found once). */
  quoteSpans: QuoteSpan[][];
}

/** What this stage reads of the article: paragraphs and captions (quotation marks as '"'), and who wrote it. */
export interface NamedText {
  paragraphs: string[];
  captions: string[];
  /** Bylines and credited names: the article's makers, never actors of the story. */
  makers: string[];
  /** The headline, which may give in full a name the body gives by surname alone. */
  headline?: string;
  /** Where the story was filed, when the page gives it outside the body ("Nov 13th 2025|OSLO"). */
  dateline?: string | null;
  /** The page's own names (masthead, copyright owner), lower-cased: bodies wherever the story names them. */
  pageNames?: ReadonlySet<string>;
}

/** A stock exchange and ticker in parentheses: "(NYSE: HLX)", "(Nasdaq: ABCD)". */
const TICKER = /\((?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX|OTC|NYSE American|Euronext|SIX|TSE|HKEX)\s*:\s*[A-Z.]{1,6}\)/g;

/** ", Inc." after a company's name: its legal form, no name of its own ("Acme Ferries, Inc. said"). */
// (The look-behind after the comma, not before it: the search then skips from comma to comma.)
const LEGAL_FORM_AFTER_COMMA = /,(?<=\p{L},)\s(?:Inc|Ltd|LLC|Corp|plc|L\.P|S\.A|N\.V)\.?(?=[\s,)]|$)/gu;

/** A word run together with a verb ("I'll", "I've", "We'd", "Don't"): no name, though it opens a sentence. */
const CONTRACTION = /^\p{L}+(?:['’](?:ll|ve|d|m|re)|n['’]t)$/u;

/** A university or college named after a town: "University of Marwick", "College of Osk Harbour" (the town is group 1). */
const UNIVERSITY_OF = /^(?:The\s+)?(?:University|College|Polytechnic)\s+of\s+(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)$/u;

const COMPASS = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower)$/;

/** Finds the actors of an article and places their names. */
export function placeArticleNames(text: NamedText, lex: Lexicon, groups: ReturnType<typeof createGroupFinder>): ArticleNames {
  const { paragraphs, captions } = text;
  const dateline = paragraphs[0] ? readDateline(paragraphs[0]) : null;
  const datelineLength = dateline?.length ?? 0;
  // A ticker in parentheses ("(NYSE: HLX)") names the company before it, not a body of its own.
  const forMentions = paragraphs.map((p, i) =>
    (i === 0 && datelineLength ? ' '.repeat(datelineLength) + p.slice(datelineLength) : p)
      .replace(TICKER, (t) => ' '.repeat(t.length))
      .replace(LEGAL_FORM_AFTER_COMMA, (t) => ' '.repeat(t.length))
      .replace(CAPS_LABEL, (label) => readableLabel(label, lex)),
  );
  const mentions: Mention[] = [];
  forMentions.forEach((p, i) =>
    mentions.push(...findMentions(p, i, lex).filter((m) => !peopleByTrade(m, lex) && !weatherSystem(m, p, lex) && !CONTRACTION.test(m.text))),
  );
  // Captions count as mentions outside the body (paragraph -1), kept apart by their own index.
  const captionMentions: Mention[] = [];
  captions.forEach((c, k) => captionMentions.push(...findMentions(c, -1 - k, lex)));
  const all = [...mentions, ...captionMentions];
  const textOf = (index: number) => (index >= 0 ? forMentions[index]! : captions[-1 - index]!);
  const table = buildActors(all, (index) => textOf(index), lex, new Set(text.makers), text.pageNames);
  const actors = table.actors.map((a) => ({ ...a, paragraphs: a.paragraphs.map((p) => (p < 0 ? -1 : p)) }));

  // A person the body names by surname alone ("MINISTER VAREN:" in a transcript) whom the headline
  // names in full after a title ("Briefing by Transport Minister Olga Varen"): the full name is theirs.
  if (text.headline) {
    for (const m of findMentions(text.headline, -1000, lex)) {
      if (!m.hasTitle || !m.text.includes(' ')) continue;
      const surname = m.text.split(' ').at(-1)!.toLowerCase();
      const alone = actors.filter((a) => a.kind === 'person' && a.name.toLowerCase() === surname);
      if (alone.length !== 1 || actors.some((a) => a.kind === 'person' && a.name.toLowerCase() === m.text.toLowerCase())) continue;
      const actor = alone[0]!;
      actor.aliases = [...new Set([actor.name, ...actor.aliases])];
      actor.name = m.text;
      if (m.title && !actor.roles.some((r) => r.toLowerCase().endsWith(m.title.toLowerCase())))
        actor.roles = [m.title, ...actor.roles.filter((r) => !m.title.toLowerCase().endsWith(r.toLowerCase()))];
    }
  }
  // "South Holland", "North Brabant": a compass word and a name the lexicon gives no person is a region.
  for (const actor of actors) {
    const words = actor.name.split(' ');
    if (
      actor.kind === 'person' &&
      actor.roles.length === 0 &&
      words.length >= 2 &&
      words.length <= 3 &&
      COMPASS.test(words[0]!) &&
      !lex.firstNames.has(words[1]!.toLowerCase())
    )
      actor.kind = 'place';
  }
  // "the University of Marwick": the town a university or college is named after is a place of the
  // story too, beside the body (not "University of Technology", whose words name a subject).
  for (const actor of [...actors]) {
    const town = actor.kind === 'organization' ? UNIVERSITY_OF.exec(actor.name)?.[1] : undefined;
    if (!town || town.split(' ').some((w) => lex.academicFields.has(w.toLowerCase()) || lex.orgWords.has(w.toLowerCase()))) continue;
    const known = actors.find((a) => [a.name, ...a.aliases].some((n) => n.toLowerCase() === town.toLowerCase()));
    if (known) {
      if (known.kind !== 'person') continue;
      // Never a person: a bare name the finder took for someone's surname is the town.
      known.kind = 'place';
      continue;
    }
    actors.push({
      id: `a${actors.length + 1}`,
      name: town,
      kind: 'place',
      roles: [],
      aliases: [],
      mentions: actor.mentions,
      paragraphs: [...actor.paragraphs],
    });
  }
  // The place a dateline names is a place of the story, though the story may not name it again.
  // A region after the town in full words ("Lundavi, Kasembe Province", not "Savannah, Ga.") is one too.
  const [town, ...regions] = (dateline?.place ?? text.dateline ?? '').split(',').map((p) => p.trim());
  const datelinePlaces = [town, ...regions.filter((r) => /^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2}$/u.test(r))].filter((p): p is string => !!p);
  for (const datelinePlace of datelinePlaces) {
    const known = actors.find((a) => [a.name, ...a.aliases].some((n) => n.toLowerCase() === datelinePlace.toLowerCase()));
    // "HARTFORD, Conn. — ... outside the Hartford station": a one-word name the dateline gives as the
    // town is that place, not a body the finder read from the noun after it.
    if (known?.kind === 'organization' && known.roles.length === 0 && !known.name.includes(' ') && !lex.orgWords.has(known.name.toLowerCase()))
      known.kind = 'place';
    if (known) continue;
    const name =
      datelinePlace === datelinePlace.toUpperCase()
        ? datelinePlace.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())
        : datelinePlace;
    actors.push({
      id: `a${actors.length + 1}`,
      name,
      kind: 'place',
      roles: [],
      aliases: name === datelinePlace ? [] : [datelinePlace],
      mentions: 1,
      paragraphs: [0],
    });
  }
  // Groups: "Syrian state media" and its later bare "state media".
  const groupMentions: GroupMention[] = [];
  paragraphs.forEach((p, i) => groupMentions.push(...groups(p, i)));
  const quoteSpans = paragraphs.map((p) => findQuoteSpans(p));
  const quotedRanges = quoteSpans.map((spans) => spans.map((q): [number, number] => [q.start, q.end]));
  const placed: PlacedMention[] = [];
  all.forEach((m, k) => {
    const actorId = table.mentionActor[k];
    // A quoted excerpt that runs on past its paragraph (wire style) is narrative: its names can be
    // what a later "she said" points back to.
    const inExcerpt =
      m.insideQuote && m.paragraph >= 0 && (quotedRanges[m.paragraph] ?? []).some(([a, b]) => a <= 1 && b === paragraphs[m.paragraph]!.length && m.start >= a);
    if (actorId && m.paragraph >= 0)
      placed.push({ paragraph: m.paragraph, start: m.start, end: m.end, actorId, possessive: m.possessive, insideQuote: m.insideQuote && !inExcerpt });
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
  return { actors, placed, datelineLength, quotedRanges, quoteSpans };
}

/**
 * "Hauliers said", "Fishermen in the north said": a plural noun that only has its capital because it
 * opens the sentence is a group of people (unnamed-sources.ts reads it), not someone's name.
 */
function peopleByTrade(m: Mention, lex: Lexicon): boolean {
  const lower = m.text.toLowerCase();
  return m.sentenceInitial && !m.hasTitle && !m.text.includes(' ') && isPeoplePlural(lower) && !lex.gazetteer.has(lower) && !lex.firstNames.has(lower);
}

/** "Storm Ingrid", "Tropical Storm Delia", "Hurricane Odile": a weather system, named like a person but no actor. */
function weatherSystem(m: Mention, paragraph: string, lex: Lexicon): boolean {
  const first = m.text.split(' ')[0]!.toLowerCase();
  const before = /(\p{Lu}\p{Ll}+)\s+$/u.exec(paragraph.slice(Math.max(0, m.titleStart - 20), m.titleStart))?.[1]?.toLowerCase() ?? '';
  return lex.weatherWords.has(first) || lex.weatherWords.has(before);
}

/**
 * A transcript's label in capitals, as the name finder should read it: a part ("MODERATOR:") names
 * nobody; a title before a name ("DEPUTY MINISTER JAN BOL:") in ordinary case, so the title is read
 * as one and the name stays the name. Other labels as written. Same length, so offsets hold.
 */
function readableLabel(label: string, lex: Lexicon): string {
  // "LEILA MARSH, HOST:": the programme's part after the comma names nobody.
  const comma = label.indexOf(',');
  const colon = label.lastIndexOf(':');
  if (comma > 0 && comma < colon) return readableLabel(label.slice(0, comma), lex) + ' '.repeat(colon - comma) + label.slice(colon);
  const words = label.replace(/:\s*$/, '').trim();
  if (PARTS.test(words)) return ' '.repeat(label.length);
  const first = words.split(/\s+/)[0]!.toLowerCase();
  // "HADLEY:": a surname alone, in capitals like an acronym; in title case it is the person's of that name.
  if (!/\s/.test(words) && words.length >= 4 && !/\./.test(words))
    return label.toLowerCase().replace(/(^|['’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
  if (!/\s/.test(words) || !(lex.titles.has(first) || lex.titles.has(first.replace(/\.$/, '')))) return label;
  return label.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}
