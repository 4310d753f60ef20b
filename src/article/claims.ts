/**
 * Claims: what each source said, accused, denied, promised, warned or urged, quoted or not, worded
 * as the article words it, with its kind taken from the cue. Every attributed statement gives one:
 * a reporting verb or noun with its source ("Berg denied that ..."), a trailing attribution ("The
 * deal is done, the minister said."), and a quote with its speaker ('"We will not pay," Berg said').
 */
import {
  accordingSplit,
  forecastsAmount,
  isDiscovery,
  isNaming,
  isNegated,
  isRulesNoun,
  isNounInPhrase,
  isPassive,
  isTelling,
  lacksComplement,
  trailingAttribution,
} from './claim-shapes.js';
import { CLAUSE_SOON, type Cue, type CueFinder } from './cues.js';
import { readDateline } from './dateline.js';
import { inflect, readReportingVerbs, verbClasses } from './verb-forms.js';
import type { Sentence } from './sentences.js';
import type { SpeakerFinder } from './speakers.js';
import { countWords, hasPieces, insideAny, lastPiece, startingBetween, startOfLastWords, trimChars } from './text-window.js';
import type { Claim, ClaimKind, Quote } from './types.js';

export interface ClaimContext {
  paragraphs: string[];
  sentences: Sentence[][];
  cues: CueFinder;
  speakers: SpeakerFinder;
  /** Ranges inside quotation marks per paragraph, where cues belong to the speaker's words. */
  quoted: Array<Array<[number, number]>>;
  /** Other actors coordinated with a source ("Brazil and Chile say"). */
  coSources: (paragraph: number, sourceStart: number, cueIndex: number) => string[];
  /**
   * The one person of the story who holds a role ("chief executive"), when a description is all a
   * claim's sentence gives ("..., the fund's chief executive said") and the story names them elsewhere.
   */
  holderOf?: (role: string) => string | null;
  /** Told where each claim stood (its sentence and cue), for the stage after (relays). */
  placed?: (claim: Claim, sentence: Sentence, cue: Cue) => void;
}

// Paragraphs are single-spaced (layout.ts joins every run of whitespace into one space), so the
// patterns below that read paragraph text match one space where a run of them could be ambiguous.
const LEAD_IN = /^(?: ?(?:on|last|this|next) \p{L}+| ?in (?:a|an|the) [^,]{0,40}?(?= (?:that|it|he|she|they)\b)| ?(?:late|early) \p{L}+)? ?(?:, ?)?(?:that )?/u;
/** An adjunct and a colon before a quote, after the verb: " after the hearing: ". */
const COLON_LEAD = /^\s*(?:after|before|during|at|in|on|outside|later|earlier|afterwards|then|while|when)\b[^":,]{0,40}:\s*(?=")/;
/** How many claims of one source and paragraph either side a claim is compared with for overlap. */
const COMPARED_CLAIMS = 300;
/**
 * Present forms of the reporting verbs ("accuse", "accuses") to their past ("accused"): a claim that
 * opens with its verb is shown after its source's name, which may not agree in number with the
 * article's subject ("Seoul and Tokyo accuse" shown as "Seoul accused").
 */
const PAST_OF_PRESENT = (() => {
  const map = new Map<string, string>();
  for (const lemma of Object.values(readReportingVerbs().verbs).flat()) {
    if (lemma.includes(' ')) continue;
    const forms = inflect(lemma);
    const past = forms.find((f) => f !== lemma && !f.endsWith('s') && !f.endsWith('ing'));
    if (!past) continue;
    for (const present of forms.filter((f) => f === lemma || (f.endsWith('s') && !f.endsWith('ss')))) if (!map.has(present)) map.set(present, past);
  }
  return map;
})();
/** The past tense of a present form of a reporting verb, keeping its capital; other words as they are. */
const pastTense = (verb: string) => {
  const past = PAST_OF_PRESENT.get(verb.toLowerCase());
  return past ? (/^\p{Lu}/u.test(verb) ? past[0]!.toUpperCase() + past.slice(1) : past) : verb;
};
/** A verb that says only that words were said ("said", "added"), or its participle (", saying ...", ", adding that ..."). */
const neutralVerb = (verb: string) =>
  verbs.neutral.has(verb) || (verb.endsWith('ing') && (verbs.neutral.has(verb.slice(0, -3)) || verbs.neutral.has(`${verb.slice(0, -3)}e`)));
/** Claims longer than this (a sentence that never ends) are cut at a word: output stays bounded. */
const CLAIM_MAX = 1000;

