/**
 * "He said", "she added", "it warned": the person (or body) a reader would take the pronoun for. The
 * last speaker, unless someone else was named as a subject since; otherwise the latest name in
 * subject position that fits the pronoun's gender and kind, up to four paragraphs back. What the
 * story says of someone ("spokeswoman", "Mrs.") rules them out; a given name only hints. The learned
 * ranker sees this answer as one feature among the other antecedents (attribution/pronouns.ts).
 */
import { actorGender, describedGender } from './attribution/gender.js';
import type { Lexicon } from './lexicon.js';
import type { PlacedMention } from './speakers.js';
import { CLAUSE_WINDOW } from './subject-position.js';
import { startingBetween } from './text-window.js';
import type { Actor } from './types.js';

/** The resolver and the speaker history it reads. */
export interface PronounResolver {
  /** The actor a pronoun at (p, offset) points back to, or null. */
  resolve(p: number, offset: number, word: string): string | null;
  /** Records who spoke, so a later "he said" can find them. */
  noteSpeaker(p: number, offset: number, actorId: string): void;
}

/**
 * "Lund's office issued a statement. ... it said": a person's name owning a body ("office",
 * "campaign", "administration": the lexicon's organisation nouns) is what "it" or "they" stands for.
 */
export function ownsBodyFor(word: string, paragraph: string, m: PlacedMention, actor: Actor | undefined, lex: Lexicon): boolean {
  if (!m.possessive || actor?.kind !== 'person' || !/^(?:it|they)$/i.test(word)) return false;
  const owned = /^\W*(?:s\s+)?(\p{Ll}+)/u.exec(paragraph.slice(m.end, m.end + 30))?.[1];
  return !!owned && lex.orgNouns.has(owned);
}

/** Builds the pronoun resolver over an article's placed mentions (by paragraph, in text order). */
export function createPronounResolver(
  paragraphs: string[],
  byParagraph: Map<number, PlacedMention[]>,
  actors: Map<string, Actor>,
  lex: Lexicon,
  isSubject: (q: number, m: PlacedMention) => boolean,
): PronounResolver {
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
  /** Given-name gender: a hint to choose between people, never a reason to rule one out. */
  const nameGender = (actorId: string): string => {
    const actor = actors.get(actorId);
    // What the story says of them ("widow", "spokeswoman") outweighs what their given name suggests.
    return actor ? actorGender(actor, lex) : 'u';
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

  return {
    resolve(p, offset, word) {
      const w = word.toLowerCase();
      // Walk back paragraph by paragraph: the latest subject-position name of a fitting kind is the
      // referent; names in object position ("under President Obama") are passed over.
      // Given names say "he" or "she" only as a hint: a candidate whose name contradicts the pronoun
      // is passed over when someone else fits, and taken when nobody does.
      const contradicts = (m: PlacedMention) =>
        (w === 'he' && nameGender(m.actorId) === 'f') ||
        (w === 'she' && nameGender(m.actorId) === 'm') ||
        ((w === 'it' || w === 'they') && actors.get(m.actorId)?.kind === 'place');
      const search = (strict: boolean) => {
        let found: PlacedMention | undefined;
        let loose: PlacedMention | undefined;
        for (let q = p; q >= Math.max(0, p - 4) && !found; q--) {
          // From the end: the last fitting name in subject position, and the last fitting name at all.
          const names = byParagraph.get(q) ?? [];
          let lastFitting: PlacedMention | undefined;
          for (let k = names.length - 1; k >= 0 && !found; k--) {
            const m = names[k]!;
            const owner = ownsBodyFor(w, paragraphs[q]!, m, actors.get(m.actorId), lex);
            if (!((q < p || m.end <= offset) && !m.insideQuote && ((!m.possessive && fits(m.actorId, w)) || owner) && !(strict && !owner && contradicts(m))))
              continue;
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
      const sentenceStart = Math.max(
        windowStart,
        ...[...paragraphs[p]!.slice(windowStart, offset).matchAll(/[.!?]["')]?\s+/g)].map((x) => windowStart + x.index + x[0].length),
      );
      const inSentence = namedBetween(p, sentenceStart, offset).filter(
        (m) =>
          m.start >= sentenceStart && m.end <= offset && !m.insideQuote && fits(m.actorId, w) && !contradicts(m) && actors.get(m.actorId)?.kind === 'person',
      );
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
        if (
          !subject ||
          subject.paragraph < recentSpeaker.p ||
          (subject.paragraph === recentSpeaker.p && subject.start < recentSpeaker.offset) ||
          subject.actorId === recentSpeaker.actorId
        ) {
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
}
