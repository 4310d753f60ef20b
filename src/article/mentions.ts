/**
 * Candidate names in a paragraph: runs of capitalised words ("Council on Foreign
 * Relations", "Lee Min Ho", "U.S. Commerce Department"), with the titles and demonyms in front of them
 * split off ("Danish Defense Minister" + "Karl Holm") and possessives marked ("Berg's").
 */
import { foreignBodyNameWords } from './foreign-body-names.js';
import { trimEndChars } from './text-window.js';
import { ROLE_MODIFIERS } from './roles.js';
import { scanWords } from './word-scan.js';
import type { Lexicon } from './lexicon.js';

/** A capitalised name as it stands in the text. */
export interface Mention {
  /** The name without title, demonym or possessive, e.g. "Karl Holm". */
  text: string;
  paragraph: number;
  /** Offsets of `text` in the paragraph. */
  start: number;
  end: number;
  /** Title and demonym words in front of it, as written ("Danish Defense Minister"); '' if none. */
  title: string;
  /** Where the title (or, without one, the name) starts. */
  titleStart: number;
  /** Whether the title is a real office/honorific (a strong sign of a person). */
  hasTitle: boolean;
  possessive: boolean;
  /** First word of its sentence, where capitals prove nothing. */
  sentenceInitial: boolean;
  insideQuote: boolean;
}

interface Token {
  text: string;
  start: number;
  end: number;
  cap: boolean;
  possessive: boolean;
  /** Punctuation or a line of text that stops a name. */
  stop: boolean;
  sentenceStart: boolean;
  inQuote: boolean;
  /** The word ended its sentence ("Ukraine." before "South Korea"). */
  sentenceEnd: boolean;
}

const CONNECTORS = new Set(['of', 'for', 'and', 'on', 'the', 'de', 'van', 'von', 'der', 'al', 'bin', 'la', 'le', 'del', 'da', 'du', 'y', 'des', 'di']);
const NAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'al', 'bin', 'la', 'le', 'del', 'da', 'du', 'di']);

/** Second halves that make a name an adjective: "U.S.-led", "state-backed", "Texas-based". */
const ADJECTIVE_SUFFIXES =
  /^(?:led|based|backed|born|made|owned|run|style|era|funded|sponsored|allied|controlled|linked|friendly|aligned|bound|wide|centric|like|focused|related|occupied|held|supported|educated|trained|designed|built|brokered|imposed|proposed|inspired|approved|appointed)$/;

/** Words that follow "'s" as "has" or "is" and never as a possessive ("Berg's been", "Berg's not"). */
const CONTRACTED_BEFORE =
  /^\s+(?:been|got|gotten|not|never|also|always|already|just|still|said|told|made|done|become|going|getting|doing|saying|trying|a|an|the|had|now|really|very|gone|taken|given)\b/;

/** Whether the word after `at` is a given name the lexicon knows, followed by another capitalised word ("Anna Berg"). */
function givenNameNext(paragraph: string, at: number, lex: Lexicon): boolean {
  const next = /^\s+(\p{Lu}\p{Ll}+)\s+\p{Lu}/u.exec(paragraph.slice(at, at + 40));
  return !!next && lex.firstNames.has(next[1]!.toLowerCase());
}

