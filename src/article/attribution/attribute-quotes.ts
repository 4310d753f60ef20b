/**
 * Quotes and who said them, in named stages: find every quoted span (quotes.ts), let the rules
 * propose speakers, gather every candidate with its reasons (candidates.ts), describe them
 * (features.ts), and let the learned model decide whether the span is speech and who said it
 * (rank.ts). Without a model the rules decide alone, as they did before the model existed.
 */
import { closeWithComma, findQuoteSites, quoteContext, quoteKind, readsAsTitle, type LastQuote, type QuoteSite } from '../quotes.js';
import type { PlacedMention } from '../speakers.js';
import type { Quote } from '../types.js';
import { findCandidates, type CandidateContext, type HeardSpeaker } from './candidates.js';
import { createCueSubjects } from './cue-subjects.js';
import { proposeByRules } from './rules.js';
import { createStatedGender } from './stated-gender.js';
import { candidateFeatures, nobodyFeatures, quoteFeatures, type Features } from './features.js';
import type { AttributionModel } from './model.js';
import { decideQuote } from './rank.js';

/** Everything the model saw for one quoted span, for training and for explaining a decision. */
export interface QuoteDecision {
  paragraph: number;
  start: number;
  end: number;
  text: string;
  speech: Features;
  candidates: Array<{ actorId: string; features: Features }>;
  nobody: Features;
  /** What the rules alone decided: kept (not a title, a speaker found) and by whom. */
  ruleKept: boolean;
  ruleSpeakerId: string | null;
  /** A speaker label ("WALLACE:") gave the words: markup, which decides on its own, not the model. */
  labelled: boolean;
  /**
   * The decision (its index among the article's) whose quotation this span carries on: a paragraph
   * that opens with the marks of a quote the paragraph before left open. Kept whenever that one is.
   */
  carriedFrom: number | null;
}

/** A decision on a span that carries on a kept quotation: speech, whatever the model read in it alone. */
export function carryOn<D extends { speech: boolean }>(decision: D, openerKept: boolean): D {
  return openerKept && !decision.speech ? { ...decision, speech: true } : decision;
}

/** What a parse can report besides its result: the inputs of every quote decision and where names stand. */
export interface AttributionTrace {
  quotes: QuoteDecision[];
  mentions: PlacedMention[];
}

/** Where a kept quote stood and which rule proposed its speaker, for the stages after attribution (relays). */
export type PlacedQuotes = Map<Quote, { site: QuoteSite; rule: string | null }>;

/**
 * Finds the quotes of an article and their speakers; `trace` receives every decision's inputs,
 * `placed` where each kept quote stood.
 */
export function attributeQuotes(
  ctx: Omit<CandidateContext, 'cueSubjects' | 'isSubject' | 'statedGender'>,
  model: AttributionModel | null,
  trace?: QuoteDecision[],
  placed?: PlacedQuotes,
): Quote[] {
  // The candidates of neighbouring quotes look at the same names: each name's subject test runs once.
  const subjectOf = new Map<PlacedMention, boolean>();
  const isSubject = (q: number, m: PlacedMention) => {
    let subject = subjectOf.get(m);
    if (subject === undefined) subjectOf.set(m, (subject = ctx.speakers.isSubject(q, m)));
    return subject;
  };
  const context: CandidateContext = { ...ctx, cueSubjects: createCueSubjects(ctx), isSubject, statedGender: createStatedGender(ctx) };
  const quotes: Quote[] = [];
  const heard: HeardSpeaker[] = [];
  const timesHeard = new Map<string, number>();
  // Whether a paragraph ends inside an open quotation (wire style).
  const opensOn = (p: number) => ctx.quoteSpans[p]!.at(-1)?.runOn === true;
  let lastQuote: LastQuote | null = null;
  // How many spans have been decided, and the last one that ran on into the next paragraph.
  let decided = 0;
  let runOn: { paragraph: number; index: number; kept: boolean } | null = null;
  const isRoleNoun = (word: string) => ctx.lexicon.roleNouns.has(word);
  for (const site of findQuoteSites(ctx)) {
    const { p, span } = site;
    const rules = proposeByRules(ctx, site, lastQuote);
    const candidates = findCandidates(context, site, rules, heard);
    const title = readsAsTitle(site);
    // The rules' own history, as before: a title leaves it untouched.
    if (!rules.decided) lastQuote = { paragraph: p, speakerId: null, end: span.end + 1 };
    else if (!title) {
      ctx.speakers.noteSpeaker(p, span.start, rules.decided.speakerId);
      // A quote carried on from the one before is named as that one was.
      const first = rules.all[0]!;
      const named = first.rule === 'continued' ? (heard.at(-1)?.named ?? false) : !first.pronoun;
      heard.push({ p, offset: span.start, actorId: rules.decided.speakerId, named });
      timesHeard.set(rules.decided.speakerId, (timesHeard.get(rules.decided.speakerId) ?? 0) + 1);
      lastQuote = { paragraph: p, speakerId: rules.decided.speakerId, end: span.end + 1 };
    }
    const speech = quoteFeatures(site, p > 0 && opensOn(p - 1), rules, candidates, { title, isRoleNoun });
    const described = candidates.map((c) => ({
      actorId: c.actorId,
      features: candidateFeatures(c, ctx.actors.get(c.actorId)!, timesHeard.get(c.actorId) ?? 0),
    }));
    const nobody = nobodyFeatures(speech);
    const ruleKept = !!rules.decided && !title;
    // A speaker label ("WALLACE:", a roundup's "Said:") is markup, not language to be read: it decides.
    // Prose, which the model learned from, has too few of them to weigh.
    // So is a signature under a quoted paragraph ("- Berg.", "Berg, Institute for X.\""), which names its writer.
    const signer = rules.decided ? undefined : described.find((c) => site.wholeParagraph && c.features.includes('signature'));
    const labelled = rules.decided?.rule === 'labelled' ? rules.decided : signer ? { speakerId: signer.actorId } : null;
    // A quotation left open at a paragraph's end carries on where the next paragraph opens with
    // quotation marks (wire style): markup again, so the words are speech if the opening ones were.
    const carried: { index: number; kept: boolean } | null = runOn && runOn.paragraph === p - 1 && span.start <= 1 ? runOn : null;
    const index = decided++;
    trace?.push({
      paragraph: p,
      start: span.start,
      end: span.end,
      text: site.text,
      speech,
      candidates: described,
      nobody,
      ruleKept,
      ruleSpeakerId: labelled?.speakerId ?? rules.decided?.speakerId ?? null,
      labelled: !!labelled,
      carriedFrom: carried?.index ?? null,
    });

    const decision: { speech: boolean; speakerId: string | null } = labelled
      ? { speech: true, speakerId: labelled.speakerId }
      : model
        ? carryOn(decideQuote(model, { speech, candidates: described, nobody }), !!carried?.kept)
        : { speech: ruleKept, speakerId: rules.decided?.speakerId ?? null };
    if (span.runOn) runOn = { paragraph: p, index, kept: decision.speech };
    if (!decision.speech) continue;
    const { speakerId } = decision;
    const proposal = rules.all.find((r) => r.speakerId === speakerId);
    const quote: Quote = {
      text: closeWithComma(site.text).trim(),
      speakerId,
      kind: quoteKind(site),
      paragraph: p,
      sentence: quoteContext(site.paragraph, site.sentence.start, Math.max(site.sentenceEnd, span.end + 1), span),
      cue: proposal?.cue ?? null,
    };
    quotes.push(quote);
    placed?.set(quote, { site, rule: proposal?.rule ?? null });
  }
  return quotes;
}
