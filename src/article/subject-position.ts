/**
 * Whether a name stands in subject position: "Berg said", "In January, Berg", "Berg's trade adviser,
 * Tomas Reyes", "said Berg." are subjects; "under Berg", "investigating his wife, Ann", "said Berg
 * doesn't" are not. The speaker rules and the pronoun resolver both ask it.
 */
import { ENDS_NAME } from './actors.js';
import type { Lexicon } from './lexicon.js';
import { ROLE_MODIFIERS } from './roles.js';
import type { PlacedMention } from './speakers.js';
import type { Actor } from './types.js';
import { verbClasses } from './verb-forms.js';

/** An opening phrase before the subject: "In January, Berg ...", "According to the ministry, ...". */
const INTRO_PHRASE =
  /^(?:in|on|at|after|before|during|ahead of|as|while|when|since|despite|amid|following|for|with|under|over|by|meanwhile|however|still|yet|instead|later|earlier|now|then|today|yesterday|also|separately|previously|last|this|next|according to)\b[^,]*,\s*/i;
/**
 * An opening participle phrase before the subject: "Speaking to reporters, Berg ...", "Quoting his own
 * column, Berg ...", "Asked about the deal, Berg ...", "Warned of the storm, Berg ...". Case
 * matters (a name such as "Manning" ends in "-ing" too), so the next word is in lower case and is no verb
 * of the name's own ("Manning said").
 */
const PARTICIPLE_PHRASE =
  /^(?:(?!(?:Any|Every|No|Some)thing\b)[A-Z][a-z]+ing\s+(?!(?:said|says|told|tells|is|was|has|had|will|would|did|does|can|could)\b|[a-z]+ed\b)[a-z$\d]|(?:Asked|Pressed|Questioned|Reached|Contacted|Interviewed|Told|Challenged|Confronted)\s+[a-z]|[A-Z][a-z]{2,}ed\s+(?:by|with|of|about|on|at|for|from|after|that|whether)\s)[^,]*,\s*/;

/** The length of the opening phrase before a clause's subject ("In January, ", "Speaking to reporters, "), 0 when none. */
export function introLength(clause: string): number {
  return (INTRO_PHRASE.exec(clause) ?? PARTICIPLE_PHRASE.exec(clause))?.[0].length ?? 0;
}

/** A finite verb right after a name: "said", "told", "announced", "warns". */
const CLAUSE_VERB_AFTER = /^\s+(?:(?:has|had|also)\s+)?(?:said|told|wrote|spoke|\p{Ll}+ed|\p{Ll}+s)\b/u;

/** How far back a clause start is looked for; longer clauses are cut there. */
export const CLAUSE_WINDOW = 2000;

/** A possessive that opens a description: "The ward's", "Northline Rail's", "the workers'", "its". */
const POSSESSIVE_WORD = /^(?:\p{L}[\p{L}.&-]*(?:['’]s|s['’])|its|his|her|their)$/iu;
/** Words of a clause that make it more than a description: verbs, and prepositions that open a place or an object. */
const NOT_DESCRIPTION_WORD =
  /^(?:is|was|are|were|has|have|had|be|been|will|would|can|could|told|met|from|to|with|by|into|against|after|before|on|in|at|and|or|but)$|(?:ed|ing)$/;

/**
 * "The ward's senior nurse, X", "Northline Rail's operations director, X", "Clearway's head of HR, X":
 * a possessive, then up to six words naming a role (a role noun among them, no verb), before the
 * comma: the description of the person named after it, so the name is the sentence's subject.
 */
function isPossessedRole(clause: string, lex: Lexicon): boolean {
  const words = clause.split(/\s+/).filter(Boolean);
  const owner = words.findIndex((w) => POSSESSIVE_WORD.test(w));
  if (owner < 0 || owner > 2 || words.length - owner > 7) return false;
  if (!words.slice(0, owner).every((w) => /^(?:the|a|an)$/i.test(w) || /^\p{Lu}/u.test(w))) return false;
  const role = words.slice(owner + 1);
  return (
    role.some((w) => lex.roleNouns.has(w.toLowerCase())) &&
    role.every((w) => /^\p{Lu}/u.test(w) || (!NOT_DESCRIPTION_WORD.test(w.toLowerCase()) && !lex.speechVerbs.has(w.toLowerCase())))
  );
}