function tokenize(paragraph: string, lex: Lexicon): Token[] {
  const tokens: Token[] = [];
  let inQuote = false;
  let sentenceStart = true;
  scanWords(paragraph, (start, wordEnd) => {
    const whole = paragraph.slice(start, wordEnd);
    let text = whole;
    // Most words are plain lower-case ones: no capitals, possessives or abbreviations to look at.
    const first = text.charCodeAt(0);
    if (first >= 97 && first <= 122 && plainWord(paragraph, start, wordEnd)) {
      tokens.push({ text, start, end: wordEnd, cap: false, possessive: false, stop: false, sentenceStart, inQuote, sentenceEnd: false });
      sentenceStart = false;
      return;
    }
    if (text === '"') {
      const prev = paragraph[start - 1];
      inQuote = prev === undefined || /[\s(\[—–-]/.test(prev) ? true : !inQuote ? inQuote : false;
      tokens.push({ text, start, end: start + 1, cap: false, possessive: false, stop: true, sentenceStart: false, inQuote, sentenceEnd: false });
      return;
    }
    // "U.S.-led", "German-made": the capitalised part is a name used as an adjective.
    const adjectival = text.includes('-') ? /^(\p{Lu}[\p{L}.]*?)-(\p{Ll}[\p{L}-]*)$/u.exec(text) : null;
    if (
      adjectival &&
      (ADJECTIVE_SUFFIXES.test(adjectival[2]!) || lex.gazetteer.has(adjectival[1]!.toLowerCase()) || lex.demonyms.has(adjectival[1]!.toLowerCase()))
    ) {
      tokens.push({
        text: adjectival[1]!,
        start,
        end: start + adjectival[1]!.length,
        cap: true,
        possessive: false,
        stop: false,
        sentenceStart,
        inQuote,
        sentenceEnd: true,
      });
      sentenceStart = false;
      return;
    }
    let possessive = false;
    const lastCode = text.charCodeAt(text.length - 1);
    const beforeLast = text.charCodeAt(text.length - 2);
    if (lastCode === 115 && (beforeLast === 39 || beforeLast === 0x2019)) {
      // "Berg's been saying", "Berg's not": "has" or "is", not a possessive.
      possessive = !CONTRACTED_BEFORE.test(paragraph.slice(wordEnd, wordEnd + 12));
      text = text.slice(0, -2);
    } else if (
      (lastCode === 39 || lastCode === 0x2019) &&
      beforeLast === 115 &&
      /^\p{Lu}/u.test(text) &&
      (/^\s+\p{Ll}/u.test(paragraph.slice(wordEnd, wordEnd + 2)) || givenNameNext(paragraph, wordEnd, lex))
    ) {
      // "Jonas' plan", "Nordic Ferries’ boats": the possessive of a name ending in s. Before a
      // capitalised word it stays part of a name ("Farmers' Union") unless that word is a given name
      // ("the Daily Tidings’ Anna Berg").
      possessive = true;
      text = text.slice(0, -1);
    }
    // A question-and-answer turn's label opening the paragraph ("Q. Will tolls rise?", "A. Not this
    // year."): a mark of its own, not the initial of a name.
    if (start === 0 && (text === 'Q.' || text === 'A.') && /^\s+\p{Lu}/u.test(paragraph.slice(wordEnd, wordEnd + 2))) {
      tokens.push({ text, start, end: wordEnd, cap: false, possessive: false, stop: true, sentenceStart: false, inQuote, sentenceEnd: true });
      sentenceStart = true;
      return;
    }
    // A period at the end belongs to the word only for abbreviations and initials ("U.S.", "Jr.").
    let endsSentence = false;
    if (text.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(text) && !/^(?:Jr|Sr|St)\.$/.test(text) && !lex.honorifics.has(text.toLowerCase())) {
      text = trimEndChars(text, (c) => c === '.');
      endsSentence = true;
    }
    // (A run of capitals with periods, "U.S.", starts with a capital too.)
    const cap = startsUpper(text);
    const stop = whole.charCodeAt(0) < 128 ? !startsWordChar(whole) : !/[\p{L}\p{N}]/u.test(text);
    const closes = endsSentence && !/^(?:\p{Lu}\.)+$/u.test(whole);
    tokens.push({ text, start, end: start + text.length, cap, possessive, stop, sentenceStart, inQuote, sentenceEnd: closes });
    sentenceStart = false;
    if (closes) sentenceStart = true;
    if (stop && /[!?:;]/.test(text)) sentenceStart = true;
  });
  return tokens;
}

/** `/^\p{Lu}/u.test(text)`, read from the first character code when it is plain ASCII. */
function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(text);
}

/**
 * Whether a token opens with an ASCII letter or digit. A token that opens with any other ASCII character
 * is a mark of one character, with no letter or digit in it.
 */
function startsWordChar(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 && ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122));
}

/** No "'", ".", "’" or "-" in the word: `!/['.’-]/.test(word)` without making the word a string first. */
function plainWord(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 39 || c === 46 || c === 45 || c === 0x2019) return false;
  }
  return true;
}

/** The words of a run in lower case, joined from `i` for `n` words (as lower-casing the joined words would give). */
const phraseAt = (lower: string[], i: number, n: number) => (n === 1 ? lower[i]! : lower.slice(i, i + n).join(' '));

/** The first words of the lexicon's titles and demonyms, and its names that hold a possessive: a word that opens none is looked up no further. */
interface Heads {
  titles: Set<string>;
  demonyms: Set<string>;
  /** Each gazetteer name cut after an "'s" that a space follows ("people's" of "people's republic of china"). */
  possessives: Set<string>;
}
const headsCache = new WeakMap<Lexicon, Heads>();
function headsOf(lex: Lexicon): Heads {
  let heads = headsCache.get(lex);
  if (!heads) {
    const possessives = new Set<string>();
    for (const key of lex.gazetteer.keys()) for (let at = key.indexOf("'s "); at >= 0; at = key.indexOf("'s ", at + 1)) possessives.add(key.slice(0, at + 2));
    heads = {
      titles: new Set([...lex.titles].map((t) => t.split(' ')[0]!)),
      demonyms: new Set([...lex.demonyms.keys()].map((d) => d.split(' ')[0]!)),
      possessives,
    };
    headsCache.set(lex, heads);
  }
  return heads;
}

function isDemonymAt(lower: string[], i: number, lex: Lexicon): number {
  // Every phrase looked up opens with lower[i] (the words hold no spaces).
  if (!headsOf(lex).demonyms.has(lower[i]!)) return 0;
  for (let n = 3; n >= 1; n--) {
    if (i + n > lower.length) continue;
    if (lex.demonyms.has(phraseAt(lower, i, n))) return n;
  }
  return 0;
}

/** The lower-case words of some tokens, as titleLengthAt reads them. */
const titleWords = (tokens: readonly Token[]) => tokens.map((t) => t.text.toLowerCase());

function titleLengthAt(lower: string[], i: number, lex: Lexicon): number {
  // A plural title before the first of the names it covers: "U.S. Representatives Dana Roe and ...".
  const word = lower[i]!;
  if (/^\p{Ll}{4,}s$/u.test(word) && i + 1 < lower.length && lex.titles.has(word.slice(0, -1)) && !lex.orgWords.has(lower[i + 1]!)) return 1;
  if (!headsOf(lex).titles.has(word) && !lex.honorifics.has(word)) return 0;
  for (let n = 4; n >= 1; n--) {
    if (i + n > lower.length) continue;
    const phrase = phraseAt(lower, i, n);
    if (lex.titles.has(phrase) || (n === 1 && lex.honorifics.has(phrase))) return n;
  }
  return 0;
}

/** A month that is also a given name or a surname: "Jan Berg", "Teresa May"; never "Jan. 5", "in June Berg", "May 5". */
const MONTH = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|jun)$/;
/** Party words, which describe the person named after them ("Republican Jane Roe"). */
const PARTY_WORD = /^(?:republican|democrat|democratic|gop|libertarian|socialist|labour|tory)$/;

