/**
 * From candidate names to actors: each name classified (person, organisation, place, group) by world
 * knowledge and by the words around it, and all the names of one real-world entity merged: "Berg"
 * with "Anna Berg", "Ottawa" with Canada, "Trade Committee" with "National Assembly Trade
 * Committee"; "Lee Min Ho" and "Lee Jae Won" kept apart.
 */
import { PARTY_MEMBER } from './groups.js';
import type { Lexicon } from './lexicon.js';
import { lastWordBeforeSpaces, lastWords, startsWithSpace } from './text-window.js';
import { verbClasses } from './verb-forms.js';
import { isFrenchBodyName, type Mention } from './mentions.js';
import { wordsGender } from './attribution/gender.js';
import { loadNewsMedia, namesOutlet } from './attribution/news-media.js';
import { kindBefore } from './name-context.js';
import { wordRoles } from './role-wording.js';
import { ROLE_MODIFIERS, rolesOf } from './roles.js';
import type { Actor, ActorKind } from './types.js';

/** A structure's word in lower case right after a name: " bridge", " tunnel", " dam". */
const STRUCTURE_AFTER = /^\s(?:bridge|tunnel|viaduct|dam|canal|pier|quay|monument|statue)\b/;
/** A result's verb, then the other side and the score: " beat ten-man Hallow Vale 2-1", " drew 1-1 with Osk". */
const RESULT_AFTER =
  /^\s+(?:beat|beats|defeated|thrashed|edged|drew|lost|held)\b(?:\s+(?:\d{1,2}-\d{1,2}\s+)?(?:with|to))?\s+(?:ten|nine)?-?(?:man\s+)?\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}\s+\d{1,2}-\d{1,2}\b/u;
/**
 * A result by a margin only teams win by: " beat Linwood by 44 runs", " defeated Osk by six wickets",
 * " beat Tarn by an innings and 12 runs" (a single player wins by strokes or sets, never so).
 */
const MARGIN_AFTER =
  /^\s+(?:beat|beats|defeated|thrashed|edged|lost to)\s+\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}\s+by\s+(?:an\s+innings\s+and\s+)?(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:runs?|wickets?)\b/u;
/** A second score right after a first: the sets of one match ("6-4, 6-3", "6-4 7-5"), not a team game's. */
const SET_SCORE_AFTER = /^[,;]?\s+\d{1,2}-\d{1,2}\b/;
/** A result's verb before the other side: "beat ten-man ", "drew with ", "lost to ". */
const RESULT_BEFORE = /\b(?:beat|beats|beating|defeated|thrashed|edged|drew with|lost to)\s+(?:(?:ten|nine)-man\s+)?$/;
/**
 * "at ", "at the ", "at a packed ", "at Tellbridge's " right before a name: where something was held
 * (the group holds what stands between "at" and the name, when anything does).
 */