/**
 * Whom "told" addresses, which is no part of what was told: "told Reuters", "told reporters in Bergen
 * that", "told staff on Monday", "told a radio station" (a determiner and up to two words, none of
 * them another determiner, a pronoun that opens what was told or a preposition), and where they were
 * ("told a town meeting in Tarrow, Ohio, that").
 */
const ADDRESSEE =
  /^ (?:reporters|journalists|lawmakers|parliament|staff|employees|workers|members|supporters|officials|investors|colleagues|residents|voters|delegates|him|her|them|us|me|(?:the|a|an|his|her|its|their) (?:(?!(?:the|a|an|that|it|he|she|they|this|his|her|in|at|on|to|for|with|from|about)\b)[\p{Ll}-]+ )?(?!(?:the|a|an|that|it|he|she|they|this|his|her|in|at|on|to|for|with|from|about)\b)[\p{Ll}-]+|[\p{Lu}][\p{L}'.-]*(?: [\p{Lu}][\p{L}'.-]*){0,3})(?: (?:in|at|on) [\p{Lu}][\p{L}'.-]*(?: [\p{Lu}][\p{L}'.-]*){0,2}(?:, [\p{Lu}][\p{L}'.-]*(?: [\p{Lu}][\p{L}'.-]*)?)?)?(?: that)?(?=[ :,])/u;

