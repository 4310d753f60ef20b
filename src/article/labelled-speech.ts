/**
 * Speech marked by a label instead of a reporting verb: transcript turns ("MOLINA: Will you cut
 * spending?", "Q: ..."), roundup lines under a speaker's name ("Prime Minister Alina Costea" then
 * 'Said: "..."', 'Joked: "..."'), and "Name, Outlet:" labels before a quote. Found by the shape of
 * the paragraphs alone; quotes.ts and parse-article.ts turn them into quotes with their speakers.
 */
import type { Lexicon } from './lexicon.js';

/** One labelled turn: whose words a paragraph holds, and where they start. */
export interface LabelledTurn {
  paragraph: number;
  /** The words naming the speaker, as written: "JAVIER MOLINA", "Elena Dragan", "Prime Minister Alina Costea". */
  label: string;
  /** Who the speaker speaks for, after a comma in the label: "Dockers' Federation", "Ziarul de Est". */
  affiliation?: string;
  /** The paragraph holding the label: this one, or the one before for "Said:" lines. */
  labelParagraph: number;
  labelStart: number;
  labelEnd: number;
  /** Where the speaker's words start in `paragraph`. */
  contentStart: number;
  /** The verb of a "Said:" label, or ":" for a transcript or name label. */
  cue: string;
  /** A programme's part after the name, as written: "HOST" in "LEILA MARSH, HOST:". */
  part?: string;
  /** The speaker must be a person the story names in the label ("Council leader Jo Roe said:"); a label naming no one gives no speaker. */
  storyNamed?: boolean;
  /** "Q" or "A" in a question-and-answer transcript; "host" for a part named in place of a person ("MODERATOR:"). */
  role?: 'question' | 'answer' | 'host';
}

/**
 * A speaker label in capitals, 1 to 4 words: "MOLINA", "TERESA VALDÉS", "SEN. JOHN DOE", "O'NEILL";
 * a programme's part after a comma, in capitals too, is no name: "LEILA MARSH, HOST:", "JO ROE, BYLINE:".
 */
