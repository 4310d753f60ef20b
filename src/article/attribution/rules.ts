/**
 * The hand-written attribution rules of quotes.ts, run as proposers: each says who it would credit
 * a quote to (a speaker label, a transcript label, a cue after the quote, the agent of a passive, a saying verb opening
 * the sentence, an inverted attribution closing it, the quote it is listed with, a cue before it, the quote before it, a cue later in the
 * sentence), and whether it got there through "he" or "she". The first answer in their old order of trust is what the rules alone would have decided;
 * the ranker sees every answer as a feature.
 */
import {
  cueAfter,
  cueBefore,
  introducedBefore,
  closingAttribution,
  cueLaterInSentence,
  listedAfter,
  openingSayingVerb,
  passiveAgent,
  transcriptLabel,
  type Attribution,
  type LastQuote,
  type QuoteContext,
  type QuoteSite,
} from '../quotes.js';
import type { SpeakerFinder } from '../speakers.js';
import { countWords } from '../text-window.js';

/** A pronoun found as the subject of a cue or rule, and the actor the resolver gave it. */
export type ResolvedPronoun = NonNullable<SpeakerFinder['lastPronoun']>;

/** The rules' proposals for a quote, in their order of trust; the first one is what the rules decided. */
export interface RuleProposals {
  decided: (Attribution & { rule: string }) | null;
  all: Array<Attribution & { rule: string; pronoun: ResolvedPronoun | null }>;
}

const RULES: Array<[string, (ctx: QuoteContext, site: QuoteSite) => Attribution | null]> = [
  // Speech under a speaker label ("WALLACE:", "Q:", a roundup's "Said:"), read by labelled-speech.ts.
  ['labelled', (ctx, site) => ctx.labelled?.(site.p, site.span.start - 1) ?? null],
  ['label', transcriptLabel],
  ['after', cueAfter],
  ['passive', passiveAgent],
  ['opening', openingSayingVerb],
  ['closing', closingAttribution],
  ['before', cueBefore],
  ['introduced', introducedBefore],
];

/** Runs a speaker look-up and tells whether it went through a pronoun ("he said"), and which. */
export function traced(speakers: SpeakerFinder, find: () => string | null): { id: string | null; pronoun: ResolvedPronoun | null } {
  speakers.lastPronoun = null;
  const id = find();
  const pronoun = speakers.lastPronoun as SpeakerFinder['lastPronoun'];
  return { id, pronoun: id && pronoun && pronoun.actorId === id ? pronoun : null };
}

/** A short line ending on a colon between two quoted paragraphs ("Transcript follows:", "He went on:"): it carries the quote on. */
const shortColonLine = (paragraph: string) => /:\s*$/.test(paragraph) && countWords(paragraph) <= 6;

/** Runs every rule on a quote; "continued" (the quote before it) and "later" keep their old places. */
export function proposeByRules(ctx: QuoteContext, site: QuoteSite, lastQuote: LastQuote | null): RuleProposals {
  const all: RuleProposals['all'] = [];
  const run = (rule: string, propose: () => Attribution | null) => {
    let attribution: Attribution | null = null;
    const { pronoun } = traced(ctx.speakers, () => (attribution = propose())?.speakerId ?? null);
    if (attribution) all.push({ ...(attribution as Attribution), rule, pronoun });
  };
  for (const [rule, propose] of RULES) {
    // A quote listed right after another shares its speaker, before any cue further away.
    if (rule === 'before') run('listed', () => listedAfter(site, lastQuote));
    run(rule, () => propose(ctx, site));
  }
  const { p, span, sentence } = site;
  // A paragraph that is all quote continues the quote before it; so does a further quoted sentence
  // of the same paragraph with no cue of its own.
  const ownCueAfter = all.some((a) => a.rule === 'after');
  if (
    lastQuote?.speakerId &&
    ((site.wholeParagraph && (p - lastQuote.paragraph <= 1 || (p - lastQuote.paragraph === 2 && shortColonLine(ctx.paragraphs[p - 1]!)))) ||
      (lastQuote.paragraph === p && span.start <= sentence.start + 2 && !ownCueAfter))
  ) {
    const speakerId = lastQuote.speakerId;
    run('continued', () => ({ speakerId, cue: 'continued' }));
  }
  run('later', () => cueLaterInSentence(ctx, site));
  return { decided: all[0] ?? null, all };
}
