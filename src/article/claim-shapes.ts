/**
 * The sentence shapes a claim can take around its cue, read from the words alone: a verb that needs
 * what it reports ("offered assurances that ..."), a passive cue whose source is its agent ("accused by
 * critics"), and a trailing attribution whose source comes after what was said ("The deal is done,
 * the minister said."; "The bridge, Kort said, will hold."). Pure functions of the text.
 */
import { CLAUSE_SOON, type Cue } from './cues.js';
import { verbClasses } from './verb-forms.js';

/**
 * What such a verb needs after it: a clause or object word, a name (any capitalised word, possessive
 * or not: "called Peru's decision"), a noun that opens a clause ("offered assurances that"), or a
 * speech act's noun and whom it is for ("offered support for the dockers", "offered condolences to").
 */
const COMPLEMENT =
  /^\s+(?:(?:that|to|of|on|for|him|her|them|it|the|a|an|this|his|its|their)\b|\p{Lu}|(?:[\p{Ll}-]+\s+){1,3}that\b|(?:his\s+|her\s+|their\s+|its\s+|full\s+|strong\s+)?(?:support|backing|help|assistance|condolences|sympathy|apologies|an apology|thanks|praise|assurances?|guarantees?)\s+(?:for|to)\b)/u;

/** True when `cue` is a verb that needs a complement and `tail` (the text after it) gives none. */
export function lacksComplement(cue: Cue, tail: string): boolean {
  // "appealed for calm", "pleaded with the crews to stay" are calls; "appealed the ruling" is a court's appeal.
  if (cue.form === 'verb' && verbClasses().prepositional.has(cue.text.toLowerCase())) return !/^\s+(?:for|to|with)\b/.test(tail);
  // "posted on social media that ...", "reminded reporters that ...": not "posted a loss", "reminded him of the date".
  if (cue.form === 'verb' && verbClasses().needsClause.has(cue.text.toLowerCase())) return !CLAUSE_SOON.test(tail);
  if (cue.form !== 'verb' || !verbClasses().needsComplement.has(cue.text.toLowerCase()) || COMPLEMENT.test(tail)) return false;
  // A forecast's object is what it foresees: "Forecasters expect up to 60mm of rain".
  return !forecastsAmount(cue, tail);
}

/** True when a verb of expecting or foreseeing takes an amount for its object: "expect up to 60mm of rain" (a prediction). */
export function forecastsAmount(cue: Cue, tail: string): boolean {
  return cue.form === 'verb' && (cue.kind === 'prediction' || /^expect/i.test(cue.text)) && QUANTITY.test(tail);
}

/** An amount opening a verb's object: "up to 60mm", "as much as 4%", "about 300 jobs", "12 more days". */
const QUANTITY =
  /^\s+(?:(?:up to|as (?:much|many|high|low|little|few) as|about|around|roughly|nearly|almost|at least|more than|less than|fewer than|over|some|another|further)\s+)?[-+−]?[$£€¥]?\d/u;

/** A preposition or a gerund and up to two lower-case words before a word: "of ignoring safety", "for the". */
const IN_A_PHRASE = /\b(?:of|for|about|over|with|without|from|into|on|in|by|\p{Ll}+ing)\s+(?:\p{Ll}+\s+){0,2}$/u;

/**
 * True when a verb cue that could be a plural noun ("reports", "claims") sits inside a phrase and
 * nothing it would report follows: "accused the board of ignoring safety reports for months".
 */