export const CAPS_LABEL = /^((?:\p{Lu}[\p{Lu}.'’-]*)(?:\s\p{Lu}[\p{Lu}.'’-]*){0,3})(?:,\s(\p{Lu}[\p{Lu}'’-]*(?:\s\p{Lu}[\p{Lu}'’-]*){0,2}))?:\s+/u;
/** A name in title case, 2 to 4 words, then an optional outlet after a comma: "Elena Dragan, Ziarul de Est:". */
const NAME_LABEL = /^(\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3})(?:,\s([^:"]{2,60}))?:\s*/u;
/**
 * A roundup's line: a heading, a dash, then who is quoted and a colon before the quote ("FERRY NUMBERS
 * RISE AGAIN - Mark Bellamy: "...", "What it means - More from Bellamy: "..."").
 */
const DASH_LABEL = /^[^"]{3,200}?\s[-–—]\s(?:More from\s(\p{Lu}[\p{L}'’.-]+)|(\p{Lu}[\p{L}'’.-]+(?:\s(?:and\s)?\p{Lu}[\p{L}'’.-]+){1,5})):\s*(?=")/u;
/** Every word in capitals: a heading, not a name ("FERRY NUMBERS RISE AGAIN"). */
const ALL_CAPS = /^[\p{Lu}\d'’.-]+(?:\s[\p{Lu}\d'’.-]+)+$/u;
const QA_LABEL = /^([QA])[:.]\s+/;
/**
 * A line that names a speaker and ends with a saying verb and a colon, as a news release prints who
 * speaks over their words: "Council leader Jo Roe said:", "Jo Roe, chair of the board, said:".
 */
export const SAID_LINE = /^(\p{Lu}[^.!?"]{2,150}?),?\s(said|says|added|adds|commented|explained|stated|continued)\s?:$/u;
/** First-person words: a paragraph under a "said:" line that goes on in the speaker's own voice. */
const FIRST_PERSON = /\b(?:I|I'm|I've|we|We|we're|We're|our|Our|us|my|My)\b/;
/** A title-case verb opening its line: 'Said: "..."', 'Joked: "..."'. */
const VERB_LABEL = /^(\p{Lu}\p{Ll}+):\s*/u;
/** Labels that head a paragraph without naming a speaker. */
const NOT_SPEAKERS =
  /^(?:update|updated|editor'?s note|note|correction|clarification|summary|background|watch|read more|related|source|sources|photo|video|listen|disclosure|warning|advertisement|eds)$/i;

/**
 * Labels that name a procedural part rather than a person: "MODERATOR:", "OPERATOR:". (A "HOST:" is
 * kept as the speaker: a programme's host speaks for themself, and quotes under it stay theirs.)
 */
export const PARTS =
  /^(?:moderator|chair|chairman|chairwoman|chairperson|operator|announcer|narrator|audience(?: member)?|questioner|unidentified (?:male|female|speaker|reporter))$/i;
/** A reporter naming themselves and their outlet before a question: "Jan Bol, Harbour Times. Minister, ...". */
const SELF_NAMED = /^(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,3}),\s(\p{Lu}[^.:;"]{1,50})\.\s+(?=\S)/u;

const isNameLine = (text: string) => {
  const t = text.trim();
  const words = t.split(/\s+/).length;
  return words >= 2 && words <= 12 && !/[.!?:;"]$/.test(t) && /^\p{Lu}/u.test(t) && /\s\p{Lu}/u.test(t);
};

/**
 * The labelled turns of an article. Transcript labels count only when at least two paragraphs carry
 * them, so a lone "UPDATE:" or "Background:" is not a speaker.
 * @example findLabelledTurns(['MOLINA: Will you cut spending?', 'VALDÉS: No.'], () => false).map((t) => t.label) // ['MOLINA', 'VALDÉS']
 */
export function findLabelledTurns(paragraphs: readonly string[], isSayingVerb: (word: string) => boolean): LabelledTurn[] {
  const turns: LabelledTurn[] = [];
  const transcript: LabelledTurn[] = [];
  const carried = new Set<number>();
  paragraphs.forEach((text, p) => {
    // "Transport Minister Jane Roe said:" over words with no quotation marks: hers, and the paragraphs
    // after them that go on in the first person, up to the next such line or quotation.
    if (carried.has(p)) return;
    const said = p > 0 ? SAID_LINE.exec(paragraphs[p - 1]!.trim()) : null;
    if (said && isSayingVerb(said[2]!) && !/["“]/.test(text) && !SAID_LINE.test(text.trim())) {
      const comma = said[1]!.indexOf(',');
      const label = comma > 0 ? said[1]!.slice(0, comma) : said[1]!;
      let q = p;
      do {
        turns.push({ paragraph: q, label, labelParagraph: p - 1, labelStart: 0, labelEnd: label.length, contentStart: 0, cue: said[2]!, storyNamed: true });
        carried.add(q++);
      } while (q < paragraphs.length && FIRST_PERSON.test(paragraphs[q]!) && !/["“]/.test(paragraphs[q]!) && !SAID_LINE.test(paragraphs[q]!.trim()));
      return;
    }
    const verb = VERB_LABEL.exec(text);
    if (verb && isSayingVerb(verb[1]!.toLowerCase()) && p > 0 && isNameLine(paragraphs[p - 1]!)) {
      const line = paragraphs[p - 1]!.trim();
      const comma = line.indexOf(',');
      const label = comma > 0 ? line.slice(0, comma) : line;
      const affiliation = comma > 0 ? line.slice(comma + 1).trim() : '';
      turns.push({
        paragraph: p,
        label,
        ...(affiliation ? { affiliation } : {}),
        labelParagraph: p - 1,
        labelStart: 0,
        labelEnd: label.length,
        contentStart: verb[0].length,
        cue: verb[1]!.toLowerCase(),
      });
      return;
    }
    const qa = QA_LABEL.exec(text);
    const asker = qa?.[1] === 'Q' ? SELF_NAMED.exec(text.slice(qa[0].length)) : null;
    if (qa && asker) {
      // The reporter who gives a name speaks the question; the outlet is whom they speak for.
      const at = qa[0].length;
      transcript.push({
        paragraph: p,
        label: asker[1]!,
        affiliation: asker[2]!.trim(),
        labelParagraph: p,
        labelStart: at,
        labelEnd: at + asker[1]!.length,
        contentStart: at + asker[0].length,
        cue: ':',
      });
      return;
    }
    if (qa) {
      transcript.push({
        paragraph: p,
        label: qa[1]!,
        labelParagraph: p,
        labelStart: 0,
        labelEnd: 1,
        contentStart: qa[0].length,
        cue: ':',
        role: qa[1] === 'Q' ? 'question' : 'answer',
      });
      return;
    }
    // A transcript quoted whole opens each turn with a quotation mark: '"PENCE: Well, ...'.
    const opening = /^"(?=\p{Lu})/u.test(text) ? 1 : 0;
    const caps = CAPS_LABEL.exec(opening ? text.slice(1) : text);
    if (caps && /\p{Lu}{2}/u.test(caps[1]!) && !NOT_SPEAKERS.test(caps[1]!)) {
      transcript.push({
        paragraph: p,
        label: caps[1]!,
        labelParagraph: p,
        labelStart: opening,
        labelEnd: opening + caps[1]!.length,
        contentStart: opening + caps[0].length,
        cue: ':',
        ...(caps[2] ? { part: caps[2] } : {}),
        ...(PARTS.test(caps[1]!) ? { role: 'host' as const } : {}),
      });
      return;
    }
    const dashed = DASH_LABEL.exec(text);
    if (dashed) {
      const label = (dashed[1] ?? dashed[2])!;
      const at = dashed[0].lastIndexOf(label);
      turns.push({ paragraph: p, label, labelParagraph: p, labelStart: at, labelEnd: at + label.length, contentStart: dashed[0].length, cue: ':' });
      return;
    }
    const found = NAME_LABEL.exec(text);
    // A heading in capitals, or a heading and a dash before the name, is no label.
    const name = found && !ALL_CAPS.test(found[1]!) && !/\s[-–—]\s/.test(found[2] ?? '') ? found : null;
    // "Jane Roe, 34, said:" and "Jane Roe, the council's leader, said:" introduce a quote; an outlet
    // after the comma is a name in capitals, and no saying verb closes it.
    const outlet = name?.[2]?.trim() ?? '';
    const introduces = outlet !== '' && (!/^\p{Lu}/u.test(outlet) || isSayingVerb(outlet.split(/\s+/).at(-1)!.toLowerCase()));
    if (name && !NOT_SPEAKERS.test(name[1]!) && !introduces) {
      const turn = {
        paragraph: p,
        label: name[1]!,
        ...(name[2] ? { affiliation: name[2].trim() } : {}),
        labelParagraph: p,
        labelStart: 0,
        labelEnd: name[1]!.length,
        contentStart: name[0].length,
        cue: ':',
      };
      // "Name, Outlet: "..."" speaks for itself; a bare "Name:" needs a transcript around it.
      if (text[name[0].length] === '"') turns.push(turn);
      else transcript.push(turn);
    }
  });
  if (transcript.length >= 2) turns.push(...transcript);
  return turns.sort((a, b) => a.paragraph - b.paragraph);
}

/**
 * The person a label names and the role in front of it: "Union leader Radu Ionescu" gives Radu
 * Ionescu, union leader; "Prime Minister Alina Costea" gives Alina Costea; "MOLINA" stays itself.
 */
export function nameInLabel(label: string, lex: Pick<Lexicon, 'titles' | 'roleNouns' | 'honorifics'>): { name: string; role: string | null } {
  const words = label.split(/\s+/);
  // The name is the run of capitalised words at the end, less any title at its front.
  let start = words.length;
  while (start > 0 && /^\p{Lu}/u.test(words[start - 1]!)) start--;
  for (let size = 3; size >= 1; size--) {
    const head = words
      .slice(start, start + size)
      .join(' ')
      .toLowerCase();
    if (words.length - start - size >= 1 && (lex.titles.has(head) || lex.honorifics.has(head))) {
      start += size;
      break;
    }
  }
  const before = words.slice(0, start).join(' ');
  const role = before && before.split(/\s+/).some((w) => lex.roleNouns.has(w.toLowerCase()) || lex.titles.has(w.toLowerCase())) ? before : null;
  return { name: words.slice(start).join(' '), role };
}

/** How labels are tied to actors. */
export interface TurnSpeakerDeps {
  /** A person the story names between `start` and `end` of paragraph `p`, if any. */
  personIn(p: number, start: number, end: number): string | null;
  /** The person whose name a label spells ("TERESA VALDÉS", "MOLINA"), made an actor if the story has none. */
  personNamed(label: string): string | null;
  /** Who answers in a question-and-answer transcript: the person the introduction names most. */
  interviewee: string | null;
}

/** The speaker of each turn (null for an unnamed interviewer's questions and a part such as "MODERATOR"). */
export function turnSpeakers(turns: readonly LabelledTurn[], deps: TurnSpeakerDeps): Map<LabelledTurn, string | null> {
  const speakers = new Map<LabelledTurn, string | null>();
  for (const turn of turns) {
    if (turn.role) speakers.set(turn, turn.role === 'answer' ? deps.interviewee : null);
    else {
      const inLabel = deps.personIn(turn.labelParagraph, turn.labelStart, turn.labelEnd);
      speakers.set(turn, inLabel ?? (turn.storyNamed ? null : deps.personNamed(turn.label)));
    }
  }
  return speakers;
}

/** A turn with no quotation mark where its words start is a quote of its own: the whole turn. */
export function unquotedTurn(paragraph: string, turn: LabelledTurn): { start: number; end: number } | null {
  const start = turn.contentStart;
  const text = paragraph.slice(start).trim();
  // A turn inside quotation marks ('"PENCE: Well, ...') is read as a quote already.
  if (text === '' || text.startsWith('"') || paragraph.startsWith('"')) return null;
  return { start, end: paragraph.length };
}
