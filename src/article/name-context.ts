/**
 * What the words right in front of a name say it is, for names the gazetteers do not know:
 * "the farmers' group X" or "lender X" an organisation, "in X", "residents of X" or "the parliament of X" a place,
 * "its chairwoman, X" or "union chairman X" a person, and "the X" (one word) no person.
 */
import type { Lexicon } from './lexicon.js';
import { endsWithComma, lastPiece, lastWordBeforeSpaces } from './text-window.js';

/**
 * Words before a name that make it a place: "in San Antonio", "near Chiva", "residents of Chiva",
 * "across the Algarve", "in neighbouring Tarrin", "the edge of Brill", a journey's end ("diverted to Antwerp", "fled to Tarnow", "travel to Marwick"), where a person
 * described comes from ("a dairy farmer from Friesland"), a facility's site ("the harbour walls at Skel and Ommen").
 */
const PLACE_BEFORE =
  /\b(?:(?:in|near|across|throughout)\s+the|(?:in|at|to|from|near)\s+(?:neighbou?ring|nearby|adjacent|downtown|central|rural|suburban|coastal|northern|southern|eastern|western)|in|near|outside|across|around|into|toward|towards|throughout|out of|(?:north|south|east|west)(?:ern)? of|(?:residents?|people|city|town|village|region|province|canton|municipality|capital|outskirts|suburbs?|edge|heart|centre|center|coast|shores?|district|streets|island|mayor|governor|parliament|government|legislature|(?:tourist|tourism) office) of|(?:an?|the)\s+(?:[\p{Ll}-]+\s+){1,3}from|(?:divert(?:ed|ing)?|flew|fled|sailed|travel(?:s|l?ed|l?ing)?|evacuated|return(?:s|ed|ing)?|head(?:s|ed|ing)?|rerouted)\s+(?:[a-z0-9,]+\s+){0,4}?to|(?:detours?|diversions?|journeys?|routes?|drive|trains?|buses)\s+(?:[a-z0-9,]+\s+){0,4}?(?:through|via)|(?:crossings?|ferr(?:y|ies)|flights?|routes?|services|trains?|roads?|border|bridges?|sailings?|links?)\s+between(?:\s+\p{Lu}[\p{L}'’-]*(?:\s+(?:van|de|der|\p{Lu}[\p{L}'’-]*)){0,3}\s+and)?|(?:anchor|anchored|waiting|moored|aground|sank|capsized)\s+off|(?:people|residents|families|islanders|shops?|homes?|farms?|life|living|lives|live|landed|stranded)\s+on|(?:harbou?rs?|ports?|walls?|quays?|piers?|docks?|stations?|airports?|hospitals?|mines?|plants?|dams?|camps?|terminals?|basins?|reservoirs?|wharf|wharves|beach(?:es)?|(?:up|down)stream|(?:farmers|residents|villagers|householders|families|neighbou?rs|islanders)(?:\s+living)?)\s+at(?:\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+and)?)\s+$/iu;
/** A contest between two sides names teams or bodies: "the match between Delft and Leiden", "a final between X and Y". */
const CONTEST_BEFORE =
  /\b(?:match|game|final|semi-final|tie|derby|clash|fixture|contest|play-off|playoff)\s+between(?:\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s+and)?\s+$/u;
/** Words before a name that make it a company: "shares in Nordvik", "a stake in Nordvik". */
const COMPANY_BEFORE = /\b(?:shares|stakes?|holdings?) in\s+$/i;
/** An organisation noun, then "called" or "named", before a name: "a ferry company called " (the noun is group 1). */
const CALLED_BEFORE = /\b(\p{Ll}+)\s+(?:called|named)\s+$/u;
/** A word and a comma before a name: "Its chairwoman, Ineke Mulder". */
const WORD_COMMA_BEFORE = /\b([\p{Ll}-]+)\s*,\s*$/u;
/** "the unions Filt-Cgil and ": a plural organisation noun, one name, "and" (the noun is group 1). */
const ORG_LIST_BEFORE = /\b(\p{Ll}+s)\s+\p{Lu}[\p{L}-]*\s+and\s+$/u;
/** Organisation nouns that also open a person's title ("ministry spokesman X"): not read here. */
const NOT_BEFORE_A_NAME = new Set(['ministry', 'department', 'party']);

/** An organisation noun or its plural, other than those that open a person's title. */
const orgNoun = (w: string, lex: Pick<Lexicon, 'orgNouns'>) =>
  !NOT_BEFORE_A_NAME.has(w) && (lex.orgNouns.has(w) || (w.endsWith('s') && lex.orgNouns.has(w.slice(0, -1))));

/** The last words PLACE_BEFORE, COMPANY_BEFORE, CONTEST_BEFORE, "the" and ORG_LIST_BEFORE can end in (before their spaces). */
// (One string, split: a quoted list holding that preposition reads as an import to the deploy test.)
const PLACE_TAILS = new Set(
  'the in near outside across around into toward towards throughout through via of from to between and off at on neighbouring neighboring nearby adjacent downtown central rural suburban coastal northern southern eastern western'.split(
    ' ',
  ),
);
const COMPANY_TAILS = new Set(['in']);
const CONTEST_TAILS = new Set(['between', 'and']);
const THE_TAIL = new Set(['the']);
const AND_TAIL = new Set(['and']);