/** What follows a verb when it opens a clause: up to four words, then an auxiliary or a modal ("the river would"). */
const CLAUSE_AFTER_VERB = /^\s+(?:[^\s,.;:"]+\s+){1,4}(?:would|will|could|can|must|should|may|might|had|has|have|was|were|is|are|did|does|do)\b/;

/** The lexicon's saying verbs: which can follow what was said ("..., said Marek Olsen"), which only report it (a claim reads well without them). */
const verbs = verbClasses();

const clean = (s: string) => trimChars(s.replace(/\s+/g, ' '), (c) => /[\s,:;-]/.test(c));
const words = countWords;
/** At most CLAIM_MAX characters from the start of `text`, ending at a word. */
const capStart = (text: string) => (text.length <= CLAIM_MAX ? text : text.slice(0, text.lastIndexOf(' ', CLAIM_MAX) + 1 || CLAIM_MAX));
/** At most CLAIM_MAX characters from the end of `text`, starting at a word. */
const capEnd = (text: string) => (text.length <= CLAIM_MAX ? text : text.slice(text.indexOf(' ', text.length - CLAIM_MAX) + 1 || text.length - CLAIM_MAX));
/** How many periods end `text`. */
const trailingDots = (text: string) => {
  let k = text.length;
  while (k > 0 && text[k - 1] === '.') k--;
  return text.length - k;
};
/** `/,\s*$/.test(text)` without scanning the whole text. */
const endsWithComma = (text: string) => text.trimEnd().endsWith(',');
/** Words in what follows a cue, without the sentence's final mark: at most `max + 1` are counted. */
const wordsUpTo = (tail: string, max: number) => {
  const trimmed = tail.trimEnd();
  const body = /[.!?]$/.test(trimmed) ? tail.slice(0, trimmed.length - 1) : tail;
  let count = 0;
  for (const _ of body.matchAll(/\S+/g)) if (++count > max) break;
  return Math.max(1, count);
};

/** Finds the claims of an article. */
export function extractClaims(ctx: ClaimContext): Claim[] {
  const claims: Claim[] = [];
  ctx.paragraphs.forEach((paragraph, p) => {
    const inQuote = insideAny(ctx.quoted[p] ?? []);
    const paragraphCues = ctx.cues.find(paragraph);
    for (const sentence of ctx.sentences[p]!) {
      // The cues are in text order: those of this sentence are found by binary search.
      const cues = startingBetween(paragraphCues, sentence.start, sentence.end, (c) => c.index).filter((c) => c.end <= sentence.end && !inQuote(c.index));
      // "A said ..., B testified.": B's words hold A's; the cues inside them are B's report, not claims of their own.
      const found = trailingAttribution(paragraph, sentence.start, sentence.end, cues);
      // An inverted one ("..., said Jon Pell.") counts only with a source named after its verb.
      const invertedSource = found?.inverted ? ctx.speakers.namedAfter(p, found.cue.end, found.cue.end + 40) : null;
      const trailing = found?.inverted && !invertedSource ? null : found;
      if (trailing) {
        const sourceId =
          invertedSource ??
          ctx.speakers.subjectOf(p, trailing.cue, trailing.subjectFrom) ??
          ctx.speakers.namedAfter(p, trailing.cue.end, trailing.cue.end + 40) ??
          describedHolder(ctx, paragraph.slice(trailing.subjectFrom, trailing.cue.index));
        // A story's first sentence opens with its dateline ("PORTVALE (Reuters) -"), which nobody said.
        // (A state's abbreviation in it may have ended the story's first sentence: "MILLBROOK, Ark. (KMBK) — ...".)
        const dateline = sentence.start === 0 ? null : p === 0 && sentence.start < 60 ? readDateline(paragraph) : null;
        const said =
          sentence.start === 0
            ? trailing.content.slice(readDateline(trailing.content)?.length ?? 0)
            : dateline && dateline.length > sentence.start
              ? trailing.content.slice(dateline.length - sentence.start)
              : trailing.content;
        const text = finish(clean(capEnd(said)));
        if (sourceId && words(text) >= 3) {
          claims.push({ sourceId, sourceText: '', text, kind: trailing.cue.kind, cue: trailing.cue.text, paragraph: p, coSourceIds: [] });
          ctx.placed?.(claims.at(-1)!, sentence, trailing.cue);
        }
      }
      cues.forEach((cue, k) => {
        if (trailing && cue.index <= trailing.cue.index) return;
        const claim = claimAt(ctx, p, sentence, cues, k);
        if (claim) {
          claims.push(claim);
          ctx.placed?.(claim, sentence, cue);
        }
      });
    }
  });
  return withoutOverlaps(claims);
}

/** A source given only by its post: "the fund's chief executive", "its spokeswoman", "the company's finance director". */
const DESCRIBED_SOURCE = /^\s*(?:[Tt]he\s+)?(?:[\p{L}-]+(?:'s|’s|s'|s’)\s+|[Ii]ts\s+|[Tt]heir\s+)((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s*$/u;

/** The person a post names ("..., the fund's chief executive said"), when the story gives that post to one person. */
function describedHolder(ctx: ClaimContext, subject: string): string | null {
  const role = DESCRIBED_SOURCE.exec(subject)?.[1];
  return role && ctx.holderOf ? ctx.holderOf(role) : null;
}

/** What a saying verb's words are when they hold nothing said: a time, a pronoun, nothing. */
const NOTHING_SAID =
  /^(?:(?:that|this|so|it)\s*)?(?:(?:on|last|this|next|early|late|later|earlier) \p{L}+|yesterday|today|tonight|again|too|as well|little|nothing|more|much|less|otherwise|so|no more|little more|nothing more|nothing else)?[.!]?$/iu;

/** How far after a cue the same speaker's next verb ("... and warned that") is looked for. */
const CLOSING_REACH = 400;

/** The claim a cue introduces in its sentence, or null when it introduces none. */
/** ", but engineer Piet Smeal " at the end of a claim: a second speaker named before a verb of their own. */
const OTHER_SPEAKER_AFTER = /,\s(?:but|and|while|whereas)\s(?:\p{Ll}+\s){0,3}\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2}\s?$/u;

/**
 * "and warned that ", "and has promised to ": the same speaker's next verb after a conjunction. A modal
 * after the conjunction ("said it was disappointed and would consider an appeal") goes on with what
 * was said: the verb after it is the reported clause's, not the speaker's; so does a second "that" ("said A
 * and that they expected B": both clauses are what was said).
 */
const MODALS = 'would|will|could|can|might|may|should|must|shall';
const SAME_SPEAKER_NEXT = new RegExp(`\\b(?:but|and|while)\\s+(?!(?:${MODALS}|that)\\b)(?:\\p{L}+\\s+){0,2}$`, 'u');
/** "while the mayor ", ", the mayor also ": a clause's subject described by a post, just before its verb. */
const UNLINKED_SUBJECT =
  /(?<=(?:^|,|\b(?:while|whereas|but|and))\s)the\s((?:[\p{Ll}-]+\s){0,2}[\p{Ll}-]+)\s(?:(?:also|later|then|has|had|quickly|immediately)\s)?$/u;
/** A participle cue right after "of": "accused them of adding ...", "the step of announcing ...". */
const gerundAfterOf = (paragraph: string, cue: Cue) => !!cue.participle && /\bof\s$/.test(paragraph.slice(Math.max(0, cue.index - 4), cue.index));

/** ", a claim the council disputed", ", an assertion that others deny": a note on the claim closing it. */
const DISPUTED_AFTER =
  /,\s(?:a|an)\s(?:claim|charge|allegation|assertion|accusation|statement|view|figure|account|version)\s(?:that\s)?(?:[\p{L}'’-]+\s){1,6}(?:disputed|disputes|denied|denies|deny|rejected|rejects|reject|dismissed|dismisses|contested|contests|contradicted|questioned)\b.*$/u;
/** ", who has ", ", which had repeatedly ": a relative clause set off by commas opening before the cue. */
const RELATIVE_ASIDE = /,\s+(?:who|which)\s+(?:(?:has|have|had|was|is|were|are|also|repeatedly|previously|long|\p{Ll}+ly)\s+){0,3}$/u;
/** "and would ", "but could not ": a modal after a conjunction, before the verb it goes on with. */
const MODAL_AFTER_CONJUNCTION = new RegExp(`\\b(?:and|but)\\s+(?:${MODALS})\\s+(?:not\\s+|also\\s+)?$`);

function claimAt(ctx: ClaimContext, p: number, sentence: Sentence, cues: Cue[], k: number): Claim | null {
  const paragraph = ctx.paragraphs[p]!;
  const cue = cues[k]!;
  const next = cues[k + 1];
  const tail = paragraph.slice(cue.end, sentence.end);
  const head = paragraph.slice(sentence.start, cue.index);
  // "quoted Berg as saying", "was quoted by the agency as saying": the words are the one quoted's.
  const quotedAs = cue.form === 'verb' && /^quot/i.test(cue.text) ? /^ (.{1,60}?) as say(?:ing|s)\b/.exec(tail) : null;
  if (quotedAs) return quotedAsClaim(ctx, p, sentence, cue, head, tail, quotedAs);
  // "The pier will reopen, Radio Nord reported, citing the port": what was reported comes before.
  if (cue.form === 'verb' && /^, citing /.test(tail) && head.lastIndexOf(',') > 0) {
    const sourceId = ctx.speakers.subjectOf(p, cue, sentence.start);
    const text = finish(clean(head.slice(0, head.lastIndexOf(','))));
    return sourceId && words(text) >= 3 ? { sourceId, sourceText: '', text, kind: cue.kind, cue: cue.text, paragraph: p, coSourceIds: [] } : null;
  }
  if (
    lacksComplement(cue, tail) ||
    isNounInPhrase(cue, head, tail) ||
    isNegated(cue, head) ||
    isNaming(cue, head, tail) ||
    isDiscovery(cue, tail) ||
    isRulesNoun(cue)
  )
    return null;
  // "said it was disappointed and would consider an appeal": a verb after a modal that goes on with
  // another verb's reported clause is part of what was said there, no claim of its own.
  const before = cues[k - 1];
  if (cue.form === 'verb' && before?.form === 'verb' && before.index >= sentence.start && MODAL_AFTER_CONJUNCTION.test(paragraph.slice(before.end, cue.index)))
    return null;
  // "The audit report states that ...", "the report was released": a word right before a verb is its
  // subject (a noun however it reads), no cue.
  const subjectOfNext =
    next?.form === 'verb' && /s$/.test(next.text) && !/(?:ed|ing|said|told|wrote)$/i.test(cue.text) && /^\s+$/.test(paragraph.slice(cue.end, next.index));
  if (subjectOfNext || (cue.form === 'noun' && /^\s+(?:is|was|were|are|has|had|have|will)\b/.test(tail))) return null;
  // "accused them of adding new demands": a gerund after "of" with no clause after it is what was done.
  if (gerundAfterOf(paragraph, cue) && !CLAUSE_SOON.test(tail) && !/^\s*(?:[,:]\s*)?"/.test(tail)) return null;
  // "pleaded guilty", "pleaded not guilty to": a plea in court, no call.
  if (/^plead/i.test(cue.text) && /^\s+(?:not\s+)?guilty\b|^\s+no\s+contest\b/i.test(tail)) return null;
  // "Democratic state Sen. Raman", "Ohio state Rep. Tull": "state" before a title or a name is no verb.
  if (/^states?$/i.test(cue.text) && /^\s+\p{Lu}/u.test(tail)) return null;
  // "X, who wrote the bill, said ...": a relative clause before the sentence's own verb reports nothing.
  if (next && next.form === 'verb' && /^(?:who|which)$/i.test(lastPiece(head.trimEnd()))) return null;
  // "quoted X as saying ...": the quoting cue below carries it.
  if (/^say/i.test(cue.text) && /\bas\s+$/.test(head.slice(startOfLastWords(head, 1)))) return null;
  // "resisting what he said was pressure": a reported aside inside another claim.
  if (/\bwhat (?:he|she|they|it|\p{Lu}\S*) $/u.test(head.slice(startOfLastWords(head, 2)))) return null;
  // Attribution of a quote ('," Berg said in the article'): the quote is the claim (claimsFromQuotes).
  // ('," Berg said, adding that ...': what the participle adds is a claim of its own.)
  const addsToQuote = cue.participle && k > 0 && /, $/.test(head) && !/",? ?$/.test(head);
  if (!addsToQuote && /[,.!?]" ?,? ?(?:\S+(?: \S+){0,6} )?$/.test(head.slice(startOfLastWords(head, 10)))) return null;
  if (isPassive(cue, head, tail)) return passiveClaim(ctx, p, sentence, cue, tail);
  // Inverted attribution ends the sentence: "The deal is the largest in years, said Marek Olsen, ...".
  const shortTail = () => wordsUpTo(tail, 12) <= 12 || /^\s+(?:\S+\s+){0,5}?\S+,/.test(tail);
  // "Radio Nord, citing the port, said Berg told ...": an aside naming a source, not the words said.
  const citingAside = () => /\bciting\b[^,]*,\s*$/.test(head.slice(startOfLastWords(head, 10)));
  // "X, an analyst at the institute, said the river would peak": the words after the verb are a
  // clause of their own (a subject and its auxiliary), so what came before was the speaker, not what was said.
  const clauseAfter = () => CLAUSE_AFTER_VERB.test(tail);
  const inverted =
    cue.form === 'verb' &&
    verbs.inverted.has(cue.text.toLowerCase()) &&
    endsWithComma(head) &&
    /^\s+(?:\p{Lu}|the\s|a\s|an\s)/u.test(tail) &&
    shortTail() &&
    hasPieces(head, 4) &&
    !citingAside() &&
    !clauseAfter();
  let sourceId: string | null;
  let text: string;
  // The name must follow the verb at once; otherwise "X, a ..., said the river was low" is plain.
  const invertedSource = inverted ? ctx.speakers.namedAfter(p, cue.end, cue.end + 30) : null;
  if (invertedSource) {
    sourceId = invertedSource;
    const trimmed = head.trimEnd();
    text = clean(capEnd(trimmed.endsWith(',') ? trimmed.slice(0, -1) : head));
  } else {
    sourceId = sharedSubject(ctx, p, sentence, cues, k) ?? ctx.speakers.subjectOf(p, cue, sentence.start) ?? (k === 0 ? describedHolder(ctx, head) : null);
    // "..., while the mayor urged calm": a description the story links to no one is the subject, so
    // the speaker is whoever holds that post, or no one the text names (not the last name before it).
    const unlinked = UNLINKED_SUBJECT.exec(head.slice(-60));
    if (unlinked && sourceId && !ctx.speakers.namedAfter(p, cue.index - unlinked[0].length, cue.index - 1)) sourceId = ctx.holderOf?.(unlinked[1]!) ?? null;
    // "..., but engineer Piet Smeal testified that ...": another speaker, named, with a verb of their
    // own; "said the survey would take weeks and warned that ...": the same speaker's next verb, past
    // a verb inside what was said ("expected").
    const ends = (c: Cue) =>
      c.form === 'verb' &&
      c.index > cue.end &&
      // ("accused them of lying and of adding demands": a gerund after "of" goes on with this claim.)
      !gerundAfterOf(paragraph, c) &&
      (SAME_SPEAKER_NEXT.test(paragraph.slice(cue.end, c.index)) || OTHER_SPEAKER_AFTER.test(paragraph.slice(cue.end, c.index)));
    // (Only verbs right after "and"/"but", within a few hundred characters: a sentence that never ends costs no more.)
    // "told staff that the line would close, saying orders had fallen": a participle after a comma is
    // the same speaker's next claim, no part of this one.
    const participleNext = (c: Cue) => c.form === 'verb' && !!c.participle && c.index > cue.end && /,\s*$/.test(paragraph.slice(c.index - 3, c.index));
    const closing =
      next && (ends(next) || participleNext(next))
        ? next
        : cues.slice(k + 1, k + 8).find(
            (c) =>
              c.index - cue.end <= CLOSING_REACH &&
              c.index < sentence.end &&
              // ("denied the accusation, saying ...": past a noun cue, the participle still closes it.)
              ((/\b(?:but|and)\s+$/.test(paragraph.slice(c.index - 5, c.index)) && ends(c)) || participleNext(c)),
          );
    // "X said A, and B, according to the centre.": B is the centre's, so X's words end before it.
    const according = cue.form === 'verb' ? cues.slice(k + 1).find((c) => c.form === 'according' && c.index < sentence.end) : undefined;
    const handedOn = according ? accordingSplit(paragraph, cue.end, according, sentence.end) : null;
    let stop = closing ? closing.index : (handedOn?.before ?? sentence.end);
    // "Rask, who has denied any wrongdoing, resigned on Friday": what a relative clause reports ends with it.
    const asideEnd = RELATIVE_ASIDE.test(head.slice(-60)) ? paragraph.indexOf(',', cue.end) : -1;
    if (asideEnd > 0 && asideEnd < stop) stop = asideEnd;
    let body = capStart(paragraph.slice(cue.end, stop));
    // A trailing "but"/"and"/"while" and up to two words: only the last three words can match.
    const lastWords = Math.max(0, startOfLastWords(body, 3) - 1);
    body = body.slice(0, lastWords) + body.slice(lastWords).replace(/ (?:but|and|while) (?:\p{L}+ ){0,2}$/u, '');
    // "..., a claim the council disputed": the reporter's note on what was said is no part of it.
    body = body.replace(DISPUTED_AFTER, '');
    // The other speaker's name before their own verb ("..., but engineer Piet Smeal") is no part of it.
    if (stop !== sentence.end) body = body.replace(OTHER_SPEAKER_AFTER, '');
    // "According to X, the company must ...": what follows the source is the claim.
    if (cue.form === 'according') body = body.replace(/^[^,]{1,120},\s*/, '');
    // "478 had been completed by March, according to the agency.": the source closes the sentence, so
    // what it says came before it.
    if (cue.form === 'according' && /,\s*$/.test(head) && words(head) >= 3 && !/,/.test(paragraph.slice(cue.end, sentence.end))) {
      // After another source's verb in the sentence, only the clause joined on after it is the body's.
      const earlier = cues.slice(0, k).find((c) => c.form === 'verb');
      const split = earlier ? accordingSplit(paragraph, earlier.end, cue, sentence.end) : null;
      body = split ? paragraph.slice(split.after, cue.index) : head;
    }
    if (isTelling(cue)) body = body.replace(ADDRESSEE, '');
    // "posted on social media that ...": where it was posted is no part of what was said.
    if (cue.form === 'verb' && verbs.needsClause.has(cue.text.toLowerCase()) && neutralVerb(cue.text.toLowerCase())) body = body.replace(CLAUSE_SOON, '');
    if (cue.form === 'noun') body = body.replace(/^ ?(?:that|of|by [^,]+? that) /, '').replace(/^\s*(?:from|by)\s+[^,]{1,80},\s*/, '');
    // 'said after the hearing: "This was ..."': the words after the colon are what was said.
    text = clean(body.replace(LEAD_IN, '').replace(COLON_LEAD, ''));
    // "vowed to deepen trade", "warned that the reef ...": a verb that says more than "said" stays,
    // with the words that follow it as they stand.
    if (cue.form === 'verb' && !neutralVerb(cue.text.toLowerCase())) text = clean(`${pastTense(cue.text)} ${body}`);
    // "Olde said that on Monday" after a quote: nothing said but a time, no claim of its own.
    else if (words(text) < 3 && NOTHING_SAID.test(text)) return null;
    else if (words(text) < 3) text = clean(`${cue.text} ${text}`);
  }
  const worded = finish(text);
  if (!sourceId || words(worded) < 2) return null;
  if (/^"[^"]*"?$/.test(text.trim()) && worded.length < 3) return null;
  return {
    sourceId,
    sourceText: '',
    text: worded,
    kind: forecastsAmount(cue, tail) ? 'prediction' : reportedKind(paragraph, cue, next),
    cue: cue.text,
    paragraph: p,
    coSourceIds: ctx.coSources(p, sentence.start, cue.index).filter((id) => id !== sourceId),
  };
}

/** Kinds of what a source does in saying it (an opinion it holds, "expected", stays a statement). */
const SPEECH_ACTS = new Set<ClaimKind>(['warning', 'accusation', 'denial', 'promise', 'demand', 'call', 'prediction']);

/**
 * A pronoun, or a body named by "the" and a noun, and its auxiliary between "said" and a verb of its
 * own: "said it had ", "says they will ", "said the company " (a lawyer reporting the client's denial).
 */
const OWN_VERB_BETWEEN =
  /^\s+(?:that\s+)?(?:it|he|she|they|we|I|the\s+(?:company|firm|agency|government|ministry|council|board|club|union|department))\s+(?:(?:had|has|have|would|will|was|were|is|are|did)\s+)?(?:already\s+|also\s+|repeatedly\s+)?$/;

/**
 * The kind of a claim: its cue's, or where a neutral "said" reports the source's own speech act
 * ("The union said it had warned the company that ..."), that act's kind.
 */
function reportedKind(paragraph: string, cue: Cue, next: Cue | undefined): ClaimKind {
  if (cue.form !== 'verb' || !verbs.neutral.has(cue.text.toLowerCase()) || !next || next.form !== 'verb' || !SPEECH_ACTS.has(next.kind)) return cue.kind;
  // "said she would appeal the ruling": a verb that reports nothing there (a court's appeal) names no act.
  if (lacksComplement(next, paragraph.slice(next.end, next.end + 80))) return cue.kind;
  return OWN_VERB_BETWEEN.test(paragraph.slice(cue.end, next.index)) ? next.kind : cue.kind;
}

/**
 * The source of an earlier cue that `cues[k]` shares a subject with: "The union said most members
 * would return but warned that ...", "Berg called the plan a mistake and urged ..." (a verb right
 * after "but"/"and", with no subject of its own, is the first verb's subject's). Null otherwise.
 */
function sharedSubject(ctx: ClaimContext, p: number, sentence: Sentence, cues: Cue[], k: number): string | null {
  const cue = cues[k]!;
  if (cue.form !== 'verb' || k === 0) return null;
  const paragraph = ctx.paragraphs[p]!;
  const before = paragraph.slice(Math.max(sentence.start, cue.index - 12), cue.index);
  // "..., Berg said, adding that ...": a participle after a comma goes on with the verb before it.
  const previous = cues[k - 1]!;
  if (/ing$/i.test(cue.text) && /,\s*$/.test(before) && previous.form === 'verb' && !/ing$/i.test(previous.text)) {
    const head = paragraph.slice(sentence.start, previous.index);
    return (/[",]\s*$/.test(head) ? null : ctx.speakers.subjectOf(p, previous, sentence.start)) ?? ctx.speakers.namedAfter(p, previous.end, previous.end + 40);
  }
  if (!/(?:^|[\s,])(?:but|and)\s+(?:also\s+|later\s+|then\s+)?$/.test(before)) return null;
  // The first verb of the sentence with a subject before it, said by someone the text names.
  for (let j = 0; j < k; j++) {
    const first = cues[j]!;
    if (first.form !== 'verb') continue;
    const head = paragraph.slice(sentence.start, first.index);
    if (/[",]\s*$/.test(head) || /^\s*$/.test(head)) return null;
    return ctx.speakers.subjectOf(p, first, sentence.start);
  }
  return null;
}

/**
 * "..., the state news agency quoted Olsen as saying" and "the agency quoted Olsen as saying the ice
 * was gone": Olsen's claim (relays.ts adds the agency as its relay); in the passive ("Olsen was quoted
 * by the agency as saying") the subject, not the agent, is the one quoted.
 */
function quotedAsClaim(ctx: ClaimContext, p: number, sentence: Sentence, cue: Cue, head: string, tail: string, quotedAs: RegExpExecArray): Claim | null {
  const passive = /^ by /.test(tail) ? /\b(?:was|were|been|being|is|are) $/.exec(ctx.paragraphs[p]!.slice(Math.max(0, cue.index - 7), cue.index)) : null;
  const sourceId = passive
    ? ctx.speakers.subjectOf(p, { ...cue, index: cue.index - passive[0].length, end: cue.index - 1 }, sentence.start)
    : ctx.speakers.namedAfter(p, cue.end, cue.end + quotedAs[1]!.length + 2);
  let text = clean(head.slice(0, Math.max(0, head.lastIndexOf(','))));
  if (words(text) < 3) text = clean(tail.slice(quotedAs[0].length).replace(LEAD_IN, ''));
  const worded = finish(text);
  return sourceId && words(worded) >= 3
    ? { sourceId, sourceText: '', text: worded, kind: 'statement', cue: 'quoted as saying', paragraph: p, coSourceIds: [] }
    : null;
}

/** "X was accused by Y of ...": Y's claim, worded as the sentence has it; with no agent, no claim. */
function passiveClaim(ctx: ClaimContext, p: number, sentence: Sentence, cue: Cue, tail: string): Claim | null {
  const by = /^\s+by\s+/.exec(tail);
  if (!by) return null;
  const sourceId = ctx.speakers.namedAfter(p, cue.end, cue.end + by[0].length + 40);
  if (!sourceId) return null;
  const paragraph = ctx.paragraphs[p]!;
  // "The ministry, accused by critics of bowing to the unions, said ...": the accusation ends with its aside.
  const aside = paragraph.slice(sentence.start, cue.index).trimEnd().endsWith(',') ? paragraph.indexOf(',', cue.end) : -1;
  const end = aside > 0 && aside < sentence.end ? aside : sentence.end;
  const text = finish(clean(paragraph.slice(sentence.start, end)));
  return { sourceId, sourceText: '', text, kind: cue.kind, cue: cue.text, paragraph: p, coSourceIds: [] };
}

/** Trailing full stops off; quotation marks kept paired. */
function finish(text: string): string {
  let worded = text.slice(0, text.length - trailingDots(text)).replace(/\."$/, '"');
  if ((worded.match(/"/g) ?? []).length % 2 === 1) worded = worded.endsWith('"') ? worded.slice(0, -1) : `${worded}"`;
  return worded.trim();
}

/** One key per source and paragraph: claims are compared only with those of the same source there. */
const sourceParagraph = (c: { sourceId: string | null; paragraph: number }) => `${c.sourceId}\u0000${c.paragraph}`;

/**
 * A quote with its speaker is a claim too ('"We will not pay," Berg said'), worded as quoted, with
 * the kind of its cue; unless a claim of the same source in the same paragraph already holds it.
 */
export function claimsFromQuotes(quotes: readonly Quote[], claims: readonly Claim[], kindOfCue: (cue: string) => ClaimKind): Claim[] {
  const added: Claim[] = [];
  // Claims by source and paragraph, so each quote is compared with its own few only.
  const bySource = new Map<string, string[]>();
  for (const c of claims) bySource.set(sourceParagraph(c), [...(bySource.get(sourceParagraph(c)) ?? []), c.text.toLowerCase()]);
  for (const q of quotes) {
    const text = finish(clean(capStart(q.text)));
    if (!q.speakerId || words(text) < 3) continue;
    const key = sourceParagraph({ sourceId: q.speakerId, paragraph: q.paragraph });
    const same = bySource.get(key) ?? [];
    const lower = text.toLowerCase();
    if (same.slice(-COMPARED_CLAIMS).some((t) => t.includes(lower))) continue;
    same.push(lower);
    bySource.set(key, same);
    added.push({
      sourceId: q.speakerId,
      sourceText: '',
      text,
      kind: q.cue ? kindOfCue(q.cue) : 'statement',
      cue: q.cue ?? 'quoted',
      paragraph: q.paragraph,
      coSourceIds: [],
      ...(q.via ? { via: q.via } : {}),
    });
  }
  return added;
}

/**
 * The claims left once the quotes' claims are known: a claim that is only the first quoted sentence
 * of a quote its source's claim holds whole ('Hale said: "We know this is a big increase. We also
 * know ..."' read at the colon as '"We know this is a big increase"') is dropped for the whole one.
 */
export function withoutQuotedFragments(claims: readonly Claim[], fromQuotes: readonly Claim[]): Claim[] {
  if (!fromQuotes.length) return [...claims];
  const whole = new Map<string, string[]>();
  for (const c of fromQuotes) {
    const key = sourceParagraph(c);
    whole.set(key, [...(whole.get(key) ?? []), c.text.toLowerCase()]);
  }
  return claims.filter((c) => {
    const fragment = /^"([^"]+)"$/.exec(c.text.trim())?.[1]?.toLowerCase();
    const quotes = fragment ? whole.get(sourceParagraph(c)) : undefined;
    const bare = fragment ? trimChars(fragment, (ch) => '.!?,'.includes(ch)) : '';
    return !quotes?.some((q) => q.length > bare.length && q.startsWith(bare));
  });
}

/**
 * Two cues of one source in one sentence ("praising ..., calling them ...") give overlapping
 * wordings: keep the fuller one. Only claims of the same source and paragraph are compared, and in a
 * paragraph with hundreds of them (hostile input) only the nearest hundreds, so this stays linear.
 */
function withoutOverlaps(claims: Claim[]): Claim[] {
  const groups = new Map<string, number[]>();
  const positions: number[] = [];
  claims.forEach((c, i) => {
    const key = sourceParagraph(c);
    const group = groups.get(key) ?? [];
    positions.push(group.length);
    group.push(i);
    groups.set(key, group);
  });
  const covered = (c: Claim, i: number) => {
    const group = groups.get(sourceParagraph(c))!;
    const at = positions[i]!;
    const near = group.slice(Math.max(0, at - COMPARED_CLAIMS), at + COMPARED_CLAIMS + 1);
    return near.some((j) => j !== i && claims[j]!.text.includes(c.text) && (claims[j]!.text.length > c.text.length || j < i));
  };
  return claims.filter((c, i) => !covered(c, i));
}