/** Builds the subject-position test for an article. */
/**
 * "Nordland Gov. Ivo Tarn", "Acme chief executive Jane Roe": a place or a body right before a title
 * and a name is the title's, never the subject of the clause (the person is).
 */
export function modifiesTitledName(text: string, m: PlacedMention, actors: Map<string, Actor>, lex: Lexicon): boolean {
  if (actors.get(m.actorId)?.kind === 'person') return false;
  const title = /^\s+((?:[\p{L}.'-]+\s+){1,3}?)\p{Lu}/u.exec(text.slice(m.end, m.end + 60))?.[1];
  const isTitleWord = (w: string) => [lex.titles, lex.honorifics, lex.roleNouns, ROLE_MODIFIERS].some((words) => words.has(w.toLowerCase()));
  return !!title && title.trim().split(/\s+/).every(isTitleWord);
}

export function createSubjectTest(paragraphs: string[], actors: Map<string, Actor>, lex: Lexicon): (q: number, m: PlacedMention) => boolean {
  /** A name in subject position: not after a preposition, a determiner or a verb. */
  return (q, m) => {
    const text = paragraphs[q]!;
    if (modifiesTitledName(text, m, actors, lex)) return false;
    const words = text
      .slice(Math.max(0, m.start - 80), m.start)
      .trimEnd()
      .split(/\s+/)
      .filter(Boolean);
    // Skip the description in front of the name: "South Korean leader", "former Gov.", "Nordland Sen."
    // (an abbreviated title's full stop ends no sentence).
    let k = words.length - 1;
    while (
      k >= 0 &&
      (/^\p{Lu}/u.test(words[k]!) ||
        lex.roleNouns.has(words[k]!.toLowerCase()) ||
        lex.titles.has(words[k]!.toLowerCase()) ||
        ROLE_MODIFIERS.has(words[k]!.toLowerCase())) &&
      (!/[,.;:]$/.test(words[k]!) || (/\.$/.test(words[k]!) && lex.honorifics.has(words[k]!.toLowerCase())))
    )
      k--;
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
      const clause = text
        .slice(Math.max(0, m.start - CLAUSE_WINDOW), m.start)
        .split(/[.;:!?]\s+|"\s*/)
        .at(-1)!
        .replace(/,\s*$/, '');
      if (introLength(`${clause}, `) > 0) return true;
      if (isPossessedRole(clause, lex)) return true;
      // "..., its director, Kari Vold, said.": the description after the content's comma, the name, then the verb.
      const segment = clause.slice(clause.lastIndexOf(',') + 1);
      const verb = /^,\s*(\p{Ll}+)/u.exec(following)?.[1];
      if (segment !== clause && verb && lex.speechVerbs.has(verb) && isPossessedRole(segment, lex)) return true;
      return clause
        .split(/\s+/)
        .filter(Boolean)
        .every(
          (w) =>
            /^\p{Lu}/u.test(w) ||
            /^(?:the|a|an|his|her|their|its|and|but|another|one|first|second|third|fourth|fifth|last|latest)$/i.test(w) ||
            lex.roleNouns.has(w.toLowerCase()) ||
            lex.titles.has(w.toLowerCase()) ||
            ROLE_MODIFIERS.has(w.toLowerCase()) ||
            /,$/.test(w),
        );
    }
    // "said X." and "said X of the Farm Bureau" name the speaker; "said X doesn't ..." opens what was said.
    if (prev === 'according' || verbClasses().inverted.has(prev)) return ENDS_NAME.test(text.slice(m.end, m.end + 80));
    // ", and X said": "and" after a comma opens a clause of its own ("met X and Y" does not).
    if (prev === 'and' && /,$/.test(words[k - 1] ?? '')) return true;
    // "hours after Berg said": a preposition that is a conjunction as well opens a clause when a verb follows the name.
    if (/^(?:after|before|until)$/.test(prev) && CLAUSE_VERB_AFTER.test(text.slice(m.end, m.end + 40))) return true;
    // After any other lowercase word the name is an object ("to replace Thomas Eagleton"), except
    // after words that open a clause.
    return /^(?:but|while|as|because|when|that|if|so|since|though|although|whereas|then|also)$/.test(prev);
  };
}
