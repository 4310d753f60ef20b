/**
 * Who is speaking at a point of the text: the subject of a reporting cue ("Berg said", "said Marek
 * Olsen", "U.S. accusations"), with "he"/"she"/"they" resolved to the person a reader would pick:
 * the last speaker, or the last person named, of a matching gender.
 */
import type { Cue } from './cues.js';
import type { Lexicon } from './lexicon.js';
import { SPOKESPERSON_FOR } from './actors.js';
import { ROLE_MODIFIERS } from './roles.js';
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
}

const PREPOSITION_BEFORE = /\b(?:of|in|on|at|for|with|to|from|against|into|over|than|about|toward|towards|between|among|amid|like|unlike|including|ahead|after|before|since|under|despite|via|visit|visited|visiting|praised|praising|criticized|supporting|support|supported|recognize|and|or)\s*(?:the\s+|a\s+|an\s+)?$/i;
const INTRO_PHRASE = /^(?:in|on|at|after|before|during|ahead of|as|while|when|since|despite|amid|following|for|with|under|over|by|meanwhile|however|still|yet|instead|later|earlier|now|then|today|yesterday|also|separately|previously|last|this|next|according to)\b[^,]*,\s*/i;
/** Between a subject and its verb: one appositive, then at most helper words ("has", "also"). */
const APPOSITIVE_THEN_VERB = /^,[^,]{2,160},\s*(?:(?:has|have|had|also|then|later|again|would|will|is|was|were|are|previously|repeatedly)\s+){0,2}$/;
/** A chain of descriptions and relative clauses, none of them a clause of its own ("..., is reassessing"). */
const APPOSITIVE_CHAIN_THEN_VERB =
  /^,\s+(?:the|a|an|who|which|whose|president|chairman|director|head|chief|now|then|one)\b(?:(?!,\s*(?:is|are|was|were)\b)[^.;"]){2,240},\s*(?:(?:has|have|had|also|then|later|again|would|will|previously|repeatedly)\s+){0,2}$/;
/** A preposition's match holds at most 13 characters that are not spaces ("criticized the"). */
const precededByPreposition = (text: string) => matchAtEnd(PREPOSITION_BEFORE, text, 16) !== null;
/** "X praised Y, and (has) promised": a verb coordinated with the one before. */
const AND_THEN_VERB = /,? and (?:has |have |also |then )?$/; // paragraphs are single-spaced
/** How far back a clause or a sentence start is looked for; longer ones are cut there. */
const CLAUSE_WINDOW = 2000;
const PRONOUN = /\b(he|she|they|it|we|i)\b(?:\s+(?:has|had|have|also|later|again|then|further|would|will|had|previously|repeatedly|often|once)){0,2}\s*$/i;

/** Builds the speaker finder over an article's placed mentions. */
export function createSpeakerFinder(
  paragraphs: string[],
  placed: PlacedMention[],
  actors: Map<string, Actor>,
  lex: Lexicon,
): SpeakerFinder {
  const byParagraph = new Map<number, PlacedMention[]>();
  for (const m of placed) {
    const list = byParagraph.get(m.paragraph) ?? [];
    list.push(m);
    byParagraph.set(m.paragraph, list);
  }
  const speakers: Array<{ p: number; offset: number; actorId: string }> = [];
  /** Speakers are noted in text order (quotes are read in order), which lets the search be binary. */
  let speakersInOrder = true;
  /** The mentions of paragraph p that start in [from, to). */
  const namedBetween = (p: number, from: number, to: number): PlacedMention[] => startingBetween(byParagraph.get(p) ?? [], from, to);

  const genders = new Map<Actor, 'm' | 'f' | 'u'>();
  const genderOf = (actor: Actor): 'm' | 'f' | 'u' => {
    let gender = genders.get(actor);
    if (gender === undefined) genders.set(actor, (gender = describedGender(actor)));
    return gender;
  };
  const describedGender = (actor: Actor): 'm' | 'f' | 'u' => {
    if (actor.kind !== 'person') return 'u';
    const roles = actor.roles.join(' ').toLowerCase();
    if (/\b(?:spokeswoman|chairwoman|congresswoman|wife|mother|daughter|sister|grandmother|widow|queen|princess|actress|ms\.|mrs\.)\b/.test(roles)) return 'f';
    if (/\b(?:spokesman|chairman|congressman|husband|father|son|brother|grandfather|king|prince|mr\.)\b/.test(roles)) return 'm';
    return 'u';
  };
  /** Given-name gender: a hint to choose between people, never a reason to rule one out. */
  const nameGender = (actorId: string): string => {
    const actor = actors.get(actorId);
    if (!actor) return 'u';
    // What the story says of them ("widow", "spokeswoman") outweighs what their given name suggests.
    const described = genderOf(actor);
    return described !== 'u' ? described : (lex.firstNames.get(actor.name.split(' ')[0]!.toLowerCase()) ?? 'u');
  };
  const fits = (actorId: string, word: string) => {
    const a = actors.get(actorId);
    if (!a) return false;
    const w = word.toLowerCase();
    if (w === 'he' || w === 'she' || w === 'i') {
      if (a.kind !== 'person') return false;
      const g = genderOf(a);
      return g === 'u' || (w === 'he' ? g === 'm' : w === 'she' ? g === 'f' : true);
    }
    if (w === 'it') return a.kind === 'organization' || a.kind === 'place';
    return a.kind !== 'person';
  };
  /** A name in subject position: not after a preposition, a determiner or a verb. */
  const isSubject = (q: number, m: PlacedMention): boolean => {
    const text = paragraphs[q]!;
    const words = text.slice(Math.max(0, m.start - 80), m.start).trimEnd().split(/\s+/).filter(Boolean);
    // Skip the description in front of the name: "South Korean leader", "former Gov.".
    let k = words.length - 1;
    while (k >= 0 && (/^\p{Lu}/u.test(words[k]!) || lex.roleNouns.has(words[k]!.toLowerCase()) || lex.titles.has(words[k]!.toLowerCase()) || ROLE_MODIFIERS.has(words[k]!.toLowerCase())) && !/[,.;:]$/.test(words[k]!)) k--;
    const prev = (words[k] ?? '').toLowerCase();
    if (prev === '' || /[.;:!?"]$/.test(prev)) return true;
    // A person introduced with a description ("Henry Crespo, president of ...") is who the story
    // turns to next, whatever their place in the sentence.
    const following = text.slice(m.end, m.end + 80);
    const introduced = /^,\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+){0,4}?([\p{Ll}-]+)\b/u.exec(following);
    if (actors.get(m.actorId)?.kind === 'person' && ((introduced && lex.roleNouns.has(introduced[1]!)) || /^\s*[,—–]\s+who\b/.test(following))) return true;
    if (/,$/.test(prev)) {
      // After a comma: subject after an opening phrase ("In January, X") or a description of the
      // person ("Berg's trade adviser, X"); object after a verb ("investigating his wife, X").
      const clause = text.slice(Math.max(0, m.start - CLAUSE_WINDOW), m.start).split(/[.;:!?]\s+|"\s*/).at(-1)!.replace(/,\s*$/, '');
      if (INTRO_PHRASE.test(`${clause}, `)) return true;
      return clause.split(/\s+/).filter(Boolean).every((w) => /^\p{Lu}/u.test(w) || /^(?:the|a|an|his|her|their|its)$/i.test(w) || lex.roleNouns.has(w.toLowerCase()) || lex.titles.has(w.toLowerCase()) || ROLE_MODIFIERS.has(w.toLowerCase()) || /,$/.test(w));
    }
    // "said X." names the speaker; "said X doesn't ..." opens what was said.
    if (/^(?:said|says|told|wrote|writes|added|adds|according|asked|noted|notes|explained|argued|continued|insisted|warned|stated|declared|recalled|replied|tweeted|observed|countered|cautioned)$/.test(prev)) {
      return /^(?:\s*[,.;:!?)]|\s*$)/.test(text.slice(m.end));
    }
    // After any other lowercase word the name is an object ("to replace Thomas Eagleton"), except
    // after words that open a clause.
    return /^(?:but|while|as|because|when|that|if|so|since|though|although|whereas|then|also)$/.test(prev);
  };

  const finder: SpeakerFinder = {
    subjectOf(p, cue, from) {
      const text = paragraphs[p]!;
      const mentions = namedBetween(p, Math.max(from, cue.index - CLAUSE_WINDOW), cue.index).filter((m) => m.start >= from && m.end <= cue.index && !m.possessive);
      if (cue.form === 'noun') {
        // "U.S. accusations", "Ottawa's denial": the name right in front of the noun.
        const near = (byParagraph.get(p) ?? []).filter((m) => m.end <= cue.index && cue.index - m.end <= 12).at(-1);
        if (near && /^(?:['’s\s]*|(?:['’s\s]*['’\s])?\w+\s)$/.test(text.slice(near.end, cue.index))) return near.actorId;
        const by = new RegExp(`^\\s*(?:by|from)\\s+(?:the\\s+)?`).exec(text.slice(cue.end));
        if (by) return finder.namedAfter(p, cue.end, cue.end + by[0].length + 40);
        return null;
      }
      if (cue.form === 'according') return finder.namedAfter(p, cue.end, cue.end + 60);
      const region = text.slice(from, cue.index);
      // A participle ("..., calling them") takes the subject of its clause.
      if (cue.participle) {
        // "footage of Trump saying": the name right before the participle.
        const adjacent = (byParagraph.get(p) ?? []).find((m) => m.end <= cue.index && /^\s{1,2}$/.test(text.slice(m.end, cue.index)) && !m.possessive);
        if (adjacent) return adjacent.actorId;
        const intro = INTRO_PHRASE.exec(region);
        const start = from + (intro ? intro[0].length : 0);
        // "where he appeared at a 2014 Senate hearing ... for saying": the nearest pronoun subject.
        const nearPronoun = [...text.slice(start, cue.index).matchAll(/\b(he|she|they)\s+(?!said\b)[a-z]+ed\b/gi)].at(-1);
        if (nearPronoun && !(byParagraph.get(p) ?? []).some((m) => m.start > start + nearPronoun.index && m.end <= cue.index && !m.possessive && !precededByPreposition(text.slice(start, m.start)) && !endsWithNumberAndSpace(text.slice(start, m.start)))) {
          return finder.pronoun(p, start + nearPronoun.index, nearPronoun[1]!);
        }
        // "it attacked Trump, saying ...": a pronoun subject is resolved, not skipped.
        const leading = /^\s*(he|she|it|they)\b/i.exec(text.slice(start, cue.index));
        if (leading) return finder.pronoun(p, start + leading.index, leading[1]!);
        const subject = (byParagraph.get(p) ?? []).find((m) => m.start >= start && m.end <= cue.index && !m.possessive && !precededByPreposition(text.slice(start, m.start)));
        return subject?.actorId ?? null;
      }
      const pronounMatch = matchAtEnd(PRONOUN, region, 32);
      const eligible = mentions.filter((m) => {
        const before = text.slice(from, m.start);
        // "A spokesperson for Examplecorp said": the organisation speaks through its spokesperson.
        return !precededByPreposition(before) || m.start === from || /^\s*(?:an?|the)\s+[^,.;]{0,40}$/i.test(before) && SPOKESPERSON_FOR.test(before);
      });
      let last = eligible.at(-1);
      if (pronounMatch && (!last || last.end <= from + pronounMatch.index)) return finder.pronoun(p, from + pronounMatch.index, pronounMatch[1]!);
      if (!last) return null;
      // "South Korea, a staunch U.S. ally, has raised": the name before the appositive is the subject.
      // Also past a chain of them: "Scott Pruitt, the attorney general of Oklahoma, one of the states suing
      // the EPA, said"; "Michael Mulgrew, president of the union, which represents ..., said".
      const host = eligible.find((m) => m.end <= last!.start && APPOSITIVE_THEN_VERB.test(text.slice(m.end, cue.index)))
        ?? eligible.find((m) => m.end <= last!.start && APPOSITIVE_CHAIN_THEN_VERB.test(text.slice(m.end, cue.index)));
      if (host) last = host;
      // "X praised Y, and promised to ...": the coordinated verb shares the clause's subject.
      const between = text.slice(last.end, cue.index);
      if (matchAtEnd(AND_THEN_VERB, between, 12) && mentions.length > 1) {
        const intro = INTRO_PHRASE.exec(region);
        const start = from + (intro ? intro[0].length : 0);
        const subject = mentions.find((m) => m.start >= start && !precededByPreposition(text.slice(start, m.start)));
        if (subject) return subject.actorId;
      }
      if (between.length > 90 && !/^,[^,]+,\s*$/.test(between)) return null;
      return last.actorId;
    },
    namedAfter(p, offset, limit) {
      const m = (byParagraph.get(p) ?? []).find((x) => x.start >= offset && x.start <= limit);
      if (!m) {
        const text = paragraphs[p]!.slice(offset, limit);
        const pr = /^\s*(?:,\s*)?\b(he|she|they|it)\b/i.exec(text);
        return pr ? finder.pronoun(p, offset + pr.index, pr[1]!) : null;
      }
      // A possessive in front belongs to the real speaker: "said Berg's adviser, Tomas Reyes".
      if (m.possessive) return finder.namedAfter(p, m.end, limit + 40);
      // "said MSNBC host Chris Matthews": the name at the end of the description is the speaker.
      let head = m;
      for (const next of byParagraph.get(p) ?? []) {
        if (next.start <= head.end) continue;
        const gap = paragraphs[p]!.slice(head.end, next.start);
        if (gap.length <= 40 && /^\s+(?:[\p{Ll}-]+\s+){1,4}$/u.test(gap) && actors.get(next.actorId)?.kind === 'person') head = next;
        else break;
      }
      return head.actorId;
    },
    pronoun(p, offset, word) {
      const w = word.toLowerCase();
      // Walk back paragraph by paragraph: the latest subject-position name of a fitting kind is the
      // referent; names in object position ("under President Obama") are passed over.
      // Given names say "he" or "she" only as a hint: a candidate whose name contradicts the pronoun
      // is passed over when someone else fits, and taken when nobody does.
      const contradicts = (m: PlacedMention) =>
        (w === 'he' && nameGender(m.actorId) === 'f') || (w === 'she' && nameGender(m.actorId) === 'm') || ((w === 'it' || w === 'they') && actors.get(m.actorId)?.kind === 'place');
      const search = (strict: boolean) => {
        let found: PlacedMention | undefined;
        let loose: PlacedMention | undefined;
        for (let q = p; q >= Math.max(0, p - 4) && !found; q--) {
          // From the end: the last fitting name in subject position, and the last fitting name at all.
          const names = byParagraph.get(q) ?? [];
          let lastFitting: PlacedMention | undefined;
          for (let k = names.length - 1; k >= 0 && !found; k--) {
            const m = names[k]!;
            if (!((q < p || m.end <= offset) && !m.insideQuote && !m.possessive && fits(m.actorId, w) && !(strict && contradicts(m)))) continue;
            lastFitting ??= m;
            if (isSubject(q, m)) found = m;
          }
          loose ??= lastFitting;
        }
        return { found, loose };
      };
      // Within one sentence a pronoun points back to a person already named in it, even as a
      // possessive: "Oz's dubious advice earned him ..., where he appeared".
      const windowStart = Math.max(0, offset - CLAUSE_WINDOW);
      const sentenceStart = Math.max(windowStart, ...[...paragraphs[p]!.slice(windowStart, offset).matchAll(/[.!?]["')]?\s+/g)].map((x) => windowStart + x.index + x[0].length));
      const inSentence = namedBetween(p, sentenceStart, offset).filter((m) => m.start >= sentenceStart && m.end <= offset && !m.insideQuote && fits(m.actorId, w) && !contradicts(m) && actors.get(m.actorId)?.kind === 'person');
      if ((w === 'he' || w === 'she') && inSentence.length === 1) return inSentence[0]!.actorId;
      const strict = search(true);
      const lenient = strict.found || strict.loose ? strict : search(false);
      const subject = lenient.found;
      const fallback = lenient.loose;
      let recentSpeaker: (typeof speakers)[number] | undefined;
      if (speakersInOrder) {
        // The last speaker before (p, offset), by binary search; none when that one is too far back.
        let lo = 0;
        let hi = speakers.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          const s = speakers[mid]!;
          if (s.p < p || (s.p === p && s.offset < offset)) lo = mid + 1;
          else hi = mid;
        }
        const s = speakers[lo - 1];
        recentSpeaker = s && p - s.p <= 2 ? s : undefined;
      } else {
        for (let k = speakers.length - 1; k >= 0 && !recentSpeaker; k--) {
          const s = speakers[k]!;
          if ((s.p < p || (s.p === p && s.offset < offset)) && p - s.p <= 2) recentSpeaker = s;
        }
      }
      if (recentSpeaker && fits(recentSpeaker.actorId, w) && !contradicts({ actorId: recentSpeaker.actorId } as PlacedMention)) {
        // The last speaker, unless someone else was named as a subject after them.
        if (!subject || subject.paragraph < recentSpeaker.p || (subject.paragraph === recentSpeaker.p && subject.start < recentSpeaker.offset) || subject.actorId === recentSpeaker.actorId) {
          return recentSpeaker.actorId;
        }
      }
      return (subject ?? fallback)?.actorId ?? null;
    },
    noteSpeaker(p, offset, actorId) {
      const last = speakers.at(-1);
      if (last && (p < last.p || (p === last.p && offset < last.offset))) speakersInOrder = false;
      speakers.push({ p, offset, actorId });
    },
  };
  return finder;
}
