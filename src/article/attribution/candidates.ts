/**
 * Who could have said a quote, and why each one is in the running. Every rule that used to decide
 * now only proposes (a cue after the quote, a saying verb opening the sentence, a cue before, the
 * quote before it, a transcript label); so do the subjects of every reporting cue in the paragraph
 * and the one before, the names around the quote, the speakers the rules heard last, and, where a
 * proposal went through "he" or "she", every earlier person the pronoun could point to. The reasons
 * become features (features.ts) for the learned ranker (rank.ts) that picks one, or nobody.
 */
import type { Cue } from '../cues.js';
import type { Lexicon } from '../lexicon.js';
import {
  cueAfter,
  cueBefore,
  cueLaterInSentence,
  openingSayingVerb,
  transcriptLabel,
  type Attribution,
  type LastQuote,
  type QuoteContext,
  findQuoteSpans,
  type QuoteSite,
} from '../quotes.js';
import type { Sentence } from '../sentences.js';
import type { PlacedMention, SpeakerFinder } from '../speakers.js';
import type { Actor } from '../types.js';
import { antecedents, type ResolvedPronoun } from './pronouns.js';

/** What the candidate finder reads besides the quote context. */
export interface CandidateContext extends QuoteContext {
  mentionsIn: (paragraph: number) => PlacedMention[];
  actors: Map<string, Actor>;
  lexicon: Lexicon;
  cueSubjects: (p: number) => CueSubject[];
}

/** The subject of a reporting cue outside quotation marks: who the article says spoke there. */
export interface CueSubject {
  p: number;
  index: number;
  actorId: string;
  /** The "he"/"she" it was reached through, or null when named. */
  pronoun: ResolvedPronoun | null;
}

/** The subjects of a paragraph's reporting cues, worked out once per paragraph. */
export function createCueSubjects(ctx: QuoteContext): (p: number) => CueSubject[] {
  const memo = new Map<number, CueSubject[]>();
  return (p) => {
    let list = memo.get(p);
    if (list) return list;
    list = [];
    const paragraph = ctx.paragraphs[p]!;
    const spans = findQuoteSpans(paragraph);
    for (const cue of ctx.cues.find(paragraph)) {
      if (spans.some((s) => cue.index >= s.start && cue.index < s.end)) continue;
      const from = sentenceStartOf(ctx.sentences[p]!, cue.index);
      const found = traced(ctx.speakers, () => (cue.form === 'according' ? ctx.speakers.namedAfter(p, cue.end, cue.end + 60) : ctx.speakers.subjectOf(p, cue, from)));
      if (found.id) list.push({ p, index: cue.index, actorId: found.id, pronoun: found.pronoun });
    }
    memo.set(p, list);
    return list;
  };
}

/** The subject of a cue outside quotation marks, from the per-paragraph list; none for a cue inside them. */
function subjectOfCue(ctx: CandidateContext, p: number, cue: Cue): { id: string | null; pronoun: ResolvedPronoun | null } {
  const found = ctx.cueSubjects(p).find((s) => s.index === cue.index);
  return found ? { id: found.actorId, pronoun: found.pronoun } : { id: null, pronoun: null };
}

/** Distinct actors who spoke (were the subject of a cue) before a point, nearest first, up to three paragraphs back. */
export function sourcesBefore(cueSubjects: (p: number) => CueSubject[], p: number, offset: number, namedOnly: boolean): string[] {
  const out: string[] = [];
  for (let q = p; q >= Math.max(0, p - 3); q--) {
    const list = cueSubjects(q);
    for (let k = list.length - 1; k >= 0; k--) {
      const s = list[k]!;
      if ((q === p && s.index >= offset) || (namedOnly && s.pronoun) || out.includes(s.actorId)) continue;
      out.push(s.actorId);
    }
  }
  return out;
}

/** A speaker the rules heard, in text order. */
export interface HeardSpeaker {
  p: number;
  offset: number;
  actorId: string;
}