/** Words after which a month is a date ("in June", "since May", "last April"), not a given name. */
const BEFORE_DATE =
  /^(?:in|on|since|by|last|next|early|late|mid|until|till|through|from|of|during|before|after|the|a|an|this|that|each|every|between|around|for|to|and|or)$/i;
const digitAfter = (paragraph: string, end: number) => /^\.|^,?\s*\d/.test(paragraph.slice(end, end + 4));

/** The month at token k opens a person's name: a given name, a capitalised name word after it, no date word around. */
function monthAsGivenName(tokens: Token[], k: number, paragraph: string, lex: Lexicon): boolean {
  const t = tokens[k]!;
  const lower = t.text.toLowerCase();
  if (!MONTH.test(lower) || !lex.firstNames.has(lower)) return false;
  // "Jan de Vries": up to two name particles may stand before the surname.
  let n = k + 1;
  while (n - k <= 2 && tokens[n] && NAME_PARTICLES.has(tokens[n]!.text)) n++;
  const next = tokens[n];
  const previous = tokens[k - 1];
  return (
    !digitAfter(paragraph, t.end) &&
    !t.sentenceEnd &&
    !!next &&
    /^\p{Lu}\p{Ll}/u.test(next.text) &&
    next.start === tokens[n - 1]!.end + 1 &&
    !lex.calendarWords.has(next.text.toLowerCase()) &&
    !lex.sentenceWords.has(next.text.toLowerCase()) &&
    !lex.demonyms.has(next.text.toLowerCase()) &&
    !lex.gazetteer.has(next.text.toLowerCase()) &&
    !(previous && !previous.stop && BEFORE_DATE.test(previous.text))
  );
}

/** The month at token k closes a person's name as its surname: right after a given name, no number after it. */
function monthAsSurname(tokens: Token[], k: number, run: Token[], paragraph: string, lex: Lexicon): boolean {
  const t = tokens[k]!;
  const last = run.at(-1)!;
  return (
    MONTH.test(t.text.toLowerCase()) &&
    lex.firstNames.has(last.text.toLowerCase()) &&
    !last.possessive &&
    t.start === last.end + 1 &&
    !digitAfter(paragraph, t.end)
  );
}

/** Whether capitalised words from `j` reach, within three, a word that `closes` a firm's name. */
function closedWithin3(tokens: readonly Token[], j: number, closes: (word: string) => boolean): boolean {
  for (let k = j; k < j + 3 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!t.cap || t.stop) return false;
    if (closes(t.text)) return true;
    if (t.sentenceEnd) return false;
  }
  return false;
}

/** Whether capitalised words from `j` reach a company word within three: "Vance LLP", "Holm Shipping". */
const firmAhead = (tokens: readonly Token[], j: number, lex: Lexicon) => closedWithin3(tokens, j, (w) => lex.companyWords.has(w.toLowerCase()));

/** The legal forms that close a firm named after its partners: "Harlow and Finch LLP". */
const PARTNERSHIP_FORMS = /^(?:llp|llc|pllc|partners|associates|inc|ltd|plc|co|gmbh|ag)\.?$/i;

/** Whether a partnership's legal form closes the capitalised words from `j`, within three words. */
const partnershipAhead = (tokens: readonly Token[], j: number) => closedWithin3(tokens, j, (w) => PARTNERSHIP_FORMS.test(w));

/** A plural noun for a group or a role: "residents", "officials". */
const pluralNoun = (w: string, lex: Lexicon) => w.endsWith('s') && (lex.groupNouns.includes(w) || lex.roleNouns.has(w.slice(0, -1)));

/**
 * Extends `run` (a capitalised token) over the tokens from `j` that continue its name: more capitalised
 * words, connectors inside ("Council on Foreign Relations"), a possessive that a name holds ("People's
 * Republic of China"). Returns the index of the first token after the run. Apart from `findMentions`
 * so that V8 optimises (and, after a deopt, reoptimises) each of the two on its own.
 */
/**
 * "and" inside a body's name: "Workers and Tenants Union", "Safety and Health Administration". The
 * words after it, in capitals, reach an organisation word within three, and the words before it are
 * no person (no given name first) and no place the gazetteer knows.
 */
function andInsideBody(tokens: readonly Token[], j: number, run: readonly Token[], lex: Lexicon): boolean {
  // "Harlow and Finch LLP": a firm named after its partners, which a partnership's legal form closes
  // ("Brekhaven and Lintdam Rovers" are two clubs).
  if (run.length <= 2 && partnershipAhead(tokens, j + 1)) return true;
  if (run.length > 3 || lex.firstNames.has(run[0]!.text.toLowerCase())) return false;
  // "Britain and France" are two places; "U.S. Food and Drug Administration" opens with its country.
  if (lex.gazetteer.get(run.at(-1)!.text.toLowerCase())?.kind === 'place') return false;
  for (let k = j + 1; k <= j + 3 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!t.cap || t.stop) return false;
    if (lex.orgWords.has(t.text.toLowerCase())) return true;
    if (t.sentenceEnd) return false;
  }
  return false;
}

/**
 * The words that open a French or German body's name and the particles after them
 * (data/lexicon/foreign-body-names.json): "Société des traversiers de l'Estuaire", "Verein für Heimatpflege Kelm".
 */