export function isNounInPhrase(cue: Cue, head: string, tail: string): boolean {
  if (cue.form !== 'verb' || !/s$/i.test(cue.text) || !/^\p{Ll}/u.test(cue.text)) return false;
  return IN_A_PHRASE.test(head.slice(-60)) && !/^\s*(?:that\b|,|:|"|“)/.test(tail);
}

/** A saying verb negated or refused right before it: "did not respond", "declined to comment", "would never say". */
const NEGATED_BEFORE = /(?:\bnot|\bnever|n['’]t|\b(?:declined|refused|declining|refusing|unable|unwilling)\s+to)\s+(?:\p{Ll}+ly\s+)?$/iu;

/**
 * True when the cue is a saying verb the source did not use ("did not respond to requests for
 * comment", "declined to comment"): no claim. A belief denied ("does not believe the plan will work")
 * is still one, an assessment in the negative.
 */
export function isNegated(cue: Cue, head: string): boolean {
  return cue.form === 'verb' && cue.kind !== 'assessment' && NEGATED_BEFORE.test(head.slice(-40));
}

/** An indefinite noun phrase right before a cue: "a ferry company ", "an outfit ". */
const INDEFINITE_BEFORE = /\b(?:a|an|another)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/**
 * True when "called" or "named" only names what the words before it are ("a ferry company called
 * Nordsund Link has ..."): no one called anything. "Berg called the plan a mistake" still reports.
 */
export function isNaming(cue: Cue, head: string, tail: string): boolean {
  return cue.form === 'verb' && /^(?:called|named)$/i.test(cue.text) && /^\s+\p{Lu}/u.test(tail) && INDEFINITE_BEFORE.test(head.slice(-60));
}

/** What "found" takes when it reports a finding: a verdict word or an infinitive within a few words. */
const VERDICT_AFTER =
  /^\s+(?:\S+\s+){0,5}?(?:guilty|liable|responsible|innocent|unlawful|lawful|illegal|legal|unsafe|safe|wanting|lacking|inadequate|negligent|at fault|in breach|to be|to have)\b/i;
/** A direct object after the verb: a determiner, a number or a bare plural ("the cracks", "two leaks", "cracks in"). */
const OBJECT_AFTER =
  /^\s+(?:the|a|an|no|some|several|many|more|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|\d[\d,.]*|\p{Ll}+s\b(?!\s+(?:that|were|was|had|have|would|could|might|may)\b))/u;
/** A clause after the verb: up to four words, then an auxiliary, a modal or a past verb ("the cracks were", "73 percent kept"). */
const CLAUSE_AFTER = /^\s+(?:[^\s,.;:"]+\s+){1,4}(?:would|will|could|can|must|should|may|might|had|has|have|was|were|is|are|did|does|do|\p{Ll}{3,}ed)\b/u;

/**
 * True when "found" has a thing found for its object and no clause or verdict ("inspectors found
 * the cracks during a routine check", "divers found two bodies"): a discovery, which nobody claims.
 * "found that ...", "found the cracks were caused by ...", "found him guilty" still are findings.
 */
export function isDiscovery(cue: Cue, tail: string): boolean {
  if (cue.form !== 'verb' || !/^f(?:ound|inds?|inding)$/i.test(cue.text)) return false;
  const near = tail.slice(0, 80);
  return OBJECT_AFTER.test(near) && !CLAUSE_AFTER.test(near) && !VERDICT_AFTER.test(near) && !/^\s+(?:\S+\s+){0,6}?that\b/.test(near);
}

/** True when the cue is "rules that" as a noun and a relative clause ("new emissions rules that promise ..."), not a ruling. */
export function isRulesNoun(cue: Cue): boolean {
  return /^rules\s/i.test(cue.text);
}

/** A passive form of "be" right before the cue: "was accused", "were being criticised". */
const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being|get|gets|got)\s+(?:\p{Ll}+ly\s+)?$/u;

/**
 * A passive cue: "X was accused of ..." or "The ministry, accused by critics of ...". Its source is
 * the agent after "by", if any; the subject in front of it is who the claim is about, not its source.
 */
export function isPassive(cue: Cue, head: string, tail: string): boolean {
  if (cue.form !== 'verb' || !/(?:ed|en|wn)$/i.test(cue.text)) return false;
  // Only the last words of the head can hold the form of "be" (a long head is not scanned).
  const last = head.slice(-40);
  return PASSIVE_BEFORE.test(last) || (last.trimEnd().endsWith(',') && /^\s+by\s/.test(tail));
}

/** "told", "tells", "tell", "telling": a verb whose object is whom it addresses, not what was said. */
export const isTelling = (cue: Cue) => /^(?:told|tells|tell|telling)$/i.test(cue.text);

/** Words of a clause of its own, which a subject or a short adjunct never holds. */
const FINITE = /\b(?:is|are|was|were|will|would|has|have|had|can|could|should|may|might|must|did|does|do|that|which|when|because|if)\b/i;
const wordCount = (s: string) => s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
/**
 * What may follow a trailing "said": nothing, or an adjunct ("on Tuesday", "in a statement", "at a
 * news conference"); after "told", whom ("told reporters", "told Reuters", "told the committee").
 * "said it expected ..." opens what was said instead.
 */
const ADJUNCT_AFTER =
  /^\s*(?:[.!?"]|$|(?:on|in|at|during|after|before|late|early|earlier|later|last|this|by|from|with|via|through|over|when|while|as|according|without|under|to|today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)/i;
const ADDRESSEE_AFTER = /^\s*(?:reporters|journalists|lawmakers|parliament|\p{Lu}|the\s|a\s|an\s)/u;

/** A trailing verb's auxiliaries and adverbs, which end its subject: "the bank has", "officials have also". */
const AUXILIARIES = new Set(['has', 'have', 'had', 'also', 'again', 'now', 'already', 'repeatedly', 'previously', 'since']);

/** A verb's past participle, which "has" or "have" may stand before: "warned", "said", "told", "written". */
const PARTICIPLE = /(?:ed|en|said|told|wrote|spoke)$/i;

/** The subject without the auxiliaries and adverbs at its end. */
function withoutAuxiliaries(subject: string): string {
  let rest = subject.trimEnd();
  for (let space = rest.lastIndexOf(' '); space > 0 && AUXILIARIES.has(rest.slice(space + 1).toLowerCase()); space = rest.lastIndexOf(' ')) {
    rest = rest.slice(0, space).trimEnd();
  }
  return rest;
}

/**
 * A subject that commas split must read as a head and what describes it ("Jon Pell, a site
 * manager,"; "the report, published Monday,"): each later piece opens like an appositive or a
 * relative clause, and the head does not open with a bare lower-case verb phrase ("extend the ban
 * to new parts, the department"), which is the end of what was said.
 */
const APPOSITIVE_OPENING = /^(?:a|an|the|his|her|its|their|one|who|whose|which|himself|herself|itself|themselves|[\p{Lu}\d]|\p{Ll}+(?:ed|en)\s)/u;
const HEAD_OPENING = /^(?:a|an|the|his|her|its|their|this|that|these|those|some|many|most|several|two|three|[\p{Lu}\d])/u;
function commasSplitSubject(subject: string): boolean {
  const pieces = subject
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (pieces.length < 2) return false;
  const [head, ...rest] = pieces;
  // A short lower-case head ("senior officials") holds no verb form, number or preposition ("rose 3% in June").
  const headOk =
    HEAD_OPENING.test(head!) || (wordCount(head!) <= 3 && !/^\p{Ll}+(?:ed|ing)\b/u.test(head!) && !/\d|\b(?:in|on|at|by|to|for|of|from|with)\b/.test(head!));
  return !headOk || rest.some((piece) => !APPOSITIVE_OPENING.test(piece));
}

/** Trailing verbs tried per sentence, and how far before the verb its subject can start. */
const TRAILING_TRIED = 3;
const SUBJECT_REACH = 300;

/** A trailing attribution: the source's words run from the sentence start to `contentEnd`, or around it. */
export interface TrailingAttribution {
  cue: Cue;
  /** Where the subject before the cue starts, to look for the source there. */
  subjectFrom: number;
  /** What was said, as the article words it. */
  content: string;
  /** The source named after the verb ("..., said Jon Pell."), not before it. */
  inverted?: boolean;
}

/** Who follows an inverted trailing verb: a name, or a description ("said the minister", "said a spokeswoman"). */
const INVERTED_SUBJECT = /^\s+(?:\p{Lu}[\p{L}'’.-]*|the\s|a\s|an\s)/u;

/**
 * The trailing attribution of a sentence, if it has one: its last verb cue closes the sentence
 * ("..., Chilean Foreign Minister Alberto Vial said.", "..., she told reporters on Tuesday.") or sits
 * between commas inside it ("The bridge, Kort said, will hold."), with a short subject before it.
 * @example trailingAttribution('The deal is done, the minister said.', 0, 36, cues) // content 'The deal is done'
 */
export function trailingAttribution(paragraph: string, start: number, end: number, cues: Cue[]): TrailingAttribution | null {
  // The last saying verb that closes its clause: "..., Kort said, and she warned that ..." is read at
  // "said". Only the last few are tried, so a sentence that never ends costs no more than a short one.
  for (const cue of cues
    .filter((c) => c.form === 'verb' && verbClasses().trailing.has(c.text.toLowerCase()))
    .slice(-TRAILING_TRIED)
    .reverse()) {
    const found = trailingAt(paragraph, start, end, cue);
    if (found) return found;
  }
  return null;
}

/** The next comma from `from` that can end a clause: not one inside a number ("650,000"). */
function nextComma(text: string, from: number): number {
  let at = text.indexOf(',', from);
  while (at > 0 && /\d/.test(text[at - 1]!) && /\d/.test(text[at + 1] ?? '')) at = text.indexOf(',', at + 1);
  return at;
}

function trailingAt(paragraph: string, start: number, end: number, cue: Cue): TrailingAttribution | null {
  const head = paragraph.slice(start, cue.index);
  // "needless to say", "I must say", "they would say": a bare form after "to", a modal or a negation closes no attribution.
  if (!/(?:s|ed|d|ld|te)$/.test(cue.text) && /\b(?:to|would|will|could|can|might|may|must|should|shall|not|n['’]t|do|does|did)\s+$/i.test(head.slice(-12)))
    return null;
  const rest = paragraph.slice(cue.end, Math.min(end, cue.end + SUBJECT_REACH));
  // A quote closing before the cue ('," she said') is the quote's attribution, read with the quote.
  const lastQuote = head.lastIndexOf('"');
  if (lastQuote > 0 && /[,.!?]$/.test(head.slice(0, lastQuote)) && wordCount(head.slice(lastQuote + 1)) <= 7) return null;
  // "..., said Jon Pell, a site manager.": the inverted form, its source after the verb and the
  // sentence ending soon after (not "Jon Pell, an engineer, said the tunnel would hold").
  if (
    /,\s*$/.test(head) &&
    verbClasses().inverted.has(cue.text.toLowerCase()) &&
    INVERTED_SUBJECT.test(rest) &&
    wordCount(head) >= 3 &&
    wordCount(rest) <= 10 &&
    !FINITE.test(rest)
  ) {
    return { cue, subjectFrom: cue.end, content: head.replace(/,\s*$/, ''), inverted: true };
  }
  // ", and she warned ...", ", as trade slowed": a new clause after the attribution ends it.
  const coordination = /,\s*(?:and|but|as|while|after|amid|because|since|although|though|despite|even as)\s/.exec(rest);
  const tail = coordination ? rest.slice(0, coordination.index) : rest;
  const parenthetical = !coordination && /^\s*,/.test(tail);
  const tailWords = tail.replace(/^\s*,/, '');
  if (!parenthetical && (wordCount(tail) > 8 || FINITE.test(tail))) return null;
  if (!parenthetical && !ADJUNCT_AFTER.test(tail) && !(isTelling(cue) && ADDRESSEE_AFTER.test(tail))) return null;
  // The comma that ends what was said: the first one after which only a subject comes. A subject is
  // fourteen words at most, so only the end of a long head is searched.
  let comma = nextComma(head, Math.max(0, head.length - SUBJECT_REACH));
  while (comma >= 0) {
    // "..., the central bank has warned": the verb's auxiliary before it is no clause of the subject's.
    // (Only before a participle, and not when a comma then ends the subject: "under Mr. Varga, had said".)
    const raw = head.slice(comma + 1);
    const stripped = PARTICIPLE.test(cue.text) ? withoutAuxiliaries(raw) : raw;
    const subject = stripped.endsWith(',') ? raw : stripped;
    const before = head.slice(0, comma);
    // "..., and the commission said" coordinates a clause of its own, not a subject after what was said.
    const coordinated = /^\s*(?:and|but|or|so|yet)\b/i.test(subject);
    if (
      !coordinated &&
      wordCount(subject) >= 1 &&
      wordCount(subject) <= 14 &&
      !FINITE.test(subject) &&
      !/["]/.test(subject) &&
      !commasSplitSubject(subject) &&
      wordCount(before) >= (parenthetical ? 1 : 3)
    ) {
      const said = parenthetical ? `${before} ${tailWords.trim()}` : before;
      return { cue, subjectFrom: start + comma + 1, content: said };
    }
    comma = nextComma(head, comma + 1);
  }
  return null;
}

/** ", and " or " but " before a clause's subject: where a second clause joins a sentence. */
const JOINED_CLAUSE =
  /,\s(?:and|but|while)\s(?=(?:the|a|an|its|their|his|her|it|they|he|she|we|more|some|[\p{Lu}\d])|(?:will|would|could|may|might|is|are|was|were|has|have|had)\b)|\s(?:and|but|while)\s(?=(?:the|a|an|its|their|his|her|it|they|he|she|we|more|some)\s|(?:will|would|could|may|might|is|are|was|were|has|have|had)\b)/gu;

/**
 * Where a sentence-final "according to X" takes over from a verb's words ("X said A, and B,
 * according to the centre."): the clause joined on after the verb's end, when there is one and
 * nothing but the source follows the cue. `before` ends the verb's words, `after` opens the cue's.
 */
export function accordingSplit(paragraph: string, from: number, according: Cue, sentenceEnd: number): { before: number; after: number } | null {
  if (/,/.test(paragraph.slice(according.end, sentenceEnd)) || !/,\s*$/.test(paragraph.slice(from, according.index))) return null;
  const span = paragraph.slice(from, according.index);
  const first = JOINED_CLAUSE.exec(span);
  JOINED_CLAUSE.lastIndex = 0;
  if (!first) return null;
  return { before: from + first.index, after: from + first.index + first[0].length };
}