/** The noun right before "from" ("a dairy farmer from "). */
const NOUN_BEFORE_FROM = /\b([\p{Ll}-]+)\s+from\s+$/u;
/** Whether the noun before "from" is a person or people ("farmer", "residents", "visitors"), whose origin the name after it gives. */
function personBeforeFrom(before: string, lex: Pick<Lexicon, 'roleNouns'>): boolean {
  const noun = NOUN_BEFORE_FROM.exec(before)?.[1];
  if (!noun) return true;
  const singular = noun.endsWith('s') ? noun.slice(0, -1) : noun;
  return (
    lex.roleNouns.has(noun) ||
    lex.roleNouns.has(singular) ||
    /(?:er|or|ist|ian|ant|ent|ee)s?$/.test(noun) ||
    /^(?:people|families|family|children|crowds?)$/.test(noun)
  );
}

const thingFromCache = new WeakMap<object, RegExp>();
/** A thing one person gives another before "from" (the lexicon's givenThingNouns): "a penalty from ", "a cross from ". */
function thingFrom(before: string, lex: Partial<Pick<Lexicon, 'givenThingNouns'>> & object): boolean {
  let re = thingFromCache.get(lex);
  if (!re) {
    re = new RegExp(`\\b(?:an?|the)\\s+(?:[\\p{Ll}-]+\\s+)?(?:${(lex.givenThingNouns ?? []).join('|') || '(?!)'})\\s+from\\s+$`, 'u');
    thingFromCache.set(lex, re);
  }
  return re.test(before);
}

/** What is known of the name itself. */
export interface NameFacts {
  words: number;
  hasTitle: boolean;
  possessive: boolean;
  /** The name carries an organisation word or is an acronym, or an organisation noun follows it. */
  looksLikeOrganization: boolean;
  /** A place noun follows it ("the Kelmsby region"). */
  placeNounAfter: boolean;
  /** Its first word is a given name ("Anna Berg"): a person's name whatever noun stands before it. */
  givenName?: boolean;
}

/**
 * The kind the words before a name (`before`, its last 40 characters or so) give it: an organisation,
 * a place, a person, or null when they say nothing.
 * @example kindBefore('the farmers\' group ', { words: 1, ... }, lex) // 'organization'
 */
export function kindBefore(
  before: string,
  name: NameFacts,
  lex: Pick<Lexicon, 'orgNouns' | 'roleNouns'> & Partial<Pick<Lexicon, 'givenThingNouns'>>,
): 'organization' | 'place' | 'person' | null {
  const piece = before.endsWith(' ') ? lastPiece(before.trimEnd()) : '';
  // (A noun opening the sentence is capitalised: "Operator Westlink said".)
  const wordBefore = /^[\p{Ll}-]+$/u.test(piece)
    ? piece
    : /^\p{Lu}[\p{Ll}-]+$/u.test(piece) && lex.orgNouns.has(piece.toLowerCase())
      ? piece.toLowerCase()
      : '';
  // The patterns below end in a word and spaces: none is tried unless the text ends in that word.
  const tail = lastWordBeforeSpaces(before);
  const may = (words: ReadonlySet<string>) => tail === null || words.has(tail);
  if (!name.hasTitle && !name.possessive && lex.orgNouns.has(wordBefore) && !NOT_BEFORE_A_NAME.has(wordBefore)) return 'organization';
  // "a ferry company called Nordsund Link", "a regional chain named Fresko": what the noun is called.
  const called = !name.givenName && (tail === 'called' || tail === 'named') ? CALLED_BEFORE.exec(before) : null;
  if (called && !name.hasTitle && orgNoun(called[1]!.toLowerCase(), lex)) return 'organization';
  if (!name.hasTitle && !name.possessive && ((may(COMPANY_TAILS) && COMPANY_BEFORE.test(before)) || (may(CONTEST_TAILS) && CONTEST_BEFORE.test(before))))
    return 'organization';
  // ("a penalty from Samuel Oduya", "a letter from Helen Marsh": a given name and a surname after "from" are someone's.)
  // ("a penalty from Joost Rask", "a cross from Vidar Tamm": two words after a thing that came from
  // someone, not after a person described by where they come from, "a dairy farmer from Friesland".)
  const someoneFrom = name.words >= 2 && tail === 'from' && (name.givenName || !personBeforeFrom(before, lex));
  if (!name.hasTitle && !name.possessive && !name.looksLikeOrganization && !someoneFrom && may(PLACE_TAILS) && PLACE_BEFORE.test(before)) return 'place';
  // "The Greens said": one word after "the" is a group or a body, never a person.
  if (name.words === 1 && !name.hasTitle && !name.placeNounAfter && !name.looksLikeOrganization && may(THE_TAIL) && /\bthe\s+$/i.test(before))
    return 'organization';
  // (WORD_COMMA_BEFORE cannot match unless a comma ends the text.)
  const beforeComma = endsWithComma(before) ? (WORD_COMMA_BEFORE.exec(before)?.[1] ?? '') : '';
  // "The city's transport company, Atac,", "the unions Filt-Cgil and Uiltrasporti": an organisation
  // noun (or its plural) right before, or before a first name and "and", names what follows.
  if (!name.hasTitle && !name.possessive && !name.givenName) {
    if (orgNoun(wordBefore, lex) || orgNoun(beforeComma, lex)) return 'organization';
    const listed = may(AND_TAIL) ? ORG_LIST_BEFORE.exec(before) : null;
    if (listed && orgNoun(listed[1]!, lex)) return 'organization';
  }
  if (name.words >= 2 && (lex.roleNouns.has(beforeComma) || lex.roleNouns.has(wordBefore))) return 'person';
  // "a penalty from Joost Rask": two words after a thing someone gave are who gave it.
  if (
    name.words === 2 &&
    tail === 'from' &&
    !name.hasTitle &&
    !name.possessive &&
    !name.looksLikeOrganization &&
    !name.placeNounAfter &&
    !!lex.givenThingNouns &&
    thingFrom(before, lex)
  )
    return 'person';
  return null;
}