const { heads: FRENCH_BODY_HEADS, particles: FRENCH_PARTICLES } = foreignBodyNameWords();
/** Whether a name's words are a French (or German) body's: a head word, then a particle ("Société des traversiers de l'Estuaire"). */
export const isFrenchBodyName = (words: readonly string[]) =>
  words.length >= 3 && FRENCH_BODY_HEADS.has(words[0]!.toLowerCase()) && FRENCH_PARTICLES.has(words[1]!);
/** A word elided onto a capitalised one: "l'Estuaire", "d'Aubigny". */
const ELIDED_CAPITAL = /^[ld]['’]\p{Lu}/u;

/**
 * How many tokens from `j` continue a French body's name in lower case ("des traversiers de
 * l'Estuaire"): particles and lower-case words, at most six, ending on a capitalised word or an
 * elided one after a particle. 0 when they do not.
 */
function frenchBodyTail(tokens: readonly Token[], j: number, run: readonly Token[]): number {
  if (!FRENCH_BODY_HEADS.has(run.at(-1)!.text.toLowerCase()) || run.some((r) => !r.cap)) return 0;
  if (!FRENCH_PARTICLES.has(tokens[j]?.text ?? '')) return 0;
  for (let k = j; k < j + 7 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.stop) return 0;
    const afterParticle = k > j && FRENCH_PARTICLES.has(tokens[k - 1]!.text);
    if (afterParticle && ((t.cap && !t.stop) || ELIDED_CAPITAL.test(t.text))) return k - j + 1;
    if (t.cap || t.sentenceEnd || !/^\p{Ll}/u.test(t.text)) return 0;
  }
  return 0;
}

/**
 * Whether tokens j-2 .. j+3 read "the WORD of the WORD" and then no capital, with single spaces, the
 * first word neither a title, a role, a body's word nor a name the gazetteer knows ("the Greece of the
 * Caribbean" is a place likened to another): the shape of one name ("the Feast of the Lanterns").
 */
function theOfThe(tokens: readonly Token[], j: number, lex: Lexicon): boolean {
  const the = tokens[j - 2];
  const head = tokens[j - 1]!;
  const last = tokens[j + 2]!;
  const after = tokens[j + 3];
  if (!the || the.text.toLowerCase() !== 'the' || the.stop || head.possessive || last.possessive) return false;
  if (after && after.cap && !after.stop && after.start - last.end === 1) return false;
  const word = head.text.toLowerCase();
  if (lex.titles.has(word) || lex.roleNouns.has(word) || lex.orgWords.has(word) || lex.gazetteer.has(word)) return false;
  for (let k = j - 2; k < j + 2; k++) if (tokens[k + 1]!.start - tokens[k]!.end !== 1) return false;
  return true;
}

