/**
 * Who is speaking at a point of the text: the subject of a reporting cue ("Berg said", "said Marek
 * Olsen", "U.S. accusations", "was called ... by Lind"), with "he"/"she"/"they" handed to the pronoun
 * resolver (pronoun-resolver.ts) and subject position told by subject-position.ts.
 */
import type { Cue } from './cues.js';
import type { Lexicon } from './lexicon.js';
import { SPOKESPERSON_FOR } from './actors.js';
import { PEOPLE_COUNTS } from './groups.js';
import { createPronounResolver } from './pronoun-resolver.js';
import { CLAUSE_WINDOW, createSubjectTest, introLength, modifiesTitledName } from './subject-position.js';
import type { Actor } from './types.js';
import { endsWithNumberAndSpace, matchAtEnd, startingBetween } from './text-window.js';

/** A mention resolved to an actor, placed in the text. */
export interface PlacedMention {
  paragraph: number;
  start: number;
  end: number;
  actorId: string;
  possessive: boolean;
  insideQuote: boolean;
}

export interface SpeakerFinder {
  /** The subject of a cue at `cue.index` in paragraph `p`, searching back to `from`. */
  subjectOf(p: number, cue: Cue, from: number): string | null;
  /** The first actor named after `offset` and before `limit` ("said Marek Olsen"). */
  namedAfter(p: number, offset: number, limit: number): string | null;
  /** Resolves a pronoun at (p, offset). */
  pronoun(p: number, offset: number, word: string): string | null;
  /** Records who spoke last, so "he said" in the next paragraph can find them. */
  noteSpeaker(p: number, offset: number, actorId: string): void;
  /** Whether a mention stands in subject position ("Berg said", not "under Berg"). */
  isSubject(p: number, m: PlacedMention): boolean;
  /** The last pronoun resolved, so a caller can tell "he said" from "Berg said". */
  lastPronoun: { p: number; offset: number; word: string; actorId: string | null } | null;
}

const PREPOSITION_BEFORE =
  /\b(?:of|in|on|at|for|with|to|from|against|into|over|than|about|toward|towards|between|among|amid|like|unlike|including|ahead|after|before|since|under|despite|via|visit|visited|visiting|praised|praising|criticized|supporting|support|supported|recognize|and|or)\s*(?:the\s+|a\s+|an\s+)?$/i;
/** Between a subject and its verb: one appositive, then at most helper words ("has", "also"). */
const APPOSITIVE_THEN_VERB = /^,[^,]{2,160},\s*(?:(?:has|have|had|also|then|later|again|would|will|is|was|were|are|previously|repeatedly)\s+){0,2}$/;
/**
 * A chain of descriptions and relative clauses, none of them a clause of its own ("..., is reassessing"),
 * after an age or not ("Jo Berg, 61, a former pilot who ..., said"; "Tom Hale, 52, of Dayton, Ohio, said").
 */