/** One possible speaker of a quote and the reasons it was proposed. */
export interface Candidate {
  actorId: string;
  reasons: Set<string>;
}

/** The rules' proposals for a quote, in their order of trust; the first one is what the rules decided. */
export interface RuleProposals {
  decided: (Attribution & { rule: string }) | null;
  all: Array<Attribution & { rule: string; pronoun: ResolvedPronoun | null }>;
}

const RULES: Array<[string, (ctx: QuoteContext, site: QuoteSite) => Attribution | null]> = [
  ['label', transcriptLabel],
  ['after', cueAfter],
  ['opening', openingSayingVerb],
  ['before', cueBefore],
];

/** Runs every rule on a quote; "continued" (the quote before it) and "later" keep their old places. */
export function proposeByRules(ctx: QuoteContext, site: QuoteSite, lastQuote: LastQuote | null): RuleProposals {
  const all: RuleProposals['all'] = [];
  const run = (rule: string, propose: () => Attribution | null) => {
    let attribution: Attribution | null = null;
    const { pronoun } = traced(ctx.speakers, () => (attribution = propose())?.speakerId ?? null);
    if (attribution) all.push({ ...(attribution as Attribution), rule, pronoun });
  };
  for (const [rule, propose] of RULES) run(rule, () => propose(ctx, site));
  const { p, span, sentence } = site;
  // A paragraph that is all quote continues the quote before it; so does a further quoted sentence
  // of the same paragraph with no cue of its own.
  if (lastQuote?.speakerId && ((site.wholeParagraph && p - lastQuote.paragraph <= 1) || (lastQuote.paragraph === p && span.start <= sentence.start + 2))) {
    const speakerId = lastQuote.speakerId;
    run('continued', () => ({ speakerId, cue: 'continued' }));
  }
  run('later', () => cueLaterInSentence(ctx, site));
  return { decided: all[0] ?? null, all };
}

/** Runs a speaker look-up and tells whether it went through a pronoun ("he said"), and which. */
function traced(speakers: QuoteContext['speakers'], find: () => string | null): { id: string | null; pronoun: SpeakerFinder['lastPronoun'] } {
  speakers.lastPronoun = null;
  const id = find();
  const pronoun = speakers.lastPronoun as SpeakerFinder['lastPronoun'];
  return { id, pronoun: id && pronoun && pronoun.actorId === id ? pronoun : null };
}

/** Start of the sentence that holds an offset. */
const sentenceStartOf = (sentences: Sentence[], index: number) => {
  let start = 0;
  for (const s of sentences) if (s.start <= index) start = s.start;
  return start;
};