function extendRun(tokens: Token[], j: number, run: Token[], paragraph: string, lex: Lexicon): number {
  let connectorSeen = false;
  while (j < tokens.length && !run.at(-1)!.sentenceEnd) {
    const u = tokens[j]!;
    if (run.at(-1)!.possessive) {
      // "People's Republic of China" is one name; "Norway's Aftenposten" is two.
      const ahead: string[] = [];
      for (let k = j; k < j + 4 && k < tokens.length; k++) if (!tokens[k]!.stop) ahead.push(tokens[k]!.text);
      const base = run.map((r, k) => (k === run.length - 1 ? `${r.text}'s` : r.text)).join(' ');
      // Only a name the gazetteer holds with this possessive in it can be looked up whole.
      let n = headsOf(lex).possessives.has(base.toLowerCase())
        ? [4, 3, 2, 1].find((len) => len <= ahead.length && lex.gazetteer.has(`${base} ${ahead.slice(0, len).join(' ')}`.toLowerCase()))
        : undefined;
      // "Fishermen's Association", "Farmers' Union": a possessive before an organisation word is part of its name.
      if (!n && u.cap && !u.stop && lex.orgWords.has(u.text.toLowerCase())) n = 1;
      if (!n) break;
      const last = run.pop()!;
      // Spelt out in Token's order, not spread: every token keeps one shape.
      run.push({
        text: `${last.text}'s`,
        start: last.start,
        end: last.end,
        cap: last.cap,
        possessive: false,
        stop: last.stop,
        sentenceStart: last.sentenceStart,
        inQuote: last.inQuote,
        sentenceEnd: last.sentenceEnd,
      });
      for (let k = 0; k < n; k++) run.push(tokens[j + k]!);
      j += n;
      continue;
    }
    if (u.cap && !u.stop && (!lex.calendarWords.has(u.text.toLowerCase()) || monthAsSurname(tokens, j, run, paragraph, lex))) {
      run.push(u);
      j++;
      continue;
    }
    const french = frenchBodyTail(tokens, j, run);
    if (french > 0) {
      for (let k = j; k < j + french; k++) run.push(tokens[k]!);
      j += french;
      continue;
    }
    const lower = u.text.toLowerCase();
    const next = tokens[j + 1];
    // "Reardon & Vance LLP": an ampersand between capitalised words inside a firm's name, which a
    // company word closes within three words.
    if (u.text === '&' && next?.cap && !next.stop && u.start - run.at(-1)!.end === 1 && firmAhead(tokens, j + 1, lex)) {
      run.push(u);
      j++;
      continue;
    }
    // "Ministry of the Economy", "Department of the Interior": "of the" inside a body's name, after the
    // word that makes it a body.
    const ofThe = tokens[j + 2];
    if (
      lower === 'of' &&
      u.text === lower &&
      next?.text === 'the' &&
      ofThe?.cap &&
      !ofThe.stop &&
      // ("National Union of Journalists of the Islands": or after a body's name joined by "of" once already.)
      (lex.orgWords.has(run.at(-1)!.text.toLowerCase()) || (connectorSeen && run.some((r) => lex.orgWords.has(r.text.toLowerCase())))) &&
      u.start - run.at(-1)!.end === 1 &&
      next.start - u.end === 1 &&
      ofThe.start - next.end === 1
    ) {
      run.push(u, next);
      connectorSeen = true;
      j += 2;
      continue;
    }
    // "the Feast of the Lanterns", "the Bank of the Fjords": one capitalised word after "the", then "of the"
    // and one more, is one name; not after a title ("the Speaker of the House": a post, then the body).
    if (lower === 'of' && u.text === lower && next?.text === 'the' && ofThe?.cap && !ofThe.stop && run.length === 1 && theOfThe(tokens, j, lex)) {
      run.push(u, next);
      connectorSeen = true;
      j += 2;
      continue;
    }
    // "Committee to Protect Journalists", "Campaign to End Loneliness": "to" and a verb in
    // capitals after the word that makes a name a body's are more of its name.
    if (
      u.text === 'to' &&
      lex.orgWords.has(run.at(-1)!.text.toLowerCase()) &&
      next?.cap &&
      !next.stop &&
      lex.purposeVerbs.has(next.text.toLowerCase()) &&
      u.start - run.at(-1)!.end === 1 &&
      next.start - u.end === 1
    ) {
      run.push(u);
      connectorSeen = true;
      j++;
      continue;
    }
    const allowAnd = lower !== 'and' || connectorSeen || andInsideBody(tokens, j, run, lex);
    // "Anouk van der Berg": two particles in a row before the surname.
    const particles = NAME_PARTICLES.has(lower) && !!next && NAME_PARTICLES.has(next.text) && !!tokens[j + 2]?.cap && !tokens[j + 2]!.stop;
    // "Christine Adair of Malden Keyes LLP": a given name and a surname before "of" are a person, and
    // what follows is where they work, not more of the name.
    // So with a title before them ("Sen. Mark Dunlow of Oregon": where they serve).
    const personBefore =
      lower === 'of' &&
      run.length >= 2 &&
      !connectorSeen &&
      lex.firstNames.has(run.at(-2)!.text.toLowerCase()) &&
      !lex.orgWords.has(run.at(-1)!.text.toLowerCase()) &&
      (run.length === 2 || titleLengthAt(titleWords(run.slice(0, -2)), 0, lex) === run.length - 2);
    // "Council on Harbour Safety" is one name; "Berg on Radio Norland", "Berg on Tuesday" are a name and
    // where or when: "on" joins only after a body's word.
    const onAfterName = lower === 'on' && !lex.orgWords.has(run.at(-1)!.text.toLowerCase());
    if (
      !personBefore &&
      !onAfterName &&
      CONNECTORS.has(lower) &&
      u.text === lower &&
      allowAnd &&
      next &&
      ((next.cap && !next.stop) || particles) &&
      u.start - run.at(-1)!.end === 1
    ) {
      run.push(u);
      connectorSeen = connectorSeen || lower === 'of' || lower === 'for' || lower === 'on';
      j++;
      continue;
    }
    break;
  }
  return j;
}

/**
 * Whether the run's words from `at` are exactly two plain name words that nothing else claims: no
 * body's, company's, place's, role's or calendar word ("Winger Vidar Tamm" opening a sentence, a
 * given name the list does not hold; not "Officer Training Corps", "Minister Island Ferries").
 */
function personShapedPair(words: readonly string[], lowerWords: readonly string[], at: number, lex: Lexicon): boolean {
  if (words.length !== at + 2) return false;
  return [at, at + 1].every((k) => {
    const w = lowerWords[k]!;
    return (
      /^\p{Lu}\p{Ll}+$/u.test(words[k]!) &&
      !lex.orgWords.has(w) &&
      !lex.companyWords.has(w) &&
      !lex.venueWords.has(w) &&
      !lex.gazetteer.has(w) &&
      !lex.demonyms.has(w) &&
      !lex.roleNouns.has(w) &&
      !lex.titles.has(w) &&
      !lex.calendarWords.has(w) &&
      !lex.sentenceWords.has(w)
    );
  });
}

/**
 * Whether the title word at `k` sits inside a body's name: a body's word and "of", "for" or "on" stand
 * before it, and no given name after it ("Center for Justice Studies", "Office of the Chief Economist";
 * not "Department of Justice Inspector Ana Roe", whose inspector is a person).
 */
function insideBodyName(lowerWords: readonly string[], from: number, k: number, lex: Lexicon): boolean {
  let opened = false;
  for (let j = from; j + 1 < k && !opened; j++) opened = lex.orgWords.has(lowerWords[j]!) && /^(?:of|for|on)$/.test(lowerWords[j + 1]!);
  return opened && !lowerWords.slice(k + 1).some((w) => lex.firstNames.has(w));
}

/**
 * Where the name starts in a run's words, after the titles, demonyms, party words and capitalised roles
 * in front of it, from word `first` on; and whether one of them is a real title. Apart from
 * `findMentions` so that V8 optimises each of the two on its own.
 */
