/**
 * Who could have said a quote, and why each one is in the running. The rules only propose
 * (rules.ts); so do the subjects of the reporting cues around the quote and at the end of the
 * paragraph before, the names around it, the speakers the rules heard last, who the article last
 * reported as speaking, and, where a proposal went through "he" or "she", every earlier person the
 * pronoun could point to (pronouns.ts). The reasons become features (features.ts) for the learned
 * ranker (rank.ts), which picks one, or nobody. Every look stays in a window around the quote.
 */
import type { Cue } from '../cues.js';
import type { Lexicon } from '../lexicon.js';
import type { QuoteContext, QuoteSite } from '../quotes.js';
import type { PlacedMention } from '../speakers.js';
import type { Actor } from '../types.js';
import { verbClasses } from '../verb-forms.js';
import { sourcesBefore, subjectOfCue, type CueSubject } from './cue-subjects.js';
import { antecedents } from './pronouns.js';
import type { StatedGender } from './stated-gender.js';
import { traced, type ResolvedPronoun, type RuleProposals } from './rules.js';
import { bin, EARLIER_ITEMS, insideQuotes, QUOTE_WINDOW, sentenceStartOf, within, wordsBetween } from './window.js';

/** What the candidate finder reads besides the quote context. */
export interface CandidateContext extends QuoteContext {
  /** The placed names of a paragraph, in text order. */
  mentionsIn: (paragraph: number) => PlacedMention[];
  actors: Map<string, Actor>;
  lexicon: Lexicon;
  cueSubjects: (p: number) => CueSubject[];
  /** Whether a placed name stands as the subject of its clause (speakers.isSubject, answered once per name). */
  isSubject: (q: number, m: PlacedMention) => boolean;
  /** A person's gender as the article states it (stated-gender.ts), 'u' when it does not. */
  statedGender: (actorId: string) => StatedGender;
}

/** A speaker the rules heard, in text order. */
export interface HeardSpeaker {
  p: number;
  offset: number;
  actorId: string;
  /** Named where it was heard, not reached through "he" or "she". */
  named?: boolean;
}

/** One possible speaker of a quote and the reasons it was proposed. */
export interface Candidate {
  actorId: string;
  reasons: Set<string>;
}

/** A name right after "that" ("said that Berg", "that the mayor Berg"). */
const AFTER_THAT = /\bthat\s+(?:the\s+|\p{Ll}+\s+)?$/u;

/** A passive saying verb follows: "was called", "were described". */
const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are) $/;