/** Between a name and its cue: a possessive, one aside, helper verbs or an adverb, and nothing else. */
const NAME_TO_CUE = /^(?:['’]s)?\s*(?:,[^,"]{0,120},\s*)?(?:(?:has|had|have|also|then|later|again|would|will|previously|repeatedly|\p{Ll}+ly)\s+)*$/u;

/** Whether an actor is named right at a cue: before a verb or noun, or right after "according to". */
function standsAtCue(mentions: PlacedMention[], actorId: string, paragraph: string, cue: Cue): boolean {
  return mentions.some((m) =>
    m.actorId === actorId && (cue.form === 'according' ? m.start >= cue.end && /^\s*(?:the\s+)?$/.test(paragraph.slice(cue.end, m.start)) : m.end <= cue.index && NAME_TO_CUE.test(paragraph.slice(m.end, cue.index))),
  );
}

const bin = (n: number, edges: number[]) => {
  const k = edges.findIndex((e) => n <= e);
  return k < 0 ? `${edges.at(-1)}+` : `${edges[k]}`;
};
const wordsBetween = (text: string, a: number, b: number) => (a >= b ? 0 : text.slice(a, b).split(/\s+/).filter(Boolean).length);
const insideQuote = (site: QuoteSite, index: number) => site.spans.some((s) => index >= s.start && index < s.end);

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

  // The rules' proposals, the first of them as the rules' decision.
  for (const [k, proposal] of rules.all.entries()) {
    propose({ id: proposal.speakerId, pronoun: proposal.pronoun }, [`rule:${proposal.rule}`, ...(k === 0 ? ['rule:decided'] : [])]);
  }

  // The subject of every reporting cue in the paragraph.
  const cues = site.cues.filter((c) => !insideQuote(site, c.index));
  // The cues nearest the quote on either side, in its sentence: the likeliest to govern it.
  const nearestBefore = cues.filter((c) => c.end <= span.start && c.index >= sentence.start).at(-1);
  const nearestAfter = cues.find((c) => c.index >= span.end && c.index < sentenceEnd);
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
        : subjectOfCue(ctx, p, cue);
    // Verb and noun cues ("Berg accused", "Berg's accusation") share their features: nouns are too
    // rare in the training data to learn apart, and behave alike.
    const reasons = [`cue:${where}`, `cue:${where}:gap${bin(gap, [0, 2, 5, 12, 30])}`, `cue:kind:${cue.kind}`];
    if (cue.participle) reasons.push('cue:participle');
    if (cue === nearestBefore || cue === nearestAfter) reasons.push(`cue:${where}:nearest`);
    // "Berg said", "Berg's denial", "Berg, a former aide, has said", "according to Berg": the name stands right at the cue.
    if (found.id && !found.pronoun) reasons.push(standsAtCue(ctx.mentionsIn(p), found.id, paragraph, cue) ? `cue:${where}:adjacent` : `cue:${where}:distant`);
    propose(found, reasons);
    // "said Berg": the name right after the verb.
    if (cue.form === 'verb' && /^\s+(?:\S+\s+){0,3}?\p{Lu}/u.test(paragraph.slice(cue.end, cue.end + 40))) {
      add(ctx.speakers.namedAfter(p, cue.end, cue.end + 40), `cue:${where}:inverted`);
    }
  }
  // The previous paragraph's reporting cues: "Berg said on Monday:" then a paragraph of quote.
  if (p > 0) {
    const prevCues = ctx.cues.find(ctx.paragraphs[p - 1]!).filter((c) => c.form !== 'noun');
    prevCues.forEach((cue, k) => {
      propose(subjectOfCue(ctx, p - 1, cue), ['prevcue', ...(k === prevCues.length - 1 ? ['prevcue:last'] : []), ...(/:\s*$/.test(ctx.paragraphs[p - 1]!) ? ['prevcue:colon'] : [])]);
    });
  }

  // Names around the quote, outside quotation marks.
  for (const q of [p, p - 1, p - 2]) {
    if (q < 0) continue;
    for (const m of ctx.mentionsIn(q)) {
      if (m.insideQuote) continue;
      const subject = !m.possessive && ctx.speakers.isSubject(q, m);
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
      } else {
        reasons.push(m.possessive ? `name:back${p - q}:possessive` : `name:back${p - q}`);
        if (subject) reasons.push(`name:back${p - q}:subject`);
      }
      add(m.actorId, ...reasons);
    }
  }

  // Who the rules heard last, nearest first.
  const recent: string[] = [];
  for (let k = heard.length - 1; k >= 0 && recent.length < 3; k--) {
    const h = heard[k]!;
    if (p - h.p > 3) break;
    if (recent.includes(h.actorId)) continue;
    recent.push(h.actorId);
    add(h.actorId, `heard:${recent.length - 1}`, h.p === p ? 'heard:same-paragraph' : `heard:back${Math.min(p - h.p, 3)}`);
  }

  // Who the article last reported as speaking, quoted or not.
  sourcesBefore(ctx.cueSubjects, p, span.start, false)
    .slice(0, 3)
    .forEach((id, k) => add(id, `source:${k}`));

  for (const { pronoun, reasons } of throughPronoun.values()) {
    for (const a of antecedents(ctx, pronoun, recent)) add(a.actorId, ...reasons, ...a.features);
  }
  return [...byActor].map(([actorId, reasons]) => ({ actorId, reasons }));
}
