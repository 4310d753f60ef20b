/**
 * Groups named by a nationality and a collective noun: "Syrian state media", "U.S. officials",
 * "French authorities"; a later bare "state media" is the same group.
 */
import type { Lexicon } from './lexicon.js';
import { escapeRegExp as escape } from './escape-regexp.js';

export interface GroupMention {
  /** The group's full name, e.g. "Syrian state media". */
  name: string;
  /** The collective noun, e.g. "state media". */
  noun: string;
  text: string;
  paragraph: number;
  start: number;
  end: number;
}

/** One member of a party, named as a noun: "a Democrat", "the panel's top Republican" (their plurals name the parties). */
export const PARTY_MEMBER = /^(?:democrat|republican|libertarian|tory)$/i;

/** Counts of people that open a subject before who they are: "Hundreds of", "Dozens of the", "Some of". */
export const PEOPLE_COUNTS = 'Hundreds|Thousands|Dozens|Scores|Tens of thousands|Some|Many|Most|Several';

/**
 * Plurals of agent nouns ("growers", "commuters", "fishermen", "economists", "technicians") and of
 * nouns of those who are something ("parents", "tenants", "migrants"; not "-ments", which are things).
 */
const PEOPLE_PLURAL = /^\p{Ll}{3,}(?:ers|ors|ists|ians|men|(?<!m)ents|ants)$/u;
/** Words of that shape that name no people. */
const NOT_PEOPLE = new Set(
  'others numbers papers orders letters powers waters borders offers answers matters figures factors sectors centers centres headquarters quarters filters markers monitors meters chapters registers computers events contents intents extents percents cents scents vents torrents currents accents patents plants grants restaurants pants chants warrants implants pollutants variants elephants rants constants lubricants stimulants deodorants pennants covenants'.split(
    ' ',
  ),
);

/**
 * Whether a lower-case word is a plural that names people by what they do ("hauliers",
 * "fishermen"): a group when it stands as a source ("Hauliers in the region said").
 */
export function isPeoplePlural(word: string): boolean {
  return PEOPLE_PLURAL.test(word) && !NOT_PEOPLE.has(word);
}