const APPOSITIVE_CHAIN_THEN_VERB =
  /^,\s+(?:\d{1,3},\s+)?(?:the|a|an|who|which|whose|president|chairman|director|head|chief|now|then|one|of|from)\b(?:(?!,\s*(?:is|are|was|were)\b)(?:[^.;"]|(?<=\p{Lu}\p{Ll}{0,3})\.(?=,))){2,240},\s*(?:(?:has|have|had|also|then|later|again|would|will|previously|repeatedly)\s+){0,2}$/u;
/** A verb of giving words out, then the noun's determiner and modifiers: "released the following ", "issued a brief ". */
const GIVES_OUT =
  /\b(issued|released|made|gave|posted|sent|delivered|published|put out|read out|read|offered)\s+(?:(?:the|a|an|this|that|his|her|its|their|following|brief|short|written|joint|new|formal|official|lengthy|terse|strongly[- ]worded|further)\s+){1,4}$/i;
/** A preposition that is a conjunction as well, before a name: "after Berg said", "since Berg announced". */
const CONJUNCTION_BEFORE = /\b(?:after|before|since|until)\s+$/i;
/** Nothing but a helper or an adverb between a name and its verb. */
const RIGHT_AT_VERB = /^\s+(?:(?:has|had|also|then|later|again|\p{Ll}+ly)\s+)?$/u;
/** A name that only qualifies the word after it: "Oslo-based", "Texas-born". */
const COMPOUND_MODIFIER = /^[-‑]\p{Ll}/u;
/** A preposition's match holds at most 13 characters that are not spaces ("criticized the"). */
const precededByPreposition = (text: string) => matchAtEnd(PREPOSITION_BEFORE, text, 16) !== null;
/** A count of people opening a clause: "Hundreds of", "Dozens of the". */
const COUNT_OF = new RegExp(`^\\s*(?:${PEOPLE_COUNTS}) of (?:the )?`);
/** "X praised Y, and (has) promised": a verb coordinated with the one before. */
const AND_THEN_VERB = /,? and (?:has |have |also |then )?$/; // paragraphs are single-spaced
/** A verb coordinated with the clause before it, with no subject of its own: "..., but admitted", "and then told". */
const COORDINATED_VERB = /,?\s(?:and|but)\s(?:(?:has|have|had|also|then|later|quickly|\p{Ll}+ly)\s)?$/u;
/** A new clause right before the verb, its subject a determiner and one common noun: ", and the storm ". */
const OWN_SUBJECT = /(?:,\s*(?:and|but|while)|;)\s+(?:the|a|an|this|that)\s+(\p{Ll}[\p{Ll}-]+)\s+$/u;
const PRONOUN = /\b(he|she|they|it|we|i)\b(?:\s+(?:has|had|have|also|later|again|then|further|would|will|had|previously|repeatedly|often|once)){0,2}\s*$/i;

/** Builds the speaker finder over an article's placed mentions. */
export function createSpeakerFinder(paragraphs: string[], placed: PlacedMention[], actors: Map<string, Actor>, lex: Lexicon): SpeakerFinder {
  const byParagraph = new Map<number, PlacedMention[]>();
  for (const m of placed) {
    const list = byParagraph.get(m.paragraph) ?? [];
    list.push(m);
    byParagraph.set(m.paragraph, list);
  }
  // Nouns that stand for someone: a title, a role, a body, a group, a source without a name.
  const namesSomeone = (noun: string) =>
    lex.titles.has(noun) ||
    lex.roleNouns.has(noun) ||
    lex.orgNouns.has(noun) ||
    lex.bodyNouns.has(noun) ||
    lex.collectiveNouns.has(noun) ||
    lex.sourceNouns.has(noun) ||
    lex.sourceNouns.has(noun.replace(/s$/, '')) ||
    lex.groupNouns.includes(noun);
  /** The mentions of paragraph p that start in [from, to). */
  const namedBetween = (p: number, from: number, to: number): PlacedMention[] => startingBetween(byParagraph.get(p) ?? [], from, to);

  const isSubject = createSubjectTest(paragraphs, actors, lex);
  const pronouns = createPronounResolver(paragraphs, byParagraph, actors, lex, isSubject);

  /**
   * Between a name and the person a description ends on, one to four words of description: lower
   * case, or a role in capitals ("said Acme executive Director Jane Roe", "Acme Vice President Jane Roe"),
   * a title's abbreviation or an ordinal ("said Acme spokesman Capt. Jane Roe", "Army 1st Lt. Jane Roe"),
   * after "-based" or "-born" ("said Texas-based strategist Jane Roe").
   */
  const describesNext = (gap: string): boolean => {
    if (!/^(?:-\p{Ll}+)?\s+(?:[\p{L}\d-]+\.?\s+){1,4}$/u.test(gap)) return false;
    const words = gap
      .replace(/^-\p{Ll}+/u, '')
      .trim()
      .split(/\s+/);
    const isTitle = (w: string) => {
      const lower = w.toLowerCase();
      return [lower, lower.replace(/\.$/, '')].some((k) => lex.roleNouns.has(k) || lex.titles.has(k) || lex.honorifics.has(k));
    };
    return words.every(
      (w, k) =>
        /^[\p{Ll}-]+$/u.test(w) ||
        /^\d+(?:st|nd|rd|th)$/.test(w.toLowerCase()) ||
        isTitle(w) ||
        // The service a rank is held in: "spokesman Navy Capt. Jane Roe", "Army Lt. Col. Jane Roe".
        (/^\p{Lu}\p{Ll}+$/u.test(w) && k + 1 < words.length && words.slice(k + 1).every(isTitle)),
    );
  };

  const finder: SpeakerFinder = {
    subjectOf(p, cue, from) {
      const text = paragraphs[p]!;
      // A name alone in brackets ("mayor Ana Roe (CDU) said", a party or a home town) qualifies the
      // name before it and is never the verb's subject.
      const mentions = namedBetween(p, Math.max(from, cue.index - CLAUSE_WINDOW), cue.index).filter(
        (m) => m.start >= from && m.end <= cue.index && !m.possessive && !(text[m.start - 1] === '(' && text[m.end] === ')'),
      );
      if (cue.form === 'noun') {
        // "U.S. accusations", "Ottawa's denial": the name right in front of the noun.
        const near = (byParagraph.get(p) ?? []).filter((m) => m.end <= cue.index && cue.index - m.end <= 12).at(-1);
        if (near && /^(?:['’s\s]*|(?:['’s\s]*['’\s])?\w+\s)$/.test(text.slice(near.end, cue.index))) return near.actorId;
        const by = new RegExp(`^\\s*(?:by|from)\\s+(?:the\\s+)?`).exec(text.slice(cue.end));
        if (by) return finder.namedAfter(p, cue.end, cue.end + by[0].length + 40);
        // "Berg released the following statement", "Berg issued a brief statement": the noun is the
        // object of a verb of giving out, whose subject gave the words.
        const given = matchAtEnd(GIVES_OUT, text.slice(0, cue.index), 80);
        if (given) {
          const verbAt = cue.index - given[0].length;
          return finder.subjectOf(p, { ...cue, index: verbAt, end: verbAt + given[1]!.length, form: 'verb', participle: false }, from);
        }
        return null;
      }
      if (cue.form === 'according') return finder.namedAfter(p, cue.end, cue.end + 60);
      // "Berg was called a fraud by Lind": the subject of a passive saying verb is what was said of,
      // its agent the one who said it.
      if (/\b(?:was|were|been|being|is|are) $/.test(text.slice(Math.max(0, cue.index - 7), cue.index))) {
        const by = / by (?!the way\b)/.exec(text.slice(cue.end, cue.end + 160));
        return by ? finder.namedAfter(p, cue.end + by.index + 4, cue.end + by.index + 44) : null;
      }
      const region = text.slice(from, cue.index);
      // A participle ("..., calling them") takes the subject of its clause.
      if (cue.participle) {
        // "footage of Trump saying": the name right before the participle.
        const adjacent = (byParagraph.get(p) ?? []).find((m) => m.end <= cue.index && /^\s{1,2}$/.test(text.slice(m.end, cue.index)) && !m.possessive);
        if (adjacent) return adjacent.actorId;
        const start = from + introLength(region);
        // "where he appeared at a 2014 Senate hearing ... for saying": the nearest pronoun subject.
        const nearPronoun = [...text.slice(start, cue.index).matchAll(/\b(he|she|they)\s+(?!said\b)[a-z]+ed\b/gi)].at(-1);
        if (
          nearPronoun &&
          !(byParagraph.get(p) ?? []).some(
            (m) =>
              m.start > start + nearPronoun.index &&
              m.end <= cue.index &&
              !m.possessive &&
              !precededByPreposition(text.slice(start, m.start)) &&
              !endsWithNumberAndSpace(text.slice(start, m.start)),
          )
        ) {
          return finder.pronoun(p, start + nearPronoun.index, nearPronoun[1]!);
        }
        // "it attacked Trump, saying ...": a pronoun subject is resolved, not skipped.
        const leading = /^\s*(he|she|it|they)\b/i.exec(text.slice(start, cue.index));
        if (leading) return finder.pronoun(p, start + leading.index, leading[1]!);
        // "Hundreds of nurses at the hospital walked out, saying": the people after a count are the subject.
        const count = COUNT_OF.exec(text.slice(start, cue.index))?.[0].length ?? -1;
        const subject = (byParagraph.get(p) ?? []).find(
          (m) =>
            m.start >= start &&
            m.end <= cue.index &&
            !m.possessive &&
            !modifiesTitledName(text, m, actors, lex) &&
            (m.start - start === count || !precededByPreposition(text.slice(start, m.start))),
        );
        return subject?.actorId ?? null;
      }
      const pronounMatch = matchAtEnd(PRONOUN, region, 32);
      const eligible = mentions.filter((m) => {
        const before = text.slice(from, m.start);
        // "A spokesperson for Examplecorp said": the organisation speaks through its spokesperson.
        // ", and the commission said": "and" after a clause that ended on a common word opens a new clause.
        const newClause = /[\p{Ll}\d%)]\s*,\s*(?:and|but)\s+(?:the\s+)?$/u.test(before.slice(-40));
        // "hours after Berg said": a word that is a conjunction as well opens a clause whose subject stands right at the verb.
        const clauseOpened = CONJUNCTION_BEFORE.test(before.slice(-12)) && RIGHT_AT_VERB.test(text.slice(m.end, cue.index));
        return (
          !precededByPreposition(before) ||
          newClause ||
          clauseOpened ||
          m.start === from ||
          // ('"...," a spokesperson for the group said': only the words after the quotation count.)
          (/^\s*(?:(?:an?|the)\s+)?[^,.;]{0,40}$/i.test(afterQuotation(before)) && SPOKESPERSON_FOR.test(before))
        );
      });
      // "She was defending the fund against attacks from Tarrant, but admitted ...": a coordinated
      // verb shares the subject that opens the clause, a pronoun as well as a name.
      if (matchAtEnd(COORDINATED_VERB, region, 24)) {
        const start = from + introLength(region);
        const leading = /^\s*(he|she|they|it|we)\b/i.exec(text.slice(start, cue.index));
        if (leading) return finder.pronoun(p, start + leading.index, leading[1]!);
        const opening = mentions.find(
          (m) =>
            m.start >= start &&
            /^\s*(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,4}$/iu.test(text.slice(start, m.start)) &&
            !precededByPreposition(text.slice(start, m.start)),
        );
        if (opening) return opening.actorId;
      }
      let last = eligible.at(-1);
      if (pronounMatch && (!last || last.end <= from + pronounMatch.index)) return finder.pronoun(p, from + pronounMatch.index, pronounMatch[1]!);
      if (!last) return null;
      // "South Korea, a staunch U.S. ally, has raised": the name before the appositive is the subject.
      // Also past a chain of them: "Scott Pruitt, the attorney general of Oklahoma, one of the states suing
      // the EPA, said"; "Michael Mulgrew, president of the union, which represents ..., said".
      const host =
        eligible.find((m) => m.end <= last!.start && APPOSITIVE_THEN_VERB.test(text.slice(m.end, cue.index))) ??
        eligible.find((m) => m.end <= last!.start && APPOSITIVE_CHAIN_THEN_VERB.test(text.slice(m.end, cue.index)));
      // "A spokeswoman for the rail company, Jana Ruud, said": when the appositive is a person's very
      // name, set off after the body she speaks for, she is the speaker.
      const namesThePerson =
        host &&
        actors.get(host.actorId)?.kind !== 'person' &&
        actors.get(last.actorId)?.kind === 'person' &&
        /^,\s$/.test(text.slice(host.end, last.start)) &&
        /^,?\s*$/.test(text.slice(last.end, cue.index).replace(/^,\s*(?:(?:has|had|also|then|later) )*/, ''));
      // "the growers' association, whose president, Pieter Lanck, called ...": a relative clause opened by
      // "whose" and a role, the person's name set off after it; its verb is the person's.
      const whoseRole =
        host &&
        actors.get(last.actorId)?.kind === 'person' &&
        /^,\s+whose\s+(?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+,\s$/u.test(text.slice(host.end, last.start)) &&
        /^,?\s*$/.test(text.slice(last.end, cue.index).replace(/^,\s*(?:(?:has|had|also|then|later) )*/, ''));
      if (host && !namesThePerson && !whoseRole) last = host;
      // "X praised Y, and promised to ...": the coordinated verb shares the clause's subject.
      const between = text.slice(last.end, cue.index);
      if (matchAtEnd(AND_THEN_VERB, between, 12) && mentions.length > 1) {
        const start = from + introLength(region);
        const subject = mentions.find((m) => m.start >= start && !precededByPreposition(text.slice(start, m.start)));
        if (subject) return subject.actorId;
      }
      if (between.length > 90 && !/^,[^,]+,\s*$/.test(between)) return null;
      // "The port authority offered a compromise, and the storm raised the odds": a clause of its own
      // whose subject is a common noun that names no one (no title, role, body or group).
      const own = OWN_SUBJECT.exec(between);
      if (own && !namesSomeone(own[1]!.toLowerCase())) return null;
      return last.actorId;
    },
    namedAfter(p, offset, limit) {
      const m = namedBetween(p, offset, limit + 1)[0];
      if (!m) {
        const text = paragraphs[p]!.slice(offset, limit);
        const pr = /^\s*(?:,\s*)?\b(he|she|they|it)\b/i.exec(text);
        return pr ? finder.pronoun(p, offset + pr.index, pr[1]!) : null;
      }
      // A possessive in front belongs to the real speaker: "said Berg's adviser, Tomas Reyes"; so
      // does a name in a compound modifier: "said Oslo-based strategist Tomas Reyes".
      if (m.possessive || COMPOUND_MODIFIER.test(paragraphs[p]!.slice(m.end, m.end + 2))) return finder.namedAfter(p, m.end, limit + 40);
      // "said MSNBC host Chris Matthews": the name at the end of the description is the speaker.
      let head = m;
      for (;;) {
        const next = namedBetween(p, head.end + 1, head.end + 41)[0];
        if (!next) break;
        const gap = paragraphs[p]!.slice(head.end, next.start);
        if (describesNext(gap) && actors.get(next.actorId)?.kind === 'person') head = next;
        else break;
      }
      return head.actorId;
    },
    pronoun(p, offset, word) {
      const actorId = pronouns.resolve(p, offset, word);
      finder.lastPronoun = { p, offset, word, actorId };
      return actorId;
    },
    noteSpeaker: pronouns.noteSpeaker,
    isSubject,
    lastPronoun: null,
  };
  return finder;
}

/** The words after the last closing quotation mark and its comma: '"...," a spokesperson for ' -> 'a spokesperson for '. */
function afterQuotation(text: string): string {
  const mark = Math.max(text.lastIndexOf('"'), text.lastIndexOf('”'));
  return mark < 0 ? text : text.slice(mark + 1).replace(/^,?\s*/, '');
}
