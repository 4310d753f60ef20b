/**
 * Which way a bare weekday or month points: the tense of the clause it sits in, not of the whole
 * sentence. In "She said on Monday she would leave on Friday" Monday is behind the publication date
 * and Friday ahead of it; a sentence-wide test would send both the same way.
 */

/** Where a date without a year or week lies from the publication date. */
export type Direction = 'past' | 'future';

/** Words that put a clause ahead of its publication date. Lower-case modals only: "May" is a month. */
const FUTURE_WORDS =
  /\b(?:will|shall|won't|'ll|is due|are due|due to|is set to|are set to|set for|plans? to|planning to|planned|is scheduled|are scheduled|scheduled|expects?|expected|expecting|forecasts?|hopes? to|aims? to|intends? to|upcoming|next|is to|are to|is going to|are going to|coming|later this|ahead of)\b/i;
/**
 * "should" points ahead ("should have power back by Thursday", "should reopen on Monday"), unless a
 * perfect follows it ("should have acted on Monday", "should have been told").
 */
const FUTURE_MODALS = /\b(?:would|could|may|might|should(?!\s+(?:not\s+)?have\s+(?:\p{Ll}+(?:ed|en|wn|ne|ght|id|ld)|been|had|done|made|known|gone)\b))\b/u;
/**
 * Words that put a clause behind it: regular past tenses, common irregular ones (those that are no
 * noun as well: not "ground", "bound", "bid"), "ago", "last". Words
 * that only end like a past tense ("need", "proceed", "hundred") are none.
 */
const PAST_WORDS =
  /\b(?:said|told|was|were|had|did|went|came|met|began|took|gave|made|held|left|saw|broke|fell|rose|won|lost|sold|bought|spoke|wrote|struck|fled|led|kept|found|sent|brought|thought|felt|stood|chose|drew|grew|threw|flew|drove|rode|sank|swore|fought|caught|paid|ran|shot|sought|spent|built|withheld|upheld|beheld|foresaw|oversaw|foretold|withdrew|withstood|overtook|overcame|underwent|understood|misled|mistook|forbade|forgave|forgot|outgrew|rebuilt|overheard|overrode|arose|strove|froze|stole|woke|wove|shrank|sprang|sang|swung|clung|knelt|wept|slept|swept|crept|dealt|meant|ago|last|earlier|previously|yesterday|(?!(?:need|feed|speed|seed|proceed|succeed|exceed|indeed|breed|bleed|heed|shed|hundred|sacred|hatred|naked|wicked|rugged)\b)\p{Ll}{2,}ed)\b/u;

/**
 * Where a clause ends: punctuation, a conjunction or relative word, or a new subject with its own
 * verb ("said on Monday | she would leave").
 */