/** Builds the group finder for a lexicon. */
export function createGroupFinder(lex: Lexicon): (paragraph: string, index: number) => GroupMention[] {
  const demonyms = [...lex.demonyms.keys()]
    .sort((a, b) => b.length - a.length)
    .map((d) =>
      d
        .split(' ')
        .map((w) => escape(w[0]!.toUpperCase() + w.slice(1)))
        .join(' '),
    );
  const nouns = [...lex.groupNouns].sort((a, b) => b.length - a.length).map(escape);
  // Up to two lower-case words may stand between: "the Chilean mining ministry".
  const named = new RegExp(`\\b(${demonyms.join('|')}|U\\.S\\.|U\\.N\\.|EU)\\s+((?:[a-z]+\\s+){0,2}?)(${nouns.join('|')})\\b(?!\\s+\\p{Lu})`, 'gu');
  // "Norway's foreign ministry", "Chile's military": a place's own body or people. The place is
  // checked against the gazetteer after a cheap match on the possessive.
  // Words are at most 60 characters: an unbounded word made every start inside a long run of
  // letters and hyphens ("-A-A-A...") scan to its end, quadratic in the run.
  const possessive = new RegExp(`\\b((?:\\p{Lu}[\\p{L}.-]{0,60}\\s+){0,3}\\p{Lu}[\\p{L}.-]{0,60})['’]s\\s+(${nouns.join('|')})\\b(?!\\s+\\p{Lu})`, 'gu');
  const placeIn = (name: string): string | null => {
    const words = name.split(/\s+/);
    for (let k = 0; k < words.length; k++) {
      const candidate = words.slice(k).join(' ');
      if (lex.gazetteer.get(candidate.toLowerCase())?.kind === 'place') return candidate;
    }
    return null;
  };
  const bare = new RegExp(`\\b(?:the\\s+)?(${nouns.join('|')})\\b`, 'g');
  const findNamed = namedFinder(
    [
      ...[...lex.demonyms.keys()]
        .sort((a, b) => b.length - a.length)
        .map((d) =>
          d
            .split(' ')
            .map((w) => w[0]!.toUpperCase() + w.slice(1))
            .join(' '),
        ),
      'U.S.',
      'U.N.',
      'EU',
    ],
    new RegExp(`\\s+((?:[a-z]+\\s+){0,2}?)(${nouns.join('|')})\\b(?!\\s+\\p{Lu})`, 'uy'),
    named,
  );
  // "the Saxon transport ministry", "the Bavarian interior ministry": a region's word the gazetteer
  // does not know as a nationality, after "the", one or two lower-case words, then "ministry".
  const regional = /\b[Tt]he\s+(\p{Lu}\p{Ll}{2,})\s+((?:[a-z]+\s+){1,2}?)(ministry)\b(?!\s+\p{Lu})/gu;
  // "Norway's foreign ministry": without a possessive right before a collective noun there is no match.
  const possessiveNoun = new RegExp(`['’]s\\s+(?:${nouns.join('|')})\\b`, 'u');
  return (paragraph, index) => {
    const found: GroupMention[] = [];
    for (const m of findNamed(paragraph)) {
      found.push({ name: `${m[1]} ${m[2]}${m[3]}`, noun: m[3]!.toLowerCase(), text: m[0], paragraph: index, start: m.index, end: m.index + m[0].length });
    }
    for (const m of paragraph.includes('inistry') ? paragraph.matchAll(regional) : []) {
      const start = m.index + m[0].indexOf(m[1]!, 3);
      if (found.some((f) => start < f.end && f.start < m.index + m[0].length)) continue;
      const text = paragraph.slice(start, m.index + m[0].length);
      found.push({ name: text, noun: m[3]!.toLowerCase(), text, paragraph: index, start, end: start + text.length });
    }
    for (const m of possessiveNoun.test(paragraph) ? paragraph.matchAll(possessive) : []) {
      const place = placeIn(m[1]!);
      if (!place) continue;
      const start = m.index + m[0].indexOf(place);
      const text = paragraph.slice(start, m.index + m[0].length);
      if (found.some((f) => start < f.end && f.start < start + text.length)) continue;
      found.push({ name: text, noun: m[2]!.toLowerCase(), text, paragraph: index, start, end: start + text.length });
    }
    for (const m of paragraph.matchAll(bare)) {
      const start = m.index + m[0].length - m[1]!.length;
      if (found.some((f) => start >= f.start && start < f.end)) continue;
      found.push({ name: '', noun: m[1]!.toLowerCase(), text: m[1]!, paragraph: index, start, end: start + m[1]!.length });
    }
    return found.sort((a, b) => a.start - b.start);
  };
}

/** A match of the named-group pattern: [whole, nationality, words between, collective noun]. */
type NamedMatch = { 0: string; 1: string; 2: string; 3: string; index: number };

const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/**
 * What `\b(NATIONALITY|...)REST` finds with a global scan, found by looking the nationalities up
 * where they can start (by their first two characters) instead of trying some 250 alternatives at
 * every word boundary. Alternatives are tried in the pattern's order and the first whose rest
 * matches wins, as the regular expression's backtracking does; matches do not overlap. Falls back
 * to the pattern itself if an alternative is shorter than two characters.
 */
function namedFinder(alternatives: string[], rest: RegExp, pattern: RegExp): (text: string) => Iterable<NamedMatch> {
  if (alternatives.some((a) => a.length < 2)) return (text) => text.matchAll(pattern) as Iterable<NamedMatch>;
  const byHead = new Map<string, string[]>();
  for (const a of alternatives) byHead.set(a.slice(0, 2), [...(byHead.get(a.slice(0, 2)) ?? []), a]);
  // Where an alternative can start: a character class of their first characters, scanned natively.
  const heads = new RegExp(`[${[...new Set(alternatives.map((a) => a[0]!))].map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('')}]`, 'g');
  return (text) => {
    const found: NamedMatch[] = [];
    heads.lastIndex = 0;
    for (let head = heads.exec(text); head; head = heads.exec(text)) {
      const at = head.index;
      const c = text.charCodeAt(at);
      const list = byHead.get(text.slice(at, at + 2));
      // \b: a word character on one side only.
      if (!list || (at > 0 && isWordChar(text.charCodeAt(at - 1))) === isWordChar(c)) continue;
      for (const a of list) {
        if (!text.startsWith(a, at)) continue;
        rest.lastIndex = at + a.length;
        const m = rest.exec(text);
        if (!m) continue;
        found.push({ 0: text.slice(at, rest.lastIndex), 1: a, 2: m[1]!, 3: m[2]!, index: at });
        heads.lastIndex = rest.lastIndex;
        break;
      }
    }
    return found;
  };
}