const VENUE_BEFORE = /\b[Aa]t\s(the\s|an?\s[\p{Ll}-]+\s(?:[\p{Ll}-]+\s)?|\p{Lu}[\p{L}-]*['’]s\s)?$/u;
/** The compass words that close the name of a part of a place: "Dunmarrow West", "Ashby Central". */
const COMPASS_LAST = new Set(['north', 'south', 'east', 'west', 'central', 'north-east', 'north-west', 'south-east', 'south-west']);
/** What joins two names in a list: a comma, "and", "or", or a comma and either. */
const LIST_JOIN = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s+)$/;
/** Prepositions inside an organisation's name before the words that name where or what it serves. */
const TAIL_OF = new Set(['of', 'in', 'for', 'at', 'on']);

/** The actors of an article and which actor each mention names. */
export interface ActorTable {
  actors: Actor[];
  /** Actor id per mention, in the order the mentions were given; null when the mention names no actor. */
  mentionActor: Array<string | null>;
}

interface Cluster {
  key: string;
  kind: ActorKind;
  canonical: string | null;
  surfaces: Map<string, number>;
  mentionIdx: number[];
  roles: string[];
  tokens: string[];
  /** `tokens` joined by spaces, kept to compare whole names without joining them again. */
  joined: string;
  first: number;
}

/** "X, the ruling party", "X, a daily": an appositive whose head is a kind of body. */
const BODY_APPOSITIVE =
  /^,\s+(?:the|a|an)\s+([^,.]{0,50})\b(?:newspaper|mouthpiece|agency|broadcaster|daily|think tank|company|firm|group|organi[sz]ation|party|website|magazine|outlet|network)\b(?!['’])/i;

/**
 * Whether the appositive after a name says it is a body; not its possessive ("X, the agency's area
 * director" is a person who works there), nor a post in a body ("X, the treasurer of the island green party").
 */
function describedAsBody(after: string, lex: Lexicon): boolean {
  const head = BODY_APPOSITIVE.exec(after)?.[1];
  if (head === undefined) return false;
  return !head.split(/\s+/).some((w) => lex.roleNouns.has(w.toLowerCase()) || lex.titles.has(w.toLowerCase()));
}

/** The words after a name, up to the verb it is the subject of: a short aside in brackets ("(D-Md.)"), an appositive, a helper, an adverb in -ly, "went on to". */
const BEFORE_VERB =
  /^\s*(?:\([^()]{1,30}\)\s*)?(?:,[^,]{0,60},\s*|,\s*)?(?:(?:has|had|have|also|again|later|then|would|will)\s+)?(?:\p{Ll}+ly\s+)?(?:(?:went|goes|go) on to\s+)?(\p{Ll}+)\b/u;
/** "Berg said", "Berg, a former aide, has insisted", "Berg flatly denied", "his wife, Ann, said": a reporting verb (from the lexicon) follows. */
const speechAfter = (after: string, lex: Lexicon) => {
  const m = BEFORE_VERB.exec(after);
  if (!m || !lex.speechVerbs.has(m[1]!)) return false;
  // "Lakeshore states will sign", "the union's claims were": a plural noun before a helper, no verb.
  return !(/s$/.test(m[1]!) && PLURAL_NOUN_NEXT.test(after.slice(m[0].length)));
};
/** A helper or a verb right after a word in -s, which makes that word a plural noun ("states will"). */
const PLURAL_NOUN_NEXT = /^\s+(?:will|would|have|had|are|were|can|could|must|should|may|might|do|did|and|or)\b/;
/** "said X", "according to X" or "said 9/11 widow X": a verb that can come before its speaker (from the lexicon), then at most a short description. */
function saidBefore(before: string, lex: Lexicon): boolean {
  const original = lastWords(before, 6);
  const words: string[] = [];
  for (const w of original) words.push(w.toLowerCase());
  // "co-host", "ex-senator": the role after the hyphen describes; so do words in capitals ("said
  // Republican party chairman X", "said Acme co-host X"), unless punctuation ends them.
  for (let k = words.length - 1; k >= Math.max(0, words.length - 5); k--) {
    const w = words[k]!;
    if (verbClasses().inverted.has(w) || verbClasses().reporting.has(w) || (w === 'to' && words[k - 1] === 'according')) return true;
    if (!describes(w, lex) && !CAPITALISED.test(original[k]!)) return false;
  }
  return false;
}
/** A word that may stand in a speaker's description: an article, a number, a role, a title, a role modifier. */
const describes = (w: string, lex: Lexicon) =>
  /^(?:the|a|an|\d[\w/]*)$/.test(w) || lex.roleNouns.has(w) || lex.titles.has(w) || ROLE_MODIFIERS.has(w) || lex.roleNouns.has(w.slice(w.lastIndexOf('-') + 1));
const CAPITALISED = /^\p{Lu}[\p{L}-]*$/u;

/** "Tom Hale, of ", "Ana Ruiz, 41, from ": a home town follows, set off after a name. */
const HOMETOWN_BEFORE = /,\s+(?:\d{1,3},\s+)?(?:of|from)\s+$/;

/** "a spokesperson for X", "a lawyer for X": X is who they speak for. */
export const SPOKESPERSON_FOR =
  /\b(?:spokes(?:man|woman|person|people)|representatives?|lawyers?|attorneys?|counsel|aides?|analysts|economists|strategists|researchers|officials|executives|scientists)\s+(?:for|of|at|from)\s+(?:the\s+)?$/i;

// (One string, split: a quoted list holding that preposition reads as an import to the deploy test.)
const SPOKESPERSON_TAILS = new Set('for of at from the'.split(' '));
/** `SPOKESPERSON_FOR.test(before)`, tried only when the text ends in a word the pattern ends in. */
const spokespersonFor = (before: string) => {
  const tail = lastWordBeforeSpaces(before);
  return (tail === null || SPOKESPERSON_TAILS.has(tail)) && SPOKESPERSON_FOR.test(before);
};

/**
 * After "said X", X is the speaker only when the sentence or clause ends there ("said Smith.", "said
 * Smith, a ...", after a short aside in brackets: "said Smith (D-Md.).") or when what follows says
 * where the speaker is from ("says Smith of the Farm Bureau", "said Smith at Acme"), which keeps
 * given names the lexicon does not know.
 */
export const ENDS_NAME = /^(?:\s*\([^()]{1,30}\))?(?:\s*[,.;:!?)]|\s*$|\s+(?:of|from|at|with)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}\p{Lu})/u;
// Plain ASCII has no accents to fold: most names skip the Unicode normalisation.
const accentFold = (s: string) => (/^[\x20-\x7e]*$/.test(s) ? s : s.normalize('NFD').replace(/\p{M}/gu, '')).toLowerCase();
const foldKey = (s: string) => accentFold(s).replace(/[.'’]/g, '').replace(/\s+/g, ' ').trim();
/** A name's key (folded, without dots and apostrophes), remembered: the same names come back in every pass. */
const keys = new Map<string, string>();
const keyOf = (s: string) => {
  let key = keys.get(s);
  if (key === undefined) {
    if (keys.size >= 20_000) keys.clear();
    keys.set(s, (key = foldKey(s)));
  }
  return key;
};
/** The gender an honorific gives: "Mr." a man's, "Mrs.", "Ms." a woman's; null for any other title. */
const honorificGender = (title: string): 'm' | 'f' | null => (/^Mr\.?$/.test(title) ? 'm' : /^(?:Mrs|Ms|Miss)\.?$/.test(title) ? 'f' : null);

/** Words for a party or its member, capitalised: no given name. */
const PARTY_WORDS = /^(?:Republicans?|Democrats?|Democratic|Tory|Tories|Labour|Liberal|Conservative|Socialist|Green|GOP)$/;
/** A verb or an auxiliary right after a name, its subject: " can be heard", " said", ", 41, said". */
const VERB_AFTER_NAME =
  /^(?:,\s\d{1,3},)?\s(?:is|was|has|had|have|can|could|will|would|did|does|said|says|told|tells|added|wrote|asked|yelled|cried|called|recalled|spoke|testified)\b/;
/** A lower-case particle of a name right before a mention: "del ", "van der ", "de la ", "bin ". */
const NAME_PARTICLE_BEFORE = /(?:^|\s)(?:del|de|da|di|do|dos|das|du|van|von|der|den|la|le|bin|ibn|al|el)\s$/;

/** Whether the words of a key end or begin another key's words (keys' words hold no spaces, so this is comparing the joined words). */
const endsWithWords = (t: string[], words: string[]) => words.every((w, k) => t[t.length - words.length + k] === w);
const startsWithWords = (t: string[], words: string[]) => words.every((w, k) => t[k] === w);

const patternCache = new WeakMap<Lexicon, { orgNounAfterRe: RegExp; placeNounAfterRe: RegExp; describedAsPersonRe: RegExp }>();
/** Patterns built from the lexicon once, not once per name. */
function patternsFor(lex: Lexicon) {
  let patterns = patternCache.get(lex);
  if (!patterns) {
    patterns = {
      orgNounAfterRe: new RegExp(`^\\s+(?:${[...lex.orgNouns].join('|')})\\b`, 'i'),
      placeNounAfterRe: new RegExp(`^\\s+(?:${[...lex.placeNouns].join('|')})\\b`, 'i'),
      // "Jo-Renee Formicola, political science professor at ...": described as a person.
      describedAsPersonRe: new RegExp(
        `^,\\s+(?:a\\s+|an\\s+|the\\s+)?(?:[\\p{L}.-]+\\s+){0,4}?(?:${[...lex.roleNouns].filter((r) => !r.includes(' ')).join('|')})\\b`,
        'u',
      ),
    };
    patternCache.set(lex, patterns);
  }
  return patterns;
}

/** `word.replace(/[.']/g, '')`, without the pattern for the many words that hold neither. */
const withoutDotsAndApostrophes = (word: string) => (word.includes('.') || word.includes("'") ? word.replace(/[.']/g, '') : word);

/** Whether mentions.ts split `m` off the title of the next mention (the place an office is of). */
const jurisdictionOf = (m: Mention, mentions: readonly Mention[]) =>
  mentions.some((n) => n.paragraph === m.paragraph && n.hasTitle && n.titleStart === m.start && n.title.startsWith(m.text) && n !== m);
/** An office and its holder's name after a place (mentions.ts splits the place off): " Gov. Hilde Ormaas", " Mayor Jan Ode". */
const JURISDICTION_AND_NAME_AFTER = /^\s+(?:(?:Gov|Sen|Rep|Del|Atty)\.|Governor|Mayor)\s+\p{Lu}/u;
/** A title's abbreviation and a capitalised name after a word: " state Sen. Ruddock", " Gov. Kessler". */
const TITLE_AND_NAME_AFTER = /^\s+(?:state\s+)?(?:Sen|Sens|Rep|Reps|Gov|Del|Lt|Atty)\.\s+\p{Lu}/u;

/** Builds the actor table from the mentions of an article. `paragraphOf` gives a mention's text (-1: caption). */
/** A municipality's formal name, which names its government: "City of Larton", "Borough of Hale". */
const MUNICIPAL_BODY = /^(?:City|Town|County|Borough|Village|Township|Municipality|Shire|Parish) of \p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2}$/u;

const THE_BEFORE = /\bthe\s+$/i;
/** Whether a mention comes right after "the" ("the Post", "the Valley Times"). */
const afterThe = (paragraph: string, m: Mention) => THE_BEFORE.test(paragraph.slice(Math.max(0, m.titleStart - 5), m.titleStart));
/** What shows a name to be a person's right after it: ", who", an age, a saying verb with "he" or "she" in its clause. */
const PERSON_AFTER = /^(?:,\s+(?:who(?:se)?\b|\d{1,3},)|,?\s+(?:said|says|told|added|wrote|explained|recalled|insisted)\b[^.!?"]{0,40}?\b(?:he|she)\b)/i;

/**
 * Surnames that are an outlet's word ("Post", "Herald", "Times") of people the story names: a given name
 * before the word, not after "the" ("Ada Post", not "the Valley Post"), with the surname treated as a
 * person's somewhere in the story (a title, "Post said she", ", who"). Lower-cased.
 */
function personalOutletSurnames(mentions: Mention[], paragraphOf: (index: number, mention: Mention) => string, lex: Lexicon): Set<string> {
  const media = loadNewsMedia();
  const candidates = new Set<string>();
  for (const m of mentions) {
    const words = m.text.split(/\s+/);
    if (words.length !== 2 || !media.nameWords.has(words[1]!) || !lex.firstNames.has(words[0]!.toLowerCase()) || namesOutlet(media, m.text)) continue;
    if (afterThe(paragraphOf(m.paragraph, m), m)) continue;
    candidates.add(words[1]!.toLowerCase());
  }
  const found = new Set<string>();
  if (!candidates.size) return found;
  for (const m of mentions) {
    const surname = m.text.split(/\s+/).at(-1)!.toLowerCase();
    if (!candidates.has(surname) || found.has(surname)) continue;
    const paragraph = paragraphOf(m.paragraph, m);
    if (afterThe(paragraph, m)) continue;
    const after = paragraph.slice(m.end, m.end + 80);
    // "baker Ada Post", "Ada Post, a teacher at the school,": a role before or after the name.
    const role =
      lex.roleNouns.has((lastWordBeforeSpaces(paragraph.slice(Math.max(0, m.titleStart - 40), m.titleStart)) ?? '').toLowerCase()) ||
      patternsFor(lex).describedAsPersonRe.test(after);
    if (m.hasTitle || role || PERSON_AFTER.test(after)) found.add(surname);
  }
  return found;
}

export function buildActors(
  mentions: Mention[],
  paragraphOf: (index: number, mention: Mention) => string,
  lex: Lexicon,
  excludedNames: Set<string>,
  /** The page's own names (masthead, copyright owner; page-names.ts), lower-cased: bodies wherever the story names them. */
  pageNames: ReadonlySet<string> = new Set(),
): ActorTable {
  const clusters = new Map<string, Cluster>();
  // Kept as clusters are made: pass 2 looks people up once per short name.
  const personClusters: Cluster[] = [];
  // Arrays indexed below are pushed, not mapped: Array.prototype.map gives packed or holey arrays
  // depending on its path, and each new kind deoptimised this function ("wrong map") for rounds.
  const assignment: Array<Cluster | null> = [];
  // Each mention's key, folded once: every pass below reads it.
  const mentionKey: string[] = [];
  for (const m of mentions) {
    assignment.push(null);
    mentionKey.push(keyOf(m.text));
  }
  const excluded = new Set([...excludedNames].map(keyOf));
  const excludedSurnames = new Set([...excludedNames].map((n) => keyOf(n.split(' ').at(-1) ?? '')));

  const clusterFor = (key: string, kind: ActorKind, canonical: string | null, order: number): Cluster => {
    let c = clusters.get(key);
    if (!c) {
      const folded = keyOf(canonical ?? key.slice(2));
      c = { key, kind, canonical, surfaces: new Map(), mentionIdx: [], roles: [], tokens: folded.split(' '), joined: folded, first: order };
      clusters.set(key, c);
      if (kind === 'person') personClusters.push(c);
    }
    return c;
  };
  const attach = (c: Cluster, idx: number) => {
    const m = mentions[idx]!;
    assignment[idx] = c;
    c.mentionIdx.push(idx);
    c.surfaces.set(m.text, (c.surfaces.get(m.text) ?? 0) + 1);
  };

  const fullNameSurnames = new Set(mentions.filter((m) => /^\p{Lu}\S*\s+\p{Lu}\S*$/u.test(m.text)).map((m) => m.text.split(/\s+/).at(-1)!.toLowerCase()));
  const outletSurnames = personalOutletSurnames(mentions, paragraphOf, lex);
  const media = loadNewsMedia();

  /** Whether the mention beside `idx` in a list ("A West and B South") closes in a compass word too. */
  const compassListed = (idx: number, paragraph: string): boolean => {
    const m = mentions[idx]!;
    return [idx - 1, idx + 1].some((j) => {
      const other = mentions[j];
      if (!other || other.paragraph !== m.paragraph || !other.text.includes(' ')) return false;
      if (!COMPASS_LAST.has(other.text.split(/\s+/).at(-1)!.toLowerCase())) return false;
      const between = j < idx ? paragraph.slice(other.end, m.titleStart) : paragraph.slice(m.end, other.titleStart);
      return LIST_JOIN.test(between);
    });
  };

  /**
   * Whether the story names the person a venue-like name could be ("Gareth Park", "Park") anywhere but
   * right after "at": then "at Gareth Park" may be that person ("a protest at Gareth Park's office").
   */
  const namedOutsideVenue = (idx: number, words: readonly string[]): boolean => {
    const m = mentions[idx]!;
    const surname = words.at(-1)!;
    return mentions.some((o, j) => {
      if (j === idx || (o.text !== m.text && (o.text !== surname || o.sentenceInitial))) return false;
      const before = paragraphOf(o.paragraph, o).slice(Math.max(0, o.titleStart - 40), o.titleStart);
      return !VENUE_BEFORE.test(before);
    });
  };

  /**
   * Whether mention `idx` follows "ROLE of PLACE, " ("The mayor of Velby, Joris Ambeek,"): the holder of
   * the post named in apposition, not a second place listed beside the first.
   */
  const holderOfPlace = (idx: number, paragraph: string): boolean => {
    const place = mentions[idx - 1];
    const m = mentions[idx]!;
    if (!place || place.paragraph !== m.paragraph || !/^,\s*$/.test(paragraph.slice(place.end, m.titleStart))) return false;
    const words = paragraph
      .slice(Math.max(0, place.titleStart - 40), place.titleStart)
      .trim()
      .toLowerCase()
      .split(/\s+/);
    if (words.at(-1) === 'the') words.pop();
    const role = words.at(-1) === 'of' ? words.at(-2) : undefined;
    return !!role && (lex.roleNouns.has(role) || lex.titles.has(role));
  };

  // The page's own clubs of two words closing in a club word ("oskdale city"), by their first word:
  // a match report names a side so once it has given its full name above the headline.
  const clubByFirstWord = new Map<string, string>();
  for (const name of pageNames) {
    const w = name.split(' ');
    if (w.length !== 2 || !lex.clubWords.has(w[1]!) || lex.clubWords.has(w[0]!)) continue;
    clubByFirstWord.set(w[0]!, clubByFirstWord.has(w[0]!) ? '' : name);
  }

  // Pass 1: names that say what they are.
  const deferred: number[] = [];
  const demonymMentions: number[] = [];
  const orgCandidates = new Set<number>();
  mentions.forEach((m, idx) => {
    const text = m.text;
    const lower = text.toLowerCase();
    const words = text.split(/\s+/);
    const key = mentionKey[idx]!;
    const paragraph = paragraphOf(m.paragraph, m);
    const after = paragraph.slice(m.end, m.end + 80);
    if (excluded.has(key)) return;
    const gaz = lex.gazetteer.get(lower) ?? (lower.startsWith('the') ? lex.gazetteer.get(lower.replace(/^the\s+/, '')) : undefined);
    if (gaz) {
      attach(clusterFor(`g:${gaz.name}`, gaz.kind, gaz.name, idx), idx);
      return;
    }
    // "told Kestrel Checks", "Kestrel Checks asked the ministry": the outlet whose page this is.
    // One word only where it is no given name, place, people or surname of someone the story names in
    // full ("Vexly"; not "Europe", "English", or a tag line "Berg" over a story about Ana Berg).
    const oneWordOutlet =
      words.length === 1 && !lex.firstNames.has(lower) && !lex.gazetteer.has(lower) && !lex.demonyms.has(lower) && !fullNameSurnames.has(lower);
    if (pageNames.size && !m.hasTitle && (words.length >= 2 || oneWordOutlet) && pageNames.has(lower)) {
      attach(clusterFor(`o:${key}`, 'organization', null, idx), idx);
      return;
    }
    // "Oskdale came from behind" under the strip "Oskdale City 2-1 Brede Rovers": the club by its first word.
    const side = words.length === 1 && !m.hasTitle ? clubByFirstWord.get(lower) : undefined;
    if (side) {
      attach(
        clusterFor(
          `o:${keyOf(side)}`,
          'organization',
          side.replace(/(^|\s)(\p{L})/gu, (_, sp: string, c: string) => sp + c.toUpperCase()),
          idx,
        ),
        idx,
      );
      return;
    }
    // "The City of Larton said", "the Town of Bray will open": a municipality named so is its government,
    // a body that acts and speaks, not the place.
    if (MUNICIPAL_BODY.test(text) && !m.hasTitle) {
      attach(clusterFor(`o:${key}`, 'organization', null, idx), idx);
      return;
    }
    // "Will", "May": a common word in capitals is no name, unless mid-sentence it is the surname of a
    // full name the story gives ('Dorian Will ... "It is wrong," Will wrote').
    if (words.length === 1 && lex.calendarWords.has(lower)) return;
    if (words.length === 1 && lex.sentenceWords.has(lower) && (m.sentenceInitial || !fullNameSurnames.has(lower))) return;
    // "Economists warned": a common noun in capitals at the start of a sentence, not a name.
    if (words.length === 1 && m.sentenceInitial && (lex.roleNouns.has(lower) || lex.roleNouns.has(lower.replace(/s$/, '')) || lex.groupNouns.includes(lower)))
      return;
    // "Cuban" is a nationality, unless the story names someone of that surname ("Mark Cuban"): decided later.
    if (lex.demonyms.has(lower)) {
      if (words.length === 1) demonymMentions.push(idx);
      return;
    }
    // "Republican state Sen. Ruddock", "Democratic Gov. Kessler": a word the gazetteers do not know,
    // alone before a title and a name, describes that person (a party, a home town) and is no actor;
    // the state or town an office is of, which mentions.ts splits off a title ("Tarnesse Gov. Hilde
    // Ormaas"), is a place.
    // The patterns on the words after a name open with spaces or a comma: none is tried on text that opens otherwise.
    const spaceFirst = startsWithSpace(after);
    const commaFirst = after.charCodeAt(0) === 44;
    if (words.length <= 2 && spaceFirst && JURISDICTION_AND_NAME_AFTER.test(after) && m.title === '' && jurisdictionOf(m, mentions)) {
      attach(clusterFor(`l:${key}`, 'place', null, idx), idx);
      return;
    }
    if (words.length === 1 && spaceFirst && TITLE_AND_NAME_AFTER.test(after)) return;
    const lastLower = words.at(-1)!.toLowerCase().replace(/\.$/, '');
    // "the Iowa Primary" is an election; "Hillside Primary", "St Aidan's Primary", named by no place the
    // gazetteer knows, a school.
    const school = lastLower === 'primary' && words.length >= 2 && !lex.gazetteer.has(words.slice(0, -1).join(' ').toLowerCase());
    // "the Board of Elections", "the Office of the Budget": the word before "of" heads the name, not the last one.
    const headedByBody =
      words.length >= 3 && words.some((w, k) => k > 0 && k < words.length - 1 && /^(?:of|on|for)$/i.test(w) && lex.orgWords.has(words[k - 1]!.toLowerCase()));
    // "at Brannock Park", "at the Carrick Hall", "at Gareth Park": a ground or a hall named right after
    // "at" is where the match or the count was held, a place; after a word that aims at someone ("angry
    // at Jenny Hall", "laughed at"), or where the story names the same person elsewhere, a given name in
    // front makes it someone's.
    const venueBefore =
      words.length >= 2 && !m.hasTitle && !m.possessive && lex.venueWords.has(lastLower)
        ? VENUE_BEFORE.exec(paragraph.slice(Math.max(0, m.titleStart - 40), m.titleStart))
        : null;
    if (
      venueBefore &&
      (venueBefore[1] !== undefined ||
        !lex.firstNames.has(words[0]!.toLowerCase()) ||
        (!AT_OBJECT_BEFORE.test(paragraph.slice(Math.max(0, m.titleStart - 40), m.titleStart)) && !namedOutsideVenue(idx, words)))
    ) {
      attach(clusterFor(`l:${key}`, 'place', null, idx), idx);
      return;
    }
    if (lex.thingWords.has(lastLower) && !school && !headedByBody) return;
    // "ran two Harbour Marathons", "won 12 Golden Lutes": a name counted by a number and closing in a
    // plural is things held or won, no actor ("the two Berg Brothers", counted after "the", keep theirs;
    // so do people and bodies counted: "200 Harbour Liberals", "two Harbour Committees").
    if (
      words.length >= 2 &&
      !m.hasTitle &&
      PLURAL_WORD.test(words.at(-1)!) &&
      !countsPeopleOrBodies(lastLower, lex) &&
      countedBefore(paragraph.slice(Math.max(0, m.titleStart - 30), m.titleStart))
    )
      return;
    // "the panel's top Democrat", "a Republican": one member of a party, a description of someone, no
    // actor of its own (the party is "Democrats", "the Republican Party").
    if (words.length === 1 && !m.hasTitle && PARTY_MEMBER.test(lower) && memberNoun(after, lex)) return;
    // "Sen. Paula Greer, R-Maine, said": a party's initial and a state describe the person before them.
    if (words.length === 1 && PARTY_AND_STATE.test(text)) return;
    // "The Prime Minister said", "met the Treasurer": an office written as a title with no name after
    // it is whoever holds it, as "the prime minister" in lower case is (unnamed-sources.ts), no actor
    // named "Prime Minister".
    if (!m.hasTitle && !m.possessive && lex.titles.has(lower) && afterThe(paragraph, m)) return;
    // "the Sankt-Anna bridge", "the Kelm tunnel": a name before a structure's word in lower case names
    // the structure, no actor.
    if (!m.hasTitle && STRUCTURE_AFTER.test(after) && /\bthe\s+$/i.test(paragraph.slice(Math.max(0, m.start - 5), m.start))) return;
    // "Marlin Seafoods", "Stena Line": a name that ends in a company's word (one that closes no common
    // surname) is a company, whatever its first word; "Hollis County", "Copper Creek" a place, and so is
    // "Kelmsby Port" when its first word is no given name.
    const untitled = words.length >= 2 && !m.hasTitle;
    const companyName = untitled && lex.companyWords.has(lastLower);
    // "Ada Post", "Post said she", "Ms. Post": an outlet's word as the surname of a person the story names.
    const outletSurname =
      outletSurnames.has(lastLower) && (words.length === 2 ? lex.firstNames.has(words[0]!.toLowerCase()) : words.length === 1 && !afterThe(paragraph, m));
    const orgWord =
      !outletSurname && (companyName || isFrenchBodyName(words) || words.some((w) => lex.orgWords.has(withoutDotsAndApostrophes(w.toLowerCase()))));
    // "Ashvale Town have been fined": a name that is no plural, opening its sentence with a plural verb
    // after it, is a team or a body (as British English writes of clubs), not the town.
    const teamVerb =
      untitled &&
      m.sentenceInitial &&
      spaceFirst &&
      /^\s+(?:have|are|were)\b/.test(after) &&
      (!/s$/i.test(lastLower) || lex.clubWords.has(lastLower)) &&
      !lex.firstNames.has(words[0]!.toLowerCase());
    // "Bexmoor City beat ten-man Hallow Vale 2-1": two names on either side of a result's verb, a score
    // after them, are teams (a player's given name opens a person's: "Ana Roe beat Eva Lind 6-4").
    const resultBefore = paragraph.slice(Math.max(0, m.start - 40), m.start);
    // One word each side will do where the score is one game's, not a set's ("Roe beat Lind 6-4, 6-3"
    // is a match of sets, "Harrowvale beat Kelmscott 27-19" one of teams).
    const resultAfter = spaceFirst ? RESULT_AFTER.exec(after) : null;
    const resultTeam =
      (untitled || (words.length === 1 && !m.hasTitle)) &&
      !lex.firstNames.has(words[0]!.toLowerCase()) &&
      ((resultAfter !== null && (untitled || !SET_SCORE_AFTER.test(after.slice(resultAfter[0].length)))) ||
        (RESULT_BEFORE.test(resultBefore) &&
          /^\s+\d{1,2}-\d{1,2}\b/.test(after) &&
          (untitled || !/^\s+\d{1,2}-\d{1,2}\b[,;]?\s+\d{1,2}-\d{1,2}\b/.test(after))));
    // "Harcourt beat Linwood by 44 runs": one word each side will do where the margin is a team's.
    const marginTeam =
      !m.hasTitle &&
      !lex.firstNames.has(words[0]!.toLowerCase()) &&
      ((spaceFirst && MARGIN_AFTER.test(after)) ||
        (RESULT_BEFORE.test(resultBefore) && /^\s+by\s+(?:an\s+innings\s+and\s+)?\S+\s+(?:runs?|wickets?)\b/.test(after)));
    if (teamVerb || resultTeam || marginTeam) {
      attach(clusterFor(`o:${key}`, 'organization', null, idx), idx);
      return;
    }
    const placeName =
      lex.placeOnlyWords.has(lastLower) ||
      (lex.placeNouns.has(lastLower) && !lex.firstNames.has(words[0]!.toLowerCase())) ||
      // "Cape Sorrel", "River Senn": a word that opens a place's name and no person's.
      (words.length >= 2 && lex.placeFirstWords.has(words[0]!.toLowerCase()));
    if (untitled && !orgWord && placeName) {
      attach(clusterFor(`l:${key}`, 'place', null, idx), idx);
      return;
    }
    // "Dunmarrow West", "Ashby Central": a place the story or the gazetteer knows, then a compass
    // word, is a part of it (a ward, a constituency), a place too.
    if (untitled && !orgWord && COMPASS_LAST.has(lastLower)) {
      const rest = keyOf(words.slice(0, -1).join(' '));
      if (clusters.get(`l:${rest}`)?.kind === 'place' || lex.gazetteer.get(rest)?.kind === 'place') {
        attach(clusterFor(`l:${key}`, 'place', null, idx), idx);
        return;
      }
    }
    // "Kirkton West and Mossbank South": two names closing in a compass word, listed together, are
    // parts of places (wards, seats), though the story names neither place alone.
    if (untitled && !orgWord && COMPASS_LAST.has(lastLower) && !lex.firstNames.has(words[0]!.toLowerCase()) && compassListed(idx, paragraph)) {
      attach(clusterFor(`l:${key}`, 'place', null, idx), idx);
      return;
    }
    const acronym = /^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,5})$/.test(text);
    const { orgNounAfterRe, placeNounAfterRe } = patternsFor(lex);
    const orgNounAfter =
      (spaceFirst && orgNounAfterRe.test(after)) ||
      initialsAfter(words, after) ||
      // "Vantec (VNTC.AS)", "Orlo Foods (NYSE: ORLO)": a name with its stock ticker is a listed company's.
      TICKER_AFTER.test(after) ||
      // "Nordsalt shares fell 4%": a name whose shares trade is a company's.
      (spaceFirst && sharesMoveAfter(after, lex) && !lex.continentAdjectives.has(lower)) ||
      // "Willem Zeeland coach Anouk Berg", "Tourism Arlen chair Ruth Ode": a body's post, then who holds it.
      (words.length >= 2 && spaceFirst && POST_AND_NAME_AFTER.test(after)) ||
      // "Harbour Metro, which runs the trams": "which" follows a thing or a body, never a person.
      (words.length >= 2 && commaFirst && /^,\s+which\b/.test(after) && !lex.firstNames.has(words[0]!.toLowerCase())) ||
      (commaFirst && describedAsBody(after, lex));
    const placeNounAfter = spaceFirst && placeNounAfterRe.test(after);
    // "Free Democrats", "Young Republicans": a given name in front of a group's name is no person.
    const groupLast = words.length >= 2 && lex.gazetteer.has(words.at(-1)!.toLowerCase()) && /s$/.test(words.at(-1)!);
    // "the Kelby Kestrels", "Hawks host Marlow Giants": a name closing in a capitalised plural after
    // "the", or after another such side and the verb of a fixture, is a team by its nickname, no
    // person (its plural alone, "Kestrels' defence", then joins it in pass 2).
    const nickname =
      words.length >= 2 &&
      words.length <= 3 &&
      !m.hasTitle &&
      PLURAL_WORD.test(words.at(-1)!) &&
      (afterThe(paragraph, m) || TEAM_MEETS_BEFORE.test(paragraph.slice(Math.max(0, m.titleStart - 40), m.titleStart)));
    if (groupLast || nickname) {
      attach(clusterFor(`o:${key}`, 'organization', null, idx), idx);
      return;
    }
    // The words in front say what a name the gazetteers do not know is (name-context.ts).
    const before = paragraph.slice(Math.max(0, m.titleStart - 40), m.titleStart);
    // A town known only from how the sentence uses it: its council, election board or mayor after it
    // ("the Marwick city council", "Marwick's municipal council", "Marwick election board"), or "at" it
    // with a day or a time after ("sharper at Marwick on Saturday"). Never a given name, a person the
    // story names in full, a body's name or a club's.
    const personLike = m.hasTitle || lex.firstNames.has(words[0]!.toLowerCase()) || (words.length === 1 && fullNameSurnames.has(lower));
    if (
      !personLike &&
      !orgWord &&
      !acronym &&
      !lex.clubWords.has(lastLower) &&
      ((localBodyAfter(after, lex) && (m.possessive || spaceFirst)) ||
        (!m.possessive && spaceFirst && AT_BEFORE.test(before) && !AT_OBJECT_BEFORE.test(before) && TIME_AFTER.test(after)))
    ) {
      attach(clusterFor(`l:${key}`, 'place', null, idx), idx);
      return;
    }
    // "the Kestrel Bay school district", "a spokesperson for the Kestrel Bay water district": a name
    // before a service's district is the place the body serves, whatever its first word.
    if (!m.hasTitle && !m.possessive && !orgWord && !acronym && spaceFirst && serviceDistrictAfter(after, lex)) {
      attach(clusterFor(`l:${key}`, 'place', null, idx), idx);
      return;
    }
    const context = kindBefore(
      before,
      {
        words: words.length,
        hasTitle: m.hasTitle,
        possessive: m.possessive,
        looksLikeOrganization: orgWord || acronym || orgNounAfter,
        placeNounAfter,
        givenName: words.length >= 2 && lex.firstNames.has(words[0]!.toLowerCase()),
      },
      lex,
    );
    if (context === 'organization' || context === 'place') {
      // "shares in Nordvik" after "Nordvik Motors": the company named without the words that say it is one.
      const longer =
        context === 'organization'
          ? [...clusters.values()].find(
              (c) =>
                c.kind === 'organization' &&
                c.tokens.length > words.length &&
                startsWithWords(
                  c.tokens,
                  words.map((w) => w.toLowerCase()),
                ) &&
                c.tokens.slice(words.length).every((w) => lex.orgWords.has(w)),
            )
          : undefined;
      attach(longer ?? clusterFor(`${context === 'place' ? 'l' : 'o'}:${key}`, context, null, idx), idx);
      return;
    }
    const introducedByRole = context === 'person';
    const firstName =
      words.length >= 2 && words.length <= 4 && lex.firstNames.has(words[0]!.toLowerCase()) && !words.some((w) => lex.placeNouns.has(w.toLowerCase()));
    // "Jo Berg, who runs the mill": "who" follows a person.
    // "Morag Sinclair, a packer from Dingwall who ...": a description that says where someone is from or what they did.
    const describedAsPerson =
      commaFirst &&
      (patternsFor(lex).describedAsPersonRe.test(after) ||
        /^,\s+who(?:se)?\b/.test(after) ||
        /^,\s+an?\s+(?:[\p{Ll}-]+\s+){1,3}(?:from|who)\b/u.test(after) ||
        // "Jorunn Vakk, 19, from Tarrow": an age set off after a name is a person's.
        /^,\s\d{1,3},\s/.test(after));
    const honorific = m.hasTitle;
    if (m.possessive && words.length === 1 && !honorific) {
      deferred.push(idx);
      return;
    }
    // A single name before an organisation noun ("the Clinton campaign") may be a person's surname:
    // decided once every name has been seen.
    if (words.length === 1 && orgNounAfter && !orgWord && !acronym) {
      deferred.push(idx);
      orgCandidates.add(idx);
      return;
    }
    if (orgWord || acronym || orgNounAfter) {
      attach(clusterFor(`o:${key}`, 'organization', null, idx), idx);
    } else if (placeNounAfter) {
      attach(clusterFor(`l:${key}`, 'place', null, idx), idx);
    } else if (words.length >= 2 && (firstName || honorific || describedAsPerson || introducedByRole)) {
      attach(clusterFor(`p:${key}`, 'person', null, idx), idx);
    } else {
      deferred.push(idx);
    }
  });

  /** The first cluster, in the order they were made, that `test` accepts. */
  const firstCluster = (test: (c: Cluster) => boolean): Cluster | undefined => {
    for (const c of clusters.values()) if (test(c)) return c;
    return undefined;
  };

  // Pass 2: surnames and short forms, resolved to the nearest full name before them.
  const persons = () => personClusters;
  const lastMention = (c: Cluster, before: number) => c.mentionIdx.filter((i) => i < before).at(-1) ?? -1;
  // Single names that act like people somewhere in the story ("Clinton said", "Mr. Clinton") are people
  // everywhere in it, from their first mention on.
  const personWords = new Set<string>();
  for (const idx of deferred) {
    const m = mentions[idx]!;
    const paragraph = paragraphOf(m.paragraph, m);
    const after = paragraph.slice(m.end, m.end + 80);
    const before = paragraph.slice(Math.max(0, m.titleStart - 60), m.titleStart);
    if (spokespersonFor(before) || HOMETOWN_BEFORE.test(before)) continue;
    if (!m.insideQuote && !/^[A-Z.]+$/.test(m.text) && (m.hasTitle || speechAfter(after, lex) || (saidBefore(before, lex) && ENDS_NAME.test(after))))
      personWords.add(mentionKey[idx]!);
  }
  /** The mention listed right beside mention `idx` ("A and B", "A, B") whose actor is of `kind`, if any. */
  const listedWithKind = (idx: number, paragraph: string, kind: ActorKind): { index: number } | null => {
    const m = mentions[idx]!;
    for (const j of [idx - 1, idx + 1]) {
      const other = mentions[j];
      if (!other || other.paragraph !== m.paragraph || assignment[j]?.kind !== kind) continue;
      const between = j < idx ? paragraph.slice(other.end, m.titleStart) : paragraph.slice(m.end, other.titleStart);
      if (LIST_JOIN.test(between)) return { index: j };
    }
    return null;
  };
  const isKnownPlace = (word: string) => clusters.get(`l:${word}`)?.kind === 'place' || lex.gazetteer.get(word)?.kind === 'place';
  // Mentions that pass 1 made a person's: a full name listed beside one of them is a person's too.
  const personMentions = new Set(personClusters.flatMap((c) => c.mentionIdx));
  const listedWithPerson = (idx: number, paragraph: string): boolean => {
    const m = mentions[idx]!;
    return [idx - 1, idx + 1].some((j) => {
      const other = mentions[j];
      if (!other || other.paragraph !== m.paragraph || !personMentions.has(j)) return false;
      const between = j < idx ? paragraph.slice(other.end, m.titleStart) : paragraph.slice(m.end, other.titleStart);
      return LIST_JOIN.test(between);
    });
  };
  // The genders the story's honorifics give each bare surname ("Mr. Varga": m).
  const surnameGenders = new Map<string, Array<{ idx: number; gender: 'm' | 'f' }>>();
  mentions.forEach((m, i) => {
    const gender = honorificGender(m.title);
    if (gender && !mentionKey[i]!.includes(' ')) surnameGenders.set(mentionKey[i]!, [...(surnameGenders.get(mentionKey[i]!) ?? []), { idx: i, gender }]);
  });
  for (const idx of deferred) {
    const m = mentions[idx]!;
    const key = mentionKey[idx]!;
    const words = key.split(' ');
    const paragraph = paragraphOf(m.paragraph, m);
    const after = paragraph.slice(m.end, m.end + 80);
    const before = paragraph.slice(Math.max(0, m.titleStart - 60), m.titleStart);
    // "Irena Varga ... Mr. Varga said": a surname the story gives a man's honorific (or a woman's)
    // is no short form of a full name whose given name is the other's.
    const honorific = honorificGender(m.title);
    const conflicts = (c: Cluster) => {
      const given = lex.firstNames.get(c.tokens[0]!);
      if (given !== 'm' && given !== 'f') return false;
      if (honorific) return honorific !== given;
      // A bare surname or one with an office ("President Varga") is whom the last honorific before it
      // named ("Mr. Varga"), or the first after it.
      if (words.length !== 1) return false;
      const marked = surnameGenders.get(key) ?? [];
      const near = marked.filter((x) => x.idx < idx).at(-1) ?? marked[0];
      return !!near && near.gender !== given;
    };
    const candidates = persons().filter((c) => {
      const t = c.tokens;
      return words.length < t.length && (endsWithWords(t, words) || startsWithWords(t, words)) && !conflicts(c);
    });
    if (candidates.length) {
      // A bare surname shared by several people names the one mentioned last (measured: better than
      // the one introduced first or the one mentioned most on PolNeAR-dev).
      const best = candidates.sort((a, b) => lastMention(b, idx) - lastMention(a, idx) || a.first - b.first)[0]!;
      attach(best, idx);
      continue;
    }
    // The words after "of" or "in" at the end of a name ("Marine Institute of Galway") name a place or
    // a field, not the organisation: "Galway" alone is the place.
    const orgMatch = firstCluster((c) => {
      if (c.kind !== 'organization') return false;
      const t = c.tokens;
      return words.length < t.length && endsWithWords(t, words) && !TAIL_OF.has(t[t.length - words.length - 1]!);
    });
    // "Grey Harbour" for "Grey Harbour Capital": a company named without the words that say it is one.
    const orgByPrefix = orgMatch
      ? null
      : firstCluster((c) => {
          if (c.kind !== 'organization') return false;
          const t = c.tokens;
          // "Ashvale" for "Ashvale Town" once the club is an organisation: a club's first word names it.
          // "Westwater" for "Westwater Lines": a company's first word, before the words that say it is one.
          return (
            words.length < t.length &&
            startsWithWords(t, words) &&
            t.slice(words.length).every((w) => lex.orgWords.has(w) || lex.clubWords.has(w) || lex.companyWords.has(w))
          );
        });
    if (orgByPrefix) {
      attach(orgByPrefix, idx);
      continue;
    }
    // "Vegtrafikk says" where "the roads agency, Vegtrafikk," made the same name an organisation. Its
    // possessive ("Vegtrafikk's chief engineer, NAME,") is left as it was: no person, and no
    // organisation mention for the speaker rules to weigh against the person it introduces.
    const sameOrg = clusters.get(`o:${key}`);
    if (sameOrg && !m.hasTitle) {
      if (!m.possessive) attach(sameOrg, idx);
      continue;
    }
    // "Harwell said" after "FC Harwell": a club's name without its "FC" is the club, speaking or not.
    if (orgMatch && (!personWords.has(key) || lex.clubWords.has(orgMatch.tokens[0]!))) {
      attach(orgMatch, idx);
      continue;
    }
    if (orgCandidates.has(idx) && !personWords.has(key)) {
      attach(clusterFor(`o:${key}`, 'organization', null, idx), idx);
      continue;
    }
    if (excludedSurnames.has(key)) continue;
    // "to Rotterdam and Hamburg": a name listed beside a place, with no given name or title, is a place.
    const holder = holderOfPlace(idx, paragraph);
    if (holder && words.length >= 2 && words.length <= 3 && !m.insideQuote) {
      attach(persons().find((c) => c.joined === key) ?? clusterFor(`p:${key}`, 'person', null, idx), idx);
      continue;
    }
    const listedPlace = m.hasTitle || lex.firstNames.has(words[0]!) || holder ? null : listedWithKind(idx, paragraph, 'place');
    // A place of its own, not another name of the one it is listed beside: "Dunmore West and Lochby
    // South" are two seats, and a full name wrongly taken for a place must not take the next one with it.
    // (A state's abbreviation after a town and a comma, "Bridgeport, Conn.", stays with the town.)
    if (listedPlace) {
      const town = mentions[listedPlace.index]!;
      const stateOfTown = words.length === 1 && after.startsWith('.') && town.end < m.start && /^,\s*$/.test(paragraph.slice(town.end, m.titleStart));
      attach(stateOfTown ? assignment[listedPlace.index]! : clusterFor(`l:${key}`, 'place', null, idx), idx);
      continue;
    }
    // "Unite Westmoor", "Transport Eastland": a name whose last word is a place the story or the
    // gazetteer knows, and whose first is no given name nor a compass word, names a body of that place.
    if (
      words.length >= 2 &&
      !m.hasTitle &&
      !lex.firstNames.has(words[0]!) &&
      !AREA_WORDS.has(words[0]!) &&
      !lex.placeFirstWords.has(words[0]!) &&
      isKnownPlace(words.at(-1)!)
    ) {
      attach(clusterFor(`o:${key}`, 'organization', null, idx), idx);
      continue;
    }
    // "A spokesperson for Examplecorp said": the name someone speaks for is an organisation.
    if (spokespersonFor(before) && !m.hasTitle) {
      attach(clusterFor(`o:${key}`, 'organization', null, idx), idx);
      continue;
    }
    // "Tom Hale, of Dayton, Ohio, said": a home town set off after a name speaks for no one.
    const hometown = HOMETOWN_BEFORE.test(before);
    const speaker = !hometown && (speechAfter(after, lex) || (saidBefore(before, lex) && ENDS_NAME.test(after)));
    if (m.insideQuote && !m.hasTitle && !personWords.has(key)) continue;
    // "Quillon Ardwick toured the farm ... Ardwick said": a full name whose surname speaks elsewhere
    // in the story is that person, whatever the given name.
    const surnameSpeaks = words.length >= 2 && words.length <= 3 && personWords.has(words.at(-1)!) && !lex.gazetteer.has(words[0]!);
    // "Ilka Brun and Oren Tal voted": a full name of unknown given name listed beside a person's.
    const listed = words.length >= 2 && words.length <= 3 && !lex.gazetteer.has(words[0]!) && listedWithPerson(idx, paragraph);
    // "Tomas Varn ... Tamsyra Varn was heard": a full name of unknown given name whose surname
    // a person of the story carries under another given name is a relative's, a person of their own.
    // (Two words, the first shaped like a given name and no word the lexicon knows otherwise, and a verb
    // after it: "Stop Varn campaign", "Former Varn aide", "Watching Varn" name no one.)
    const givenShaped = (w: string) =>
      /^\p{Lu}\p{Ll}{2,}$/u.test(w) &&
      !/(?:ing|ed|ly)$/.test(w) &&
      ![lex.sentenceWords, lex.calendarWords, lex.orgWords, lex.roleNouns, lex.titles, lex.demonyms, lex.gazetteer].some((set) => set.has(w.toLowerCase())) &&
      !PARTY_WORDS.test(w);
    const kin =
      words.length === 2 &&
      !m.hasTitle &&
      !m.insideQuote &&
      givenShaped(mentions[idx]!.text.split(/\s+/)[0]!) &&
      VERB_AFTER_NAME.test(after) &&
      persons().some((c) => c.tokens.length >= 2 && c.tokens.at(-1) === words.at(-1) && c.tokens[0] !== words[0]);
    // "a post on Facebook says": a news outlet or platform the lexicon lists, named alone, is no person.
    if (!m.hasTitle && words.length === 1 && namesOutlet(media, m.text) && !fullNameSurnames.has(key)) {
      attach(clusterFor(`o:${key}`, 'organization', null, idx), idx);
      continue;
    }
    // "The Quayside reported", "The Tidewaters said": a name that opens with "the" is a body's or a
    // publication's, never a person's.
    if (words[0] === 'the' && words.length >= 2 && !m.hasTitle) {
      if (speaker) attach(clusterFor(`o:${key}`, 'organization', null, idx), idx);
      continue;
    }
    if (m.hasTitle || (speaker && !/^[A-Z.]+$/.test(m.text)) || personWords.has(key) || ((surnameSpeaks || listed || kin) && !m.insideQuote)) {
      const fullName = persons().find((c) => c.joined === key);
      attach(fullName ?? clusterFor(`p:${key}`, 'person', null, idx), idx);
    }
  }

  // A nationality word that is the surname of someone in the story is that person.
  for (const idx of demonymMentions) {
    const key = mentionKey[idx]!;
    const owners = personClusters.filter((c) => c.tokens.length > 1 && c.tokens.at(-1) === key);
    if (owners.length === 1) attach(owners[0]!, idx);
    else if (!owners.length) {
      // "a Danish ferry operator": a country the story names only by its adjective is a place of it
      // (one it names outright keeps its mentions as they were).
      const place = lex.gazetteer.get(lex.demonyms.get(key)!.toLowerCase());
      const named = place && clusters.get(`g:${place.name}`)?.mentionIdx.some((i) => !demonymMentions.includes(i));
      if (place && !named) attach(clusterFor(`g:${place.name}`, place.kind, place.name, idx), idx);
    }
  }

  // "Grey Harbour" taken for a person where "Grey Harbour Capital" is an organisation: the company
  // named without the words that say it is one, unless a title made the name a person's.
  for (const short of [...clusters.values()].filter((c) => c.kind === 'person' && !c.mentionIdx.some((i) => mentions[i]!.hasTitle))) {
    const org = firstCluster(
      (c) =>
        c.kind === 'organization' &&
        c.tokens.length > short.tokens.length &&
        startsWithWords(c.tokens, short.tokens) &&
        c.tokens.slice(short.tokens.length).every((w) => lex.orgWords.has(w) || lex.companyWords.has(w)),
    );
    if (!org) continue;
    for (const i of short.mentionIdx) attach(org, i);
    short.mentionIdx = [];
  }

  // "the Allied Care Workers' Union (ACWU)": the initials in parentheses after a body's name, and
  // wherever else the story uses them, are that body.
  for (const c of [...clusters.values()].filter((x) => x.kind === 'organization')) {
    for (const i of [...c.mentionIdx]) {
      const m = mentions[i]!;
      const after = paragraphOf(m.paragraph, m).slice(m.end, m.end + 12);
      if (!initialsAfter(m.text.split(/\s+/), after)) continue;
      const initials = /^\s*\((\p{Lu}{2,6})\)/u.exec(after)![1]!;
      const short = [...clusters.values()].find((x) => x !== c && x.kind === 'organization' && x.surfaces.size === 1 && x.surfaces.has(initials));
      if (!short) continue;
      for (const j of short.mentionIdx) attach(c, j);
      short.mentionIdx = [];
      clusters.delete(short.key);
    }
  }

  // "Corran Tidal Inc. (TSX: CRTE) announced ... Corran Tidal said": a company's name with its legal
  // form and the same name without it are one company.
  for (const full of [...clusters.values()].filter((c) => c.kind === 'organization' && !c.canonical)) {
    const words = full.key.slice(2).split(' ');
    if (words.length < 3 || !lex.legalForms.has(words.at(-1)!)) continue;
    const bare = clusters.get(`o:${words.slice(0, -1).join(' ')}`);
    if (!bare || bare === full || bare.kind !== 'organization') continue;
    for (const i of bare.mentionIdx) attach(full, i);
    bare.mentionIdx = [];
    clusters.delete(bare.key);
  }

  // Merge organisations named by a shorter form of a longer name ("Trade Committee"). An
  // organisation's longest name, as words, is worked out again only when it has gained a name.
  const longest = new Map<Cluster, { size: number; words: string[] }>();
  const longestKey = (c: Cluster) => {
    const known = longest.get(c);
    if (known && known.size === c.surfaces.size) return known.words;
    const words = keyOf(c.canonical ?? [...c.surfaces.keys()].sort((a, b) => b.length - a.length)[0]!).split(' ');
    longest.set(c, { size: c.surfaces.size, words });
    return words;
  };
  const orgs = [...clusters.values()].filter((c) => c.kind === 'organization' && !c.canonical);
  for (const short of orgs) {
    const sk = short.key.slice(2).split(' ');
    // One generic word ("House", "Council") is too little to tell which longer name it shortens; a
    // team's plural nickname ("Kestrels" of "Orrin Kestrels") is enough.
    if (sk.length < 2 && !(PLURAL_WORD.test([...short.surfaces.keys()][0] ?? '') && !lex.orgWords.has(sk[0]!))) continue;
    const longer = [...clusters.values()].filter((c) => {
      if (c === short || c.kind !== 'organization') return false;
      const lk = longestKey(c);
      return lk.length > sk.length && endsWithWords(lk, sk);
    });
    if (longer.length === 1) {
      for (const i of short.mentionIdx) attach(longer[0]!, i);
      clusters.delete(short.key);
    }
  }

  // "Maria del Carmen Ruiz ... del Carmen Ruiz said": the words after a lower-case particle, each time
  // it stands before them, close one longer name of the story; they are that person, not another.
  for (const short of personClusters) {
    if (!clusters.has(short.key) || short.tokens.length < 2 || short.mentionIdx.length === 0) continue;
    const afterParticle = short.mentionIdx.every((i) => {
      const m = mentions[i]!;
      return NAME_PARTICLE_BEFORE.test(paragraphOf(m.paragraph, m).slice(Math.max(0, m.titleStart - 8), m.titleStart));
    });
    if (!afterParticle) continue;
    const longer = personClusters.filter(
      (c) => c !== short && clusters.has(c.key) && c.tokens.length > short.tokens.length && endsWithWords(c.tokens, short.tokens),
    );
    if (longer.length !== 1) continue;
    for (const i of short.mentionIdx) attach(longer[0]!, i);
    short.mentionIdx.length = 0;
    clusters.delete(short.key);
  }

  // Roles, names and ids, in order of first mention.
  const firstMention = new Map([...clusters.values()].map((c) => [c, Math.min(...c.mentionIdx)]));
  const ordered = [...clusters.values()].filter((c) => c.mentionIdx.length > 0).sort((a, b) => firstMention.get(a)! - firstMention.get(b)!);
  const actors: Actor[] = [];
  const idOf = new Map<Cluster, string>();
  // People's names of more than one word, each with its cluster: another person's title and name is not a role.
  const fullNames = personClusters.map((p) => ({ p, names: [...p.surfaces.keys()].filter((n) => n.includes(' ')) })).filter((x) => x.names.length > 0);
  ordered.forEach((c, k) => {
    const id = `a${k + 1}`;
    idOf.set(c, id);
    const surfaces = [...c.surfaces.keys()];
    const name = c.canonical ?? surfaces.sort((a, b) => b.split(' ').length - a.split(' ').length || b.length - a.length)[0]!;
    const roles: string[] = [];
    if (c.kind === 'person' || c.kind === 'organization') {
      for (const i of c.mentionIdx) {
        const m = mentions[i]!;
        for (const r of rolesOf(paragraphOf(m.paragraph, m), m, lex)) if (!roles.includes(r)) roles.push(r);
      }
    }
    // What the words around the name say of the person's gender ("Mrs.", "spokeswoman"), before the
    // forms of address are dropped from the roles.
    const gender = c.kind === 'person' ? wordsGender(roles) : null;
    const paragraphs = [...new Set(c.mentionIdx.map((i) => mentions[i]!.paragraph))].sort((a, b) => a - b);
    actors.push({
      id,
      name,
      kind: c.kind,
      // "Defense Minister Ann Berg, Foreign Minister Jo Lind and ...": another person's title and name is not a role of hers.
      roles: wordRoles(roles, lex).filter((r) => !fullNames.some(({ p, names }) => p !== c && names.some((n) => r.includes(n)))),
      ...(gender ? { gender } : {}),
      aliases: [...new Set(surfaces.filter((s) => s !== name))],
      mentions: c.mentionIdx.length,
      paragraphs,
    });
  });
  // A merged cluster's mentions must point at the survivor.
  const mentionActor = assignment.map((c) => (c && idOf.has(c) ? idOf.get(c)! : null));
  return { actors, mentionActor };
}

/**
 * Words that open a region's name before a place ("South Holland", "Greater Manchester", "Port X"):
 * no body's. The words that open a place's own name ("Cape", "River") come from the lexicon's
 * placeFirstWords, read beside these.
 */
const AREA_WORDS = new Set([
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'upper',
  'lower',
  'greater',
  'new',
  'old',
  'little',
  'great',
  'port',
]);

/** A capitalised plural: "Kestrels", "Giants" (not "Ross", "Lukas", "Hughes"'s like endings in -ss, -us, -is). */
const PLURAL_WORD = /^\p{Lu}\p{Ll}+[^siu]s$/u;

/** A number right before a name, not itself after "the" or a possessive: "ran two ", "won 12 ". */
const NUMBER_BEFORE = /(?:^|[^\p{L}\d])(?:(\p{L}+)\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s+$/iu;
const OWNER_BEFORE_NUMBER = /^(?:the|these|those|his|her|its|their|our|my|your)$/i;

/** Whether a plural names people or bodies: a party's or a nation's members, a role, a body's word. */
function countsPeopleOrBodies(plural: string, lex: Lexicon): boolean {
  const one = plural.replace(/ies$/, 'y').replace(/s$/, '');
  return [plural, one].some((w) => lex.gazetteer.has(w) || lex.demonyms.has(w) || lex.roleNouns.has(w) || lex.orgWords.has(w) || lex.groupNouns.includes(w));
}

/** A party's initial and a state, as US copy writes them after a lawmaker's name: "R-Maine", "D-Calif.". */
const PARTY_AND_STATE = /^[RDI]-\p{Lu}\p{Ll}+\.?$/u;
/** Words after a party's word that show it a noun, one member ("a Republican from Ohio", "the Democrat who"). */
const AFTER_MEMBER = /^\s+(?:from|of|in|on|at|who|whose|and|or|but|close|familiar|involved|is|was|has|had|would|will|could|should|did|does)\b/i;

/** Whether a party's word is used as a noun (one member) rather than before one ("Republican leaders", "Democrat claims"). */
function memberNoun(after: string, lex: Lexicon): boolean {
  if (/^(?:\s*[,.;:!?)"”]|\s*$)/.test(after) || AFTER_MEMBER.test(after)) return true;
  // "Republican said", not "Republican claims of ...", where the verb's form is a noun.
  const next = /^\s+(\p{Ll}+)(?![\p{Ll}])(?!\s+of\b)/u.exec(after)?.[1];
  return next !== undefined && lex.speechVerbs.has(next);
}

function countedBefore(before: string): boolean {
  const m = NUMBER_BEFORE.exec(before);
  return m !== null && !(m[1] && OWNER_BEFORE_NUMBER.test(m[1]));
}

/** A side named by a capitalised plural and the verb of a fixture right before a name: "Hawks host ", "Giants face ". */
const TEAM_MEETS_BEFORE = /(?:^|[^\p{L}])\p{Lu}\p{Ll}+[^siu]s\s+(?:host|face|play|visit|meet|welcome|entertain|beat|edged|thrashed)\s+$/u;

/** "at " right before a name, "at the" not (a ground or a hall follows that). */
const AT_BEFORE = /(?:^|[^\p{L}])at\s+$/u;
/** A verb or an adjective whose object or target "at" brings ("angry at", "laughed at", "aimed at"): a person may follow. */
const AT_OBJECT_BEFORE =
  /\b(?:look(?:s|ed|ing)?|laugh(?:s|ed|ing)?|shout(?:s|ed|ing)?|yell(?:s|ed|ing)?|point(?:s|ed|ing)?|aim(?:s|ed|ing)?|angry|furious|annoyed|upset|mad|swipe|jab|dig|smil(?:e|es|ed|ing)|star(?:e|es|ed|ing)|glar(?:e|es|ed|ing)|wav(?:e|es|ed|ing)|snap(?:s|ped|ping)?|lash(?:es|ed|ing)? out|hit(?:s|ting)? out|directed|levell?ed|thrown|threw|fired|fire)\s+at\s+$/i;
/** A day or a time right after a name: " on Saturday", " next week", " this weekend", " tomorrow". */
const TIME_AFTER =
  /^,?\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu})|(?:next|last|this)\s+(?:week|weekend|month|season|year|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|spring|summer|autumn|winter)|tomorrow|tonight|yesterday|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))\b/u;
const localBodyCache = new WeakMap<Lexicon, RegExp>();
/** Whether the words after a name (or after its "'s") name a town's council, election board or mayor (the lexicon's localBodyNouns). */
function localBodyAfter(after: string, lex: Lexicon): boolean {
  let re = localBodyCache.get(lex);
  if (!re) {
    const nouns = [...lex.localBodyNouns].sort((a, b) => b.length - a.length).map((n) => n.replace(/['’]/g, "['’]"));
    re = new RegExp(`^(?:['’]s?)?\\s+(?:${nouns.join('|') || '(?!)'})\\b`, 'i');
    localBodyCache.set(lex, re);
  }
  return re.test(after);
}

/** A service's district right after a name: " school district", " water districts". */
function serviceDistrictAfter(after: string, lex: Lexicon): boolean {
  const m = /^\s+(\p{Ll}+)\s+districts?\b/u.exec(after);
  return !!m && lex.districtServices.has(m[1]!);
}

/** Shares that move after a name: "Nordsalt shares fell", "Brekhav stock rose" (the verbs from the lexicon). */
function sharesMoveAfter(after: string, lex: Lexicon): boolean {
  const m = /^\s+(?:shares|stock)\s+(\p{Ll}+)\b/u.exec(after);
  return !!m && lex.marketVerbs.has(m[1]!);
}

/** A post in a body and a name after a name (a comma between them or none: "X spokesman, Name,"): the name before is the body's. */
const POST_AND_NAME_AFTER =
  /^\s(?:(?:head\s|assistant\s|interim\s)?coach|director\sof\s(?:rugby|football)|chair|chairman|chairwoman|director|spokesman|spokeswoman|spokesperson|manager|captain|(?:lead\s|party\s|deputy\s)?(?:candidate|leader)),?\s\p{Lu}\p{Ll}+\s(?:(?:van|von|de|der|da|di|la|le)\s){0,2}\p{Lu}/u;

/** A stock ticker in brackets: "(VNTC.AS)", "(BMER.MC)", "(NYSE: ORLO)", "(Nasdaq:KLR)", "(7203.T)". */
const TICKER_AFTER = /^\s\((?:[A-Z0-9]{1,6}\.[A-Z]{1,3}|(?:NYSE|Nasdaq|NASDAQ|LSE|TSX|ASX|Euronext|Xetra|SIX):\s?[A-Z0-9.]{1,8})\)/;

/** "Nordic Rail Group (NRG)": a name followed by its initials in parentheses is a body's, not a person's. */
function initialsAfter(words: readonly string[], after: string): boolean {
  const m = /^\s*\((\p{Lu}{2,6})\)/u.exec(after);
  if (!m || words.length < 2) return false;
  const initials = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]);
  return initials.join('') === m[1];
}