/** Between a name and its cue: a possessive, one aside, helper verbs or an adverb, and nothing else. */
const NAME_TO_CUE = /^(?:['’]s)?\s*(?:,[^,"]{0,120},\s*)?(?:(?:has|had|have|also|then|later|again|would|will|previously|repeatedly|\p{Ll}+ly) )*$/u;

/**
 * Between a saying verb and a name after it, what makes the name no inverted subject: a new clause
 * ("praised the plan, and Berg said", "said on Friday after Berg announced"), or a complement the
 * name is part of ("said that Berg", "said of Berg", "said to Berg", "told reporters he").
 */
const NOT_INVERTED =
  /[;:.]|,\s*(?:and|but)\b|\b(?:that|of|about|whether|if|how|why|what|he|she|they|it|we|I|you|after|before|until|since|because|although|though|unless|once|while|when|as|to|with)\b/;

/**
 * Words right before a saying verb that make the name after it its object, never its inverted subject
 * ("has used to describe X", "would never call X"): inversion takes the verb alone ('"...," said X').
 */
const NO_INVERSION_BEFORE = /\b(?:to|will|would|could|can|may|might|must|should|shall|has|have|had|did|does|do|not|never)\s+$/i;

/** Words between a quote and the cue after it within which the name there is "right after" the quote. */
const RIGHT_AFTER = 5;

/** The reasons that come from before the quote's sentence: cues and names earlier in the paragraph or before it. */
const LOOK_BACK = /^(?:cue:para:before|name:para:before|prevcue|name:back)/;

/** A line that signs what stands above it: a dash, then a name ("- Berg.", "— Anna Berg, mayor"). */
const SIGNATURE = /^\s*[-–—]+\s*\p{Lu}/u;
const SIGNATURE_MAX = 100;

/** A quoted paragraph's closing line that only signs it: a name, an optional affiliation after a comma, the closing mark. */
const CLOSING_SIGNATURE = /^\s*(?:[-–—]+\s*)?\p{Lu}[^"]{0,100}"\s*$/u;
/** Quoted paragraphs a run-on quote may continue over before the line that signs it. */
const SIGNED_AFTER = 4;

/**
 * Who signs a run-on quote that starts in paragraph p: '"... ¶ "... ¶ Jane Roe, Acme Institute."'.
 * The signing line opens with the name and closes the quotation; the paragraphs in between are
 * quotation throughout.
 */
function runOnSigner(ctx: CandidateContext, p: number): string | null {
  for (let q = p + 1; q <= p + SIGNED_AFTER && q < ctx.paragraphs.length; q++) {
    const text = ctx.paragraphs[q]!;
    if (text.length <= SIGNATURE_MAX && CLOSING_SIGNATURE.test(text)) {
      const first = ctx.mentionsIn(q)[0];
      const lead = first ? text.slice(0, first.start) : '';
      return first && /^[\s\-–—]*$/.test(lead) && /^\s*(?:,|\.?"|$)/.test(text.slice(first.end)) ? first.actorId : null;
    }
    const spans = ctx.quoteSpans[q] ?? [];
    if (!(spans.length === 1 && spans[0]!.start <= 1 && spans[0]!.runOn)) return null;
  }
  return null;
}

/** Whether an actor is named right at a cue: before a verb or noun, or right after "according to". */
function standsAtCue(mentions: PlacedMention[], actorId: string, paragraph: string, cue: Cue): boolean {
  return within(mentions, cue.index - 200, cue.end + 40).some(
    (m) =>
      m.actorId === actorId &&
      (cue.form === 'according'
        ? m.start >= cue.end && /^\s*(?:the )?$/.test(paragraph.slice(cue.end, m.start))
        : m.end <= cue.index && NAME_TO_CUE.test(paragraph.slice(m.end, cue.index))),
  );
}

/** Paragraphs back that the last named source is looked for in. */
const LAST_NAMED_BACK = 3;

/** The last speaker named before a point, heard with a quote or as a reporting cue's subject, up to a few paragraphs back. */
function lastNamedSource(ctx: CandidateContext, p: number, offset: number, heard: HeardSpeaker[]): string | null {
  let best: { p: number; offset: number; actorId: string } | null = null;
  for (let q = p; q >= Math.max(0, p - LAST_NAMED_BACK) && !best; q--) {
    const named = ctx.cueSubjects(q).filter((s) => !s.pronoun && (q < p || s.index < offset));
    const s = named.at(-1);
    if (s) best = { p: q, offset: s.index, actorId: s.actorId };
  }
  for (let k = heard.length - 1, looked = 0; k >= 0 && looked < 50; k--, looked++) {
    const h = heard[k]!;
    if (p - h.p > LAST_NAMED_BACK) break;
    if (!h.named) continue;
    if (!best || h.p > best.p || (h.p === best.p && h.offset > best.offset)) best = h;
    break;
  }
  return best?.actorId ?? null;
}

/** Collects the candidates of one quote with the reasons for each. */
export function findCandidates(ctx: CandidateContext, site: QuoteSite, rules: RuleProposals, heard: HeardSpeaker[]): Candidate[] {
  const byActor = new Map<string, Set<string>>();
  const add = (actorId: string | null, ...reasons: string[]) => {
    if (!actorId || !ctx.actors.has(actorId)) return;
    let set = byActor.get(actorId);
    if (!set) byActor.set(actorId, (set = new Set()));
    for (const r of reasons) set.add(r);
  };
  // A proposal that went through "he said" proposes every antecedent of the pronoun, with its reasons.
  const throughPronoun = new Map<string, { pronoun: ResolvedPronoun; reasons: Set<string> }>();
  const propose = (found: { id: string | null; pronoun: ResolvedPronoun | null }, reasons: string[]) => {
    if (!found.pronoun) return add(found.id, ...reasons);
    const key = `${found.pronoun.p}:${found.pronoun.offset}`;
    const entry = throughPronoun.get(key) ?? { pronoun: found.pronoun, reasons: new Set<string>() };
    for (const r of reasons) entry.reasons.add(`pronoun-${r}`);
    throughPronoun.set(key, entry);
  };
  const { p, paragraph, span, sentence, sentenceEnd } = site;
  const from = span.start - QUOTE_WINDOW;
  const to = span.end + QUOTE_WINDOW;

  // The rules' proposals, the first of them as the rules' decision.
  rules.all.forEach((proposal, k) =>
    propose({ id: proposal.speakerId, pronoun: proposal.pronoun }, [`rule:${proposal.rule}`, ...(k === 0 ? ['rule:decided'] : [])]),
  );

  // The subject of every reporting cue around the quote.
  const cues = within(site.cues, from, to, (c) => c.index).filter((c) => !insideQuotes(site.spans, c.index));
  // The cues nearest the quote on either side, in its sentence: the likeliest to govern it.
  const nearestBefore = cues.filter((c) => c.end <= span.start && c.index >= sentence.start).at(-1);
  const nearestAfter = cues.find((c) => c.index >= span.end && c.index < sentenceEnd);
  // Who the quote's own sentence names right after it ('"...," Berg said', '"...?" asked Berg'): the
  // one the words are credited to there, whoever spoke the quotes before.
  let namedAfter: string | null = null;
  for (const cue of cues) {
    const inSentence = cue.index >= sentence.start && cue.index < sentenceEnd;
    const side = cue.index < span.start ? 'before' : 'after';
    const where = `${inSentence ? 'sent' : 'para'}:${side}`;
    const gap = side === 'before' ? wordsBetween(paragraph, cue.end, span.start) : wordsBetween(paragraph, span.end, cue.index);
    // The subject as worked out once per paragraph, except after the quote in its own sentence,
    // where it is sought after the quote ('"...," Berg said').
    const found =
      inSentence && side === 'after'
        ? traced(ctx.speakers, () => ctx.speakers.subjectOf(p, cue, Math.max(sentenceStartOf(ctx.sentences[p]!, cue.index), span.end + 1)))
        : subjectOfCue(ctx.cueSubjects, p, cue);
    // Verb and noun cues ("Berg accused", "Berg's accusation") share their features: nouns are too
    // rare in the training data to learn apart, and behave alike.
    const reasons = [`cue:${where}`, `cue:${where}:gap${bin(gap, [0, 2, 5, 12, 30])}`, `cue:kind:${cue.kind}`];
    if (cue.participle) reasons.push('cue:participle');
    // "called Berg's remarks "...", "criticised the minister's statement as": a noun cue that is the
    // object of a saying verb names whose words are talked about, not who speaks.
    if (
      cue.form === 'noun' &&
      cues.some((v) => v.form !== 'noun' && v.end <= cue.index && cue.index - v.end <= 30 && !/[.;:!?"]/.test(paragraph.slice(v.end, cue.index)))
    )
      reasons.push('cue:noun-object');
    if (cue === nearestBefore || cue === nearestAfter) reasons.push(`cue:${where}:nearest`);
    // "Berg said", "Berg's denial", "Berg, a former aide, has said", "according to Berg", "was called
    // ... by Berg": the name stands right at the cue (for a passive, as its agent).
    const passive = PASSIVE_BEFORE.test(paragraph.slice(Math.max(0, cue.index - 7), cue.index));
    if (found.id && !found.pronoun) {
      const adjacent = passive || standsAtCue(ctx.mentionsIn(p), found.id, paragraph, cue);
      reasons.push(adjacent ? `cue:${where}:adjacent` : `cue:${where}:distant`);
      if (adjacent && cue === nearestAfter && gap <= RIGHT_AFTER) namedAfter = found.id;
    }
    propose(found, reasons);
    // "said Berg", "said a spokeswoman": the name or description right after the verb, before any quote.
    const quoteAfter = paragraph.indexOf('"', cue.end);
    const inverts = !NO_INVERSION_BEFORE.test(paragraph.slice(Math.max(0, cue.index - 12), cue.index));
    if (cue.form === 'verb' && !passive && inverts && !verbClasses().addressed.has(cue.text.toLowerCase())) {
      const after = ctx.speakers.namedAfter(p, cue.end, Math.min(cue.end + 40, quoteAfter < 0 ? Infinity : quoteAfter));
      // Only a name that follows the verb as its subject ("said Berg", "said spokesman Berg"), not
      // one in a new clause ("praised the plan, and Berg said").
      const at = after ? within(ctx.mentionsIn(p), cue.end, cue.end + 200).find((m) => m.actorId === after) : null;
      if (!at || !NOT_INVERTED.test(paragraph.slice(cue.end, at.start))) {
        add(after, `cue:${where}:inverted`);
        // '"...," said Berg' and not '"...," Berg told Acme News': the subject before the verb goes first.
        if (after && at && !namedAfter && cue === nearestAfter && gap <= 1 && wordsBetween(paragraph, cue.end, at.start) <= 2) namedAfter = after;
      }
    }
  }

  // The previous paragraph's last reporting cues: "Berg said on Monday:" then a paragraph of quote.
  if (p > 0) {
    const previous = ctx.paragraphs[p - 1]!;
    const colon = previous.trimEnd().endsWith(':');
    // A noun cue counts only right before a colon: "Berg released the following statement:".
    const prevCues = ctx.cues
      .find(previous)
      .filter((c) => c.form !== 'noun' || (colon && /^[\s\w-]{0,20}:\s*$/.test(previous.slice(c.end))))
      .slice(-EARLIER_ITEMS);
    prevCues.forEach((cue, k) =>
      propose(subjectOfCue(ctx.cueSubjects, p - 1, cue), [
        'prevcue',
        ...(k === prevCues.length - 1 ? ['prevcue:last'] : []),
        ...(colon ? ['prevcue:colon'] : []),
      ]),
    );
  }

  // Names around the quote, outside quotation marks: in its paragraph near it, and at the end of the two before.
  for (const q of [p, p - 1, p - 2]) {
    if (q < 0) continue;
    const mentions = q === p ? within(ctx.mentionsIn(q), from, to) : ctx.mentionsIn(q).slice(-EARLIER_ITEMS);
    for (const m of mentions) {
      if (m.insideQuote) continue;
      const subject = !m.possessive && ctx.isSubject(q, m);
      const reasons: string[] = [];
      if (q === p) {
        const inSentence = m.start >= sentence.start && m.start < sentenceEnd;
        const side = m.start < span.start ? 'before' : 'after';
        const gap = side === 'before' ? wordsBetween(paragraph, m.end, span.start) : wordsBetween(paragraph, span.end, m.start);
        const where = inSentence ? `sent:${side}` : `para:${side}`;
        // "Berg's visit": a possessive names the owner of something, seldom the speaker.
        if (m.possessive) reasons.push(`name:${where}:possessive`);
        else reasons.push(`name:${where}`, `name:${where}:gap${bin(gap, [2, 5, 12, 30])}`);
        if (subject) reasons.push(`name:${where}:subject`);
        // "said that Berg would", "argued that the plan": the subject of what someone said, seldom the one saying it.
        if (!m.possessive && AFTER_THAT.test(paragraph.slice(Math.max(0, m.start - 14), m.start))) reasons.push('name:after-that');
      } else {
        reasons.push(m.possessive ? `name:back${p - q}:possessive` : `name:back${p - q}`);
        if (subject) reasons.push(`name:back${p - q}:subject`);
      }
      add(m.actorId, ...reasons);
    }
  }

  // A signature line after a paragraph that ends in the quote: '"..." ¶ - Berg.' (fact checks, epigraphs).
  const next = ctx.paragraphs[p + 1];
  if (next !== undefined && next.length <= SIGNATURE_MAX && SIGNATURE.test(next) && wordsBetween(paragraph, span.end, paragraph.length, 3) <= 1) {
    for (const m of ctx.mentionsIn(p + 1)) add(m.actorId, 'signature');
  }
  // A run-on quote signed on its closing line: '"... ¶ Berg, Acme Institute."'.
  if (span.runOn) {
    const signer = runOnSigner(ctx, p);
    if (signer) add(signer, 'signature');
  }

  // Who the rules heard last, nearest first (a bounded look back: repeats aside, few are needed).
  const recent: string[] = [];
  for (let k = heard.length - 1, looked = 0; k >= 0 && recent.length < 3 && looked < 50; k--, looked++) {
    const h = heard[k]!;
    if (p - h.p > 3) break;
    if (recent.includes(h.actorId)) continue;
    recent.push(h.actorId);
    add(h.actorId, `heard:${recent.length - 1}`, h.p === p ? 'heard:same-paragraph' : `heard:back${Math.min(p - h.p, 3)}`);
  }

  // Who the article last reported as speaking, quoted or not.
  sourcesBefore(ctx.cueSubjects, p, span.start, false, 3).forEach((id, k) => add(id, `source:${k}`));

  // Through "he said": who was last named as speaking before the quote, quoted or reported ("Berg
  // argued that ..."), never through a pronoun. Attribution corpora carry a "he said" on from the
  // nearest earlier source they name, whatever the pronoun's gender.
  if (throughPronoun.size) {
    const last = lastNamedSource(ctx, p, span.start, heard);
    if (last) add(last, 'pronoun-last-named');
  }

  // The pronoun the rules decided by (else the one nearest the quote) describes its antecedents as
  // "ant"; a pronoun further off ("he said:" a paragraph before) as "other-ant", so that the two do
  // not blur into one antecedent that both fits and clashes.
  const pronouns = [...throughPronoun.values()].sort(
    (a, b) =>
      Number(b.reasons.has('pronoun-rule:decided')) - Number(a.reasons.has('pronoun-rule:decided')) ||
      Math.abs(a.pronoun.p - p) - Math.abs(b.pronoun.p - p) ||
      Math.abs(a.pronoun.offset - span.start) - Math.abs(b.pronoun.offset - span.start),
  );
  pronouns.forEach(({ pronoun, reasons }, k) => {
    for (const a of antecedents(ctx, pronoun, recent, heard)) add(a.actorId, ...reasons, ...(k === 0 ? a.features : a.features.map((f) => `other-${f}`)));
  });
  // "he said" or "she said": whether each candidate's gender fits, as pronouns the article binds to
  // them state it. A describing word ("spokeswoman") already rules an antecedent out (pronouns.ts);
  // as a feature it learned the scorer's habit of giving a "she said" to the last named source
  // whoever that was, and weighed a clash in favour.
  const word = pronouns[0]?.pronoun.word.toLowerCase();
  if (word === 'he' || word === 'she') {
    for (const [actorId, reasons] of byActor) {
      const { gender, how } = ctx.statedGender(actorId);
      if (gender !== 'u' && how !== 'described') reasons.add(`gender:${how}-${(gender === 'm') === (word === 'he') ? 'agree' : 'clash'}`);
    }
  }

  // When the quote opens a sentence that names who says it, right after it, what stands before that
  // sentence no longer speaks for the speaker of the quotes before ('"...?" Berg asked. "..." Holt
  // shouted.'): the speaker heard last (the "continued" candidate) keeps only who it is and that the
  // rules heard it, and stands against the one named. (Too few such quotes in the training data to
  // learn it from the look-back features alone: they outweighed the name after the quote.)
  if (namedAfter && span.start <= sentence.start + 2) {
    for (const [actorId, reasons] of byActor) {
      if (actorId === namedAfter || !(reasons.has('rule:continued') || reasons.has('heard:0'))) continue;
      for (const r of reasons) if (LOOK_BACK.test(r)) reasons.delete(r);
      reasons.add('rival:named-after');
    }
  }
  return [...byActor].map(([actorId, reasons]) => ({ actorId, reasons }));
}