const CLAUSE_BREAK =
  /[,;:()]|\s[—–-]\s|\s(?:and|but|while|whereas|although|though|because|when|until|unless|which|who|that|since)\s|\s(?=(?:he|she|they|it|we|I)\s+(?:will|would|'ll|could|might|may|is|are|was|were|has|have|had|said|says)\b)/gi;

/** The direction words in `text` give, or null when they give none. */
export function directionOf(text: string): Direction | null {
  if (FUTURE_WORDS.test(text) || FUTURE_MODALS.test(text)) return 'future';
  if (PAST_WORDS.test(text)) return 'past';
  return null;
}

/** Every tense marker of `text` with where it is, in order. */
/** A directive and the infinitive it asks for: "warned residents not to return", "urged them to leave" (what is asked lies ahead). */
const DIRECTIVE = /\b(?:warned|urged|told|asked|ordered|advised|called on|instructed)\s+(?:[\p{Ll}']+\s+){0,3}?(?:not\s+)?to\s+\p{Ll}+/gu;
/**
 * A present tense that schedules: "the museum opens in October", "we start rebuilding in May", "talks
 * resume on Friday", "Kelm host Osk on Saturday". Verbs of a start, an end, a run or a fixture, in the third person, or bare after a pronoun or
 * a plural noun ("we start", "repairs begin"); as nouns ("the start of May", "its opening") they are none,
 * nor is "open fire", nor a participle after "has" or "was" ("has run since March").
 */
const SCHEDULING_VERB =
  'start|begin|open|reopen|close|end|resume|restart|launch|run|finish|expire|commence|kick off|take effect|come into force|go on sale|go live|get under way|play|host|face|visit|travel to';
const third = (v: string) => v.replace(/^(\S+)/, (w) => (/(?:sh|ch|s|x)$/.test(w) ? `${w}es` : w === 'go' ? 'goes' : `${w}s`));
const PRESENT_SCHEDULED = new RegExp(
  `\\b(?:${SCHEDULING_VERB.split('|').map(third).join('|')}|(?<=\\b(?:[Ww]e|[Tt]hey|I|[Yy]ou|(?!(?:[Hh]as|[Ww]as|[Ii]s|[Dd]oes|[Tt]his|[Tt]hus|[Ii]ts|[Hh]is|[Aa]s|[Uu]s|[Pp]lus|[Ll]ess|[Uu]nless)\\s)\\p{L}\\p{Ll}+s)\\s)(?:${SCHEDULING_VERB}))\\b(?!\\s+(?:of|fire)\\b)`,
  'gu',
);
/**
 * A club named before a fixture's bare verb, as British English writes of teams: "Kelm host Osk on",
 * "Rovers travel to"; or the verb opening a clause (after a comma that closes one about the club), the opponent
 * named after it ("Kelm, who lost at Osk on Saturday, face Brede on Sunday").
 */
const FIXTURE_AFTER_NAME = /(?<=\b\p{Lu}\p{Ll}+\s)(?:play|host|face|visit|travel to)\b|(?<=,\s|^\s?)(?:play|host|face|visit|travel to)\b(?=\s+\p{Lu}\p{Ll})/gu;
const MARKERS = [
  [new RegExp(FUTURE_WORDS.source, 'gi'), 'future'],
  [PRESENT_SCHEDULED, 'future'],
  [FIXTURE_AFTER_NAME, 'future'],
  [new RegExp(FUTURE_MODALS.source, 'gu'), 'future'],
  [DIRECTIVE, 'future'],
  [new RegExp(PAST_WORDS.source, 'gu'), 'past'],
] as const;

/** A directive and its object right before a date: "ordered dam operators on". */
const DIRECTIVE_BEFORE = /\b(?:warned|urged|told|asked|ordered|advised|instructed)(?:\s+[\p{Ll}']+){0,4}?(?:\s+(?:late|early))?(?:\s+on)?$/u;
/**
 * An infinitive of what someone offered, agreed or voted to do, up to a date: "agreed to meet the unions on",
 * "voted to add a fee to every ticket from", "voted on Tuesday night to close the Eastbrook library in"
 * ("agreed to the draft on": a noun after "to", what was agreed, not something to do).
 */
const COMMITMENT_BEFORE =
  /\b(?:offered|agreed|promised|pledged|vowed|threatened|proposed|voted|decided|resolved)(?:\s+(?:on|in|at|last|late|early)\s+\S+(?:\s+(?:\d{1,2}|morning|afternoon|evening|night))?)?\s+(?:not\s+)?to\s+(?!(?:the|a|an|this|that|these|those|its|their|his|her|our|my|your|some|any|all|each|every|such)\b)\p{Ll}+(?:\s+[\p{L}\d'’-]+){0,10}?(?:\s+(?:on|by|before|from|in))?$/u;
/** A thing promised by a date: "promised a replacement boat by", "were pledged new buses before" (the deadline lies ahead of the promise). */
const PROMISED_BY = /\b(?:promised|pledged|guaranteed|assured)\s+(?:[\p{L}\d'’-]+\s+){1,8}?(?:by|before)$/u;
/** A booking or an offer of places up to a date: "offered places on", "tickets bought for". */
const BOOKED_BEFORE = /\b(?:offered|given|booked|bought|reserved|rebooked|moved|transferred|sold|refunded)\s+(?:[\p{Ll}']+\s+){0,3}?(on|onto|for)$/u;
const DETERMINER_BEFORE = /\b(?:a|an|the|its|their|his|her|our|this|these|those)\s+$/i;
/**
 * A modal (or "to") and "be" before a participle, an adverb or two between: "will be formally ", "is to
 * be ", and in reported speech "would be " ("said the beam would be replaced over the weekend").
 */
const PASSIVE_AHEAD_BEFORE = /\b(?:will|shall|must|should|would|could|might|may|to)\s+(?:not\s+)?(?:be|stay|remain|keep|get)\s+(?:\p{Ll}+ly\s+){0,2}$/u;

function markersOf(text: string): Array<{ index: number; direction: Direction }> {
  const found: Array<{ index: number; direction: Direction }> = [];
  for (const [re, direction] of MARKERS) {
    // "expected", "planned": a future word that looks like a past tense is future.
    for (const m of text.matchAll(re)) {
      if (found.some((f) => f.index === m.index)) continue;
      // "a revised plan", "its planned merger": a participle after a determiner describes a noun; no tense.
      if (direction === 'past' && /ed$/.test(m[0]) && DETERMINER_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
      // "will be formally declared", "is to be published": a participle after a modal (or "to") and "be" is no past tense.
      if (direction === 'past' && PASSIVE_AHEAD_BEFORE.test(text.slice(Math.max(0, m.index - 50), m.index))) continue;
      // "the opens", "its runs": after a determiner a scheduling word is a noun.
      if (re === PRESENT_SCHEDULED && DETERMINER_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
      found.push({ index: m.index, direction });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The tense marker of `text` nearest before `at`, else the nearest after it. */
function nearestDirection(text: string, at: number): Direction | null {
  const markers = markersOf(text);
  return markers.filter((m) => m.index < at).at(-1)?.direction ?? markers.find((m) => m.index >= at)?.direction ?? null;
}

/** A start's word right before a date: "from", "starting", "effective", "as of". */
const START_BEFORE = /\b(?:from|starting(?: on| from)?|effective(?: from)?|as of|beginning)\s+$/i;

/** How far either side of a date its tense is looked for. */
const DIRECTION_REACH = 300;

/** The clauses of `sentence` as [start, end) offsets. */
export function clausesOf(sentence: string): Array<[number, number]> {
  const clauses: Array<[number, number]> = [];
  let from = 0;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    if (m.index > from) clauses.push([from, m.index]);
    from = m.index + m[0].length;
  }
  if (from < sentence.length) clauses.push([from, sentence.length]);
  return clauses;
}

/**
 * The direction of a date at [start, end) of `sentence`: the verb right before it when that is in
 * the past; else the tense marker nearest it in its own clause; for a clause with
 * none, the clause after it ("On Friday, the minister said ...": an opening phrase belongs to what
 * follows), then the one before; then the whole sentence; else `fallback`, by default the past (news
 * reports what happened).
 * @example directionAt('She said on Monday she would leave on Friday.', 36, 45) // 'future'
 */
export function directionAt(whole: string, dateStart: number, dateEnd: number, fallback: Direction = 'past'): Direction {
  // Only the words around the date are read: a sentence that never ends costs no more than a long one.
  const from = Math.max(0, dateStart - DIRECTION_REACH);
  const sentence = whole.slice(from, Math.min(whole.length, dateEnd + DIRECTION_REACH));
  const start = dateStart - from;
  const end = dateEnd - from;
  // The date's own words say nothing of tense here; "last" and "next" are read by the rules.
  const rest = sentence.slice(0, start) + ' '.repeat(end - start) + sentence.slice(end);
  // A date right after its verb takes that verb's tense: "said on Monday the port would reopen".
  const head = sentence.slice(Math.max(0, start - 40), start).trimEnd();
  const verb = head.slice(head.lastIndexOf(' ') + 1);
  // "would be published by January", "is to be officially named on": a participle after a modal and "be" is no past tense.
  // So is one after "stay" or "remain": "would stay closed on Wednesday".
  if (/\b(?:will|would|could|may|might|must|should|shall|is to|are to)\s+(?:not\s+)?(?:be|stay|remain|keep|get)\s+(?:\p{Ll}+ly\s+){0,2}\p{Ll}+$/iu.test(head))
    return 'future';
  if (PAST_WORDS.test(verb) && !FUTURE_WORDS.test(verb) && !/^(?:last|earlier|previously)$/i.test(verb)) return 'past';
  // "ordered operators on Wednesday to release water": a date between a directive and the infinitive
  // it asks for is when the directive was given.
  if (DIRECTIVE_BEFORE.test(head) && /^\s*(?:not\s+)?to\s+\p{Ll}/u.test(sentence.slice(end, end + 20))) return 'past';
  // "had offered to resume talks on Friday": what was offered or agreed to lies ahead of the offer, and
  // so does what was promised by a day.
  const lead = sentence.slice(Math.max(0, start - 120), start).trimEnd();
  if (COMMITMENT_BEFORE.test(lead) || PROMISED_BY.test(lead)) return 'future';
  // "offered places on Friday's sailings", "tickets bought for Monday": what is booked or offered for
  // a day is used on that day, which lies ahead of the booking.
  const leadWord = /^(?:on|onto|for)\b/i.exec(sentence.slice(start, end))?.[0];
  const booked = BOOKED_BEFORE.exec(leadWord ? `${head} ${leadWord.toLowerCase()}` : head);
  if (booked && (booked[1]!.toLowerCase() === 'for' || /^['’]s\b/.test(sentence.slice(end, end + 3)))) return 'future';
  const clauses = clausesOf(rest);
  const own = clauses.findIndex(([a, b]) => a <= start && b >= end);
  if (own >= 0) {
    // In its own clause the marker nearest the date decides ("the catch each side may take this year
    // broke down late on Wednesday": "broke", not "may").
    const [a, b] = clauses[own]!;
    const near = nearestDirection(rest.slice(a, b), start - a);
    if (near) return near;
    // "The new fares apply from 1 July": a start date in a clause with no tense of its own (a present
    // tense, the verb no past marks) is when something begins, ahead; the "said" of a clause beside it
    // dates the saying, not the start.
    if (START_BEFORE.test(sentence.slice(Math.max(0, start - 20), start))) return 'future';
    for (const k of [own + 1, own - 1]) {
      const clause = clauses[k];
      const direction = clause ? directionOf(rest.slice(clause[0], clause[1])) : null;
      if (direction) return direction;
    }
  }
  return directionOf(rest) ?? fallback;
}

/**
 * The tense of the marker nearest before a date in its sentence, or null when none stands before it:
 * for a phrase that follows its verb ("will meet over the weekend", "had moved troops over the
 * weekend and would open shelters": the verb before, not a clause after).
 */
export function directionBefore(whole: string, dateStart: number): Direction | null {
  const from = Math.max(0, dateStart - DIRECTION_REACH);
  return nearestBefore(whole.slice(from, dateStart));
}

function nearestBefore(text: string): Direction | null {
  return markersOf(text).at(-1)?.direction ?? null;
}