function titleEndOf(words: string[], lowerWords: string[], run: Token[], first: number, lex: Lexicon): { titleEnd: number; hasTitle: boolean } {
  // Titles and demonyms in front: "French President", "South African", "Deputy Prime Minister". A
  // demonym opening an organisation's name is part of it: "American Port Operators Association".
  const orgNamed = words.length > 2 && lex.orgWords.has(words.at(-1)!.toLowerCase().replace(/[.']/g, ''));
  let titleEnd = first;
  let hasTitle = false;
  // "Ashford General Hospital", "General Assembly": a title word with only a body's words after it is
  // part of the body's name.
  // "the General Union of Workers": a title word before a body's word and "of" opens the body's name.
  const bodyOf = (at: number) =>
    !lex.firstNames.has(lowerWords[at]!) &&
    lowerWords.some((w, k) => k >= at && lex.orgWords.has(w) && (lowerWords[k + 1] === 'of' || lowerWords[k + 1] === 'for'));
  const bodyAfter = (at: number) => (at === words.length - 1 && orgNamed) || bodyOf(at);
  for (;;) {
    const d = isDemonymAt(lowerWords, titleEnd, lex);
    const tl = titleLengthAt(lowerWords, titleEnd, lex);
    if (tl > 0 && titleEnd + tl < words.length && !bodyAfter(titleEnd + tl)) {
      titleEnd += tl;
      hasTitle = true;
    } else if (
      d > 0 &&
      titleEnd + d < words.length &&
      !lex.gazetteer.has(
        words
          .slice(titleEnd, titleEnd + d)
          .join(' ')
          .toLowerCase(),
      ) &&
      !(titleEnd === first && orgNamed)
    ) {
      titleEnd += d;
    } else break;
  }
  // A title further in ("Retired U.S. Air Force Gen. Norman Ham", "Chief Cabinet Secretary Yoshimasa
  // Hayashi"): the name follows the last one.
  {
    for (let k = words.length - 2; k > titleEnd; k--) {
      const tl = titleLengthAt(lowerWords, k, lex);
      const honorific = tl === 1 && lex.honorifics.has(lowerWords[k]!);
      if (tl > 0 && k + tl < words.length && insideBodyName(lowerWords, titleEnd, k, lex)) continue;
      if (tl > 0 && k + tl < words.length && !bodyAfter(k + tl) && (honorific || /^\p{Lu}\p{Ll}/u.test(words[k + tl]!))) {
        titleEnd = k + tl;
        hasTitle = true;
        break;
      }
    }
  }
  // "Republican Jane Roe", "House Fisheries Democrat Jane Roe": a party word before a given name and
  // a surname describes the person; it is no part of the name.
  for (let k = Math.max(titleEnd + 1, words.length - 3); k < words.length - 1; k++) {
    if (
      PARTY_WORD.test(lowerWords[k - 1]!) &&
      lex.firstNames.has(lowerWords[k]!) &&
      /^\p{Lu}\p{Ll}/u.test(words[k]!) &&
      !lex.orgWords.has(lowerWords.at(-1)!)
    ) {
      titleEnd = k;
      break;
    }
  }
  // A common noun for what someone does, capitalised before a given name and surname ("City Manager
  // Rosa Lind", "Farmer Ivo Berg" opening a sentence): a role, no part of the name.
  // (A name that ends in a company's word is the company's: "Caledonian Island Ferries".)
  if (!hasTitle && !lex.companyWords.has(lowerWords.at(-1)!) && !orgNamed) {
    for (let k = titleEnd; k + 2 < words.length; k++) {
      const w = lowerWords[k]!;
      const agent = k === 0 && run[0]!.sentenceStart && /(?:er|or|ist|ian|man|woman)$/.test(w) && !lex.firstNames.has(w) && !lex.gazetteer.has(w);
      // "Centres Ana Roe and ...": a plural role before the first of the names it covers.
      const role = lex.roleNouns.has(w) || (/^\p{Ll}{4,}s$/u.test(w) && lex.roleNouns.has(w.slice(0, -1)));
      if (
        (role || agent) &&
        /^\p{Lu}\p{Ll}/u.test(words[k + 1]!) &&
        (lex.firstNames.has(lowerWords[k + 1]!) || (role && k === 0 && run[0]!.sentenceStart && personShapedPair(words, lowerWords, k + 1, lex))) &&
        /^\p{Lu}\p{Ll}/u.test(words[k + 2]!)
      ) {
        titleEnd = k + 1;
        hasTitle = true;
        break;
      }
    }
  }
  return { titleEnd, hasTitle };
}

/** An office held over a state or a town, as written right before its holder's name: "Gov.", "Sen.", "Mayor". */
const JURISDICTION_OFFICE = /^(?:gov|sen|rep|del|atty|governor|mayor)\.?$/;
/** Words before such an office that say who the person is, not where: a party, a time ("Democratic", "Former"). */
const NOT_JURISDICTION =
  /^(?:republican|democrat|democratic|gop|libertarian|socialist|labour|tory|conservative|liberal|green|independent|progressive|freshman|incumbent|state|city|county|lt|lieutenant)$/;

/**
 * The state or town a title's office is of, the one or two capitalised words before "Gov.", "Sen.",
 * "Mayor" in the title ("Tarnesse Gov." of "Tarnesse Gov. Hilde Ormaas"); none when they are a party,
 * a time or a body's words ("Democratic Sen.", "Former Gov.", "Harbour Board").
 */
function jurisdictionBefore(titleTokens: readonly Token[], lex: Lexicon): Token[] {
  if (titleTokens.length < 2 || titleTokens.length > 3) return [];
  const office = titleTokens.at(-1)!.text.toLowerCase();
  if (!JURISDICTION_OFFICE.test(office)) return [];
  const prefix = titleTokens.slice(0, -1);
  const ok = prefix.every((t) => {
    const w = t.text.toLowerCase().replace(/[.'’]/g, '');
    return (
      /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
      !NOT_JURISDICTION.test(w) &&
      !ROLE_MODIFIERS.has(w) &&
      !lex.orgWords.has(w) &&
      !lex.companyWords.has(w) &&
      !lex.demonyms.has(w) &&
      !lex.sentenceWords.has(w) &&
      titleLengthAt([w], 0, lex) === 0
    );
  });
  return ok ? prefix : [];
}

/** Finds the candidate names of one paragraph. */
/**
 * Initials of a department inside any organisation (general knowledge of office usage): human resources,
 * information technology, public relations, quality assurance, research and development, accident
 * and emergency, intensive care.
 */
const DEPARTMENT_INITIALS = new Set(['HR', 'IT', 'ICT', 'PR', 'QA', 'R&D', 'A&E', 'ICU']);

/** Words of time opening a description in front of a name ("Former US envoy Jo Berg"): no part of any name. */
const TIME_OF_OFFICE = new Set(['former', 'retired', 'outgoing', 'incoming']);

/**
 * Whether a word reads as an adverb in "-ly" ("mostly", "largely", "finally") rather than a name
 * ("Kimberly", "Italy", "Daily", and the surnames in "-lly" other than "-ally", "-ully": "Tarnolly").
 */
function adverbOpening(lower: string, lex: Lexicon): boolean {
  if (lower.length < 6 || !lower.endsWith('ly') || (lower.endsWith('lly') && !/[au]lly$/.test(lower))) return false;
  return !lex.firstNames.has(lower) && !lex.gazetteer.has(lower) && !lex.orgWords.has(lower);
}

/** A description of words joined by hyphens, the later ones in lower case: "Mother-of-two", "Stay-at-home". */
const HYPHENED_DESCRIPTION = /^\p{Lu}\p{Ll}+(?:-\p{Ll}+){2,}$/u;

/** What comes before a rating a fact-check gives: "rates the claim", "rated it", "The claim is", "was rated as". */
const RATED_BEFORE =
  /(?:\brat(?:e|es|ed|ing)\s+(?:(?:the|this|that|its|their|a|an)\s+)?(?:\S+\s+){0,2}?(?:claim|claims|post|posts|statement|it|them|this|that)\s+(?:as\s+)?|\b(?:claim|claims|post|statement|video|verdict|rating)\s+(?:is|was|are|were|as|:)\s+|\brated\s+(?:as\s+)?|\brating\s+of\s+)["“‘']?$/i;
const titleStartOf = (run: readonly Token[], first: number, startTok: Token) =>
  first < run.length ? Math.min(run[first]!.start, startTok.start) : startTok.start;

export function findMentions(paragraph: string, paragraphIndex: number, lex: Lexicon): Mention[] {
  const tokens = tokenize(paragraph, lex);
  const mentions: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!t.cap || t.stop) {
      i++;
      continue;
    }
    // Gather a run of capitalised words, allowing connectors inside ("Council on Foreign Relations").
    const run: Token[] = [t];
    const j = extendRun(tokens, i + 1, run, paragraph, lex);
    const runStart = i;
    i = j;
    // "The", "But" opening a sentence, alone: no name (what the steps below would conclude, found at once).
    if (run.length === 1 && t.sentenceStart && lex.sentenceWords.has(t.text.toLowerCase())) continue;
    // "Families have accused ...", "Passengers said": a plural noun for people opening the sentence, alone, names no one.
    if (run.length === 1 && t.sentenceStart && t.text.endsWith('s') && lex.sourceNouns.get(t.text.toLowerCase()) === 'person') continue;
    // Pushed, not mapped: Array.prototype.map gives packed or holey arrays depending on its path, and
    // each new kind of array deoptimised this function ("wrong map") for several rounds.
    const words: string[] = [];
    const lowerWords: string[] = [];
    for (const r of run) {
      words.push(r.text);
      lowerWords.push(r.text.toLowerCase());
    }
    let first = 0;
    // A capital that only starts the sentence proves nothing.
    const givenMonth = monthAsGivenName(tokens, runStart, paragraph, lex);
    if (run[0]!.sentenceStart && (lex.sentenceWords.has(lowerWords[0]!) || (lex.calendarWords.has(lowerWords[0]!) && !givenMonth))) first = 1;
    // "Former US secretary of state Jo Berg", "Retired Navy captain ...": a time of office opening the
    // sentence before a place or a body is no part of its name (before an office, "Former Gov.", the
    // title keeps it; and so does an office after the place, "Former Ohio Gov.", below).
    const timeOfOffice =
      run[0]!.sentenceStart &&
      words.length > 1 &&
      TIME_OF_OFFICE.has(lowerWords[0]!) &&
      titleLengthAt(lowerWords, 1, lex) === 0 &&
      !lex.firstNames.has(lowerWords[1]!);
    if (timeOfOffice) first = 1;
    // "Mother-of-two Jane Roe": a description joined by hyphens in lower case is no part of the name.
    if (run[0]!.sentenceStart && words.length > 1 && HYPHENED_DESCRIPTION.test(words[0]!)) first = 1;
    // "Residents of Chiva": a common noun opening the sentence, then "of", is no part of the name.
    if (
      run[0]!.sentenceStart &&
      words.length > 2 &&
      pluralNoun(lowerWords[0]!, lex) &&
      titleLengthAt(lowerWords, 0, lex) === 0 &&
      (words[1] === 'of' || words[1] === 'for')
    )
      first = 2;
    // "Mostly for Berg, though, ...", "Largely on Ostia, ...": an adverb opening the sentence, then a
    // connector, is no part of the name (a given name or a place in "-ly", "Kimberly of", "Italy
    // for", still opens one).
    if (
      run[0]!.sentenceStart &&
      words.length > 2 &&
      first === 0 &&
      adverbOpening(lowerWords[0]!, lex) &&
      (words[1] === 'of' || words[1] === 'for' || words[1] === 'on')
    )
      first = 2;
    // "Operator Westlink said", "Developer Brae Homes had": a noun for a kind of company opening the
    // sentence, before a name that is no person's, describes the body; it is no part of its name
    // ("Center for Justice Studies", a body's word before "for" or "of", opens the name).
    if (
      run[0]!.sentenceStart &&
      words.length >= 2 &&
      first === 0 &&
      lex.orgNouns.has(lowerWords[0]!) &&
      /(?:er|or)$/.test(lowerWords[0]!) &&
      !CONNECTORS.has(words[1]!) &&
      !lex.firstNames.has(lowerWords[1]!) &&
      titleLengthAt(lowerWords, 0, lex) === 0
    )
      first = 1;
    // "Lock Ana Roe scored", "Prop Ana Roe": a team's position that is a common word, opening the
    // sentence before a given name and a surname, on a page that is no match report (where it is a
    // role): no part of the name, and no role either.
    if (
      run[0]!.sentenceStart &&
      first === 0 &&
      words.length === 3 &&
      lex.sportsPositions.includes(lowerWords[0]!) &&
      !lex.roleNouns.has(lowerWords[0]!) &&
      !lex.orgWords.has(lowerWords[0]!) &&
      titleLengthAt(lowerWords, 0, lex) === 0 &&
      (lex.firstNames.has(lowerWords[1]!) || personShapedPair(words, lowerWords, 1, lex))
    )
      first = 1;
    while (first < words.length && lex.calendarWords.has(lowerWords[first]!) && !(first === 0 && givenMonth)) first++;
    const { titleEnd: nameStart, hasTitle } = titleEndOf(words, lowerWords, run, first, lex);
    let titleEnd = nameStart;
    // "Minister for Ecological Transition", "Commissioner of Trade": the capitalised words after an
    // office and "for" or "of" name its portfolio, no one (unless a given name follows: "Minister for
    // Europe Jane Roe").
    if (hasTitle && (words[nameStart] === 'for' || words[nameStart] === 'of') && !lowerWords.slice(nameStart + 1).some((w) => lex.firstNames.has(w))) continue;
    // Connectors and particles cannot open or close a name.
    while (titleEnd < words.length && CONNECTORS.has(words[titleEnd]!) && !NAME_PARTICLES.has(words[titleEnd]!)) titleEnd++;
    let last = words.length;
    while (last > titleEnd && CONNECTORS.has(words[last - 1]!)) last--;
    if (last <= titleEnd) continue;
    const nameTokens = run.slice(titleEnd, last);
    const startTok = nameTokens[0]!;
    const endTok = nameTokens.at(-1)!;
    // A run of three or more words in capitals is a heading ("CONGRESS HAS INVESTIGATED HIM").
    if (
      run.length >= 3 &&
      run.every((r) => r.text === r.text.toUpperCase()) &&
      !lex.gazetteer.has(paragraph.slice(run[0]!.start, run.at(-1)!.end).toLowerCase())
    )
      continue;
    // "rates the claim Misleading", "we rated it Mostly False", "The claim is Partly False": a
    // fact-check's rating given in the sentence is data, no one's name.
    if (
      lex.factCheckRatings.has(paragraph.slice(startTok.start, endTok.end).toLowerCase()) &&
      RATED_BEFORE.test(paragraph.slice(Math.max(0, titleStartOf(run, first, startTok) - 60), titleStartOf(run, first, startTok)))
    )
      continue;
    // "head of HR", "meet HR on Friday": a department's initials name no organisation of their own.
    if (nameTokens.length === 1 && DEPARTMENT_INITIALS.has(nameTokens[0]!.text)) continue;
    // A whole quoted span in capitals is a title ("Reef Talks Stall"), not a name.
    if (nameTokens.length > 1 && paragraph[startTok.start - 1] === '"' && /^[.,]?"/.test(paragraph.slice(endTok.end, endTok.end + 2))) continue;
    const titleTokens = run.slice(timeOfOffice && hasTitle ? 0 : first, titleEnd);
    const jurisdiction = jurisdictionBefore(run.slice(first, titleEnd), lex);
    if (jurisdiction.length > 0) {
      mentions.push({
        text: paragraph.slice(jurisdiction[0]!.start, jurisdiction.at(-1)!.end),
        paragraph: paragraphIndex,
        start: jurisdiction[0]!.start,
        end: jurisdiction.at(-1)!.end,
        title: '',
        titleStart: jurisdiction[0]!.start,
        hasTitle: false,
        possessive: false,
        sentenceInitial: jurisdiction[0]!.sentenceStart,
        insideQuote: jurisdiction[0]!.inQuote,
      });
    }
    mentions.push({
      text: paragraph.slice(startTok.start, endTok.end),
      paragraph: paragraphIndex,
      start: startTok.start,
      end: endTok.end,
      title: titleTokens.length ? paragraph.slice(titleTokens[0]!.start, titleTokens.at(-1)!.end) : '',
      titleStart: titleTokens.length ? titleTokens[0]!.start : startTok.start,
      hasTitle,
      possessive: endTok.possessive,
      sentenceInitial: startTok.sentenceStart,
      insideQuote: startTok.inQuote,
    });
  }
  return mentions;
}
