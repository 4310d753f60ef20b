/**
 * Claims and quotes as the replies show them: who made them (merged actor or the article's own
 * wording), a verb for each kind of claim, and whether a text names a given actor.
 */
import type { Claim, ClaimKind, ParsedArticle, Quote } from '../article/types.js';
import { inflect } from '../article/verb-forms.js';
import { cite } from './citation.js';
import type { ActorRecord } from '../store/corpus-queries.js';
import type { CorpusActor, CorpusView } from './corpus.js';
import { provenanceNotes, relayNames, viaPhrase } from './provenance.js';
import type { ReplyLine, ReplyQuote } from './reply.js';
import { clip, foldText } from './text.js';

/** A claim with the article it comes from. */
export interface ClaimRef {
  article: ParsedArticle;
  claim: Claim;
}

/** A quote with the article it comes from. */
export interface QuoteRef {
  article: ParsedArticle;
  quote: Quote;
}

const VERBS: Record<ClaimKind, string> = {
  statement: 'said',
  accusation: 'accused',
  denial: 'denied',
  promise: 'promised',
  warning: 'warned',
  call: 'urged',
  assessment: 'assessed',
  report: 'reported',
  concern: 'raised concern',
  prediction: 'predicted',
  demand: 'demanded',
};

/** The verb shown for a kind of claim, e.g. "denied". */
export function claimVerb(kind: ClaimKind): string {
  return VERBS[kind] ?? 'said';
}

/** Everyone a claim is attributed to, as corpus actors. */
export function claimSources(view: CorpusView, ref: ClaimRef): CorpusActor[] {
  const ids = [ref.claim.sourceId, ...(ref.claim.coSourceIds ?? [])];
  const out: CorpusActor[] = [];
  for (const id of ids) {
    const actor = view.actorOf(ref.article, id);
    if (actor && !out.includes(actor)) out.push(actor);
  }
  return out;
}

/** Who made a claim, as the article words it when it names several ("Moscow and Pyongyang"). */
export function claimSourceName(view: CorpusView, ref: ClaimRef): string {
  const sources = claimSources(view, ref);
  const worded = ref.claim.sourceText?.trim();
  // "Moscow and Pyongyang" says more than either actor's name; "He" or a role says less.
  const several = worded !== undefined && /\s(and|&)\s/i.test(worded);
  if (sources.length === 1 && !several) return sources[0]!.name;
  if (sources.length > 1 && !several) return sources.map((s) => s.name).join(' and ');
  return worded || sources.map((s) => s.name).join(' and ') || 'unattributed';
}

/** Whether an actor is among a claim's sources. */
export function isClaimBy(view: CorpusView, ref: ClaimRef, actor: Pick<ActorRecord, 'id'>): boolean {
  return claimSources(view, ref).some((source) => source.id === actor.id);
}

/** The folded names of an actor, padded for whole-word search in padded folded text. */
export function actorNeedles(actor: Pick<ActorRecord, 'name' | 'aliases'>): string[] {
  return [...new Set([actor.name, ...actor.aliases].map((n) => foldText(n)).filter((n) => n.length > 1))].map((n) => ` ${n} `);
}

/** Whether a text names the actor by one of its names (whole words, ignoring case and accents). */
export function textNames(text: string, needles: readonly string[]): boolean {
  const padded = ` ${foldText(text)} `;
  return needles.some((n) => padded.includes(n));
}

// Letters that folding changes (accents, ligatures, full-width forms): texts with them are folded.
const FOLDABLE = /[\u00c0-\u024f\u0300-\u036f\u1e00-\u1eff\ufb00-\ufb06\uff00-\uffef]/;

/**
 * A test for "does this text name the actor", as `textNames` but rejecting most texts without
 * folding them: a text naming the actor contains, as a word, the longest word of one of its names
 * (dots between letters optional, so "U.S." and "US" both pass).
 */
export function nameMatcher(actor: Pick<ActorRecord, 'name' | 'aliases'>): (text: string) => boolean {
  const needles = actorNeedles(actor);
  const probes = new Set<string>();
  for (const needle of needles) {
    const longest =
      needle
        .trim()
        .split(' ')
        .sort((a, b) => b.length - a.length)[0] ?? '';
    if (longest.length > 0) probes.add([...longest].map((c) => c.replace(/[^a-z0-9]/g, '\\$&')).join('\\.?'));
  }
  const probe = probes.size > 0 ? new RegExp(`\\b(?:${[...probes].join('|')})`, 'i') : null;
  return (text) => {
    if (probe && !FOLDABLE.test(text) && !probe.test(text)) return false;
    return textNames(text, needles);
  };
}

/**
 * Whether `word` is a form of the verb `cue` is a form of ("reported" of "reports", "thought" of
 * "thinks"): the parser words a claim with its verb in the past ("The Ledger reports that ..."
 * becomes "reported that ..."), so the line must not add a verb of its own.
 */
export function isFormOf(word: string, cue: string): boolean {
  if (word === cue) return true;
  if (word.length < 3 || cue.length < 3 || word[0] !== cue[0]) return false;
  const lemmas = [
    cue,
    cue.replace(/s$/, ''),
    cue.replace(/es$/, ''),
    cue.replace(/ies$/, 'y'),
    cue.replace(/e?d$/, ''),
    cue.replace(/ied$/, 'y'),
    cue.replace(/ing$/, ''),
    cue.replace(/ing$/, 'e'),
  ];
  return lemmas.some((lemma) => lemma.length > 1 && inflect(lemma).includes(word));
}

/** A claim as a line of a reply: "Yuri Ushakov said: ..." with its citation. */
export function claimLine(view: CorpusView, ref: ClaimRef, options: { withSource?: boolean } = {}): ReplyLine {
  const verb = claimVerb(ref.claim.kind);
  const source = options.withSource === false ? '' : `${claimSourceName(view, ref)} `;
  const text = clip(ref.claim.text, 300);
  // "denied arms transfers" already carries its verb: "Russia denied arms transfers", not "denied: denied ...".
  const firstWord = foldText(text).split(' ')[0] ?? '';
  const carriesVerb = firstWord !== '' && (isFormOf(firstWord, foldText(ref.claim.cue ?? '')) || firstWord === verb.split(' ')[0]);
  // "Said (via Coastline Radio): ...": the words came through someone else.
  const via = viaPhrase(relayNames(view, ref.article, ref.claim.via));
  const worded = carriesVerb ? `${source}${text}${via ? ` (${via})` : ''}` : `${source}${verb}${via ? ` (${via})` : ''}: ${text}`;
  const notes = provenanceNotes(view, ref.article, 'claim', view.ordOf(ref.article, 'claim', ref.claim));
  return {
    text: worded.replace(/^./, (c) => c.toUpperCase()),
    citation: cite(ref.article, ref.claim.paragraph),
    ...(notes.length ? { notes } : {}),
  };
}

/** A quote as a reply quote, with the speaker's merged name and first role in that article. */
export function replyQuote(view: CorpusView, ref: QuoteRef): ReplyQuote {
  const local = ref.article.actors.find((a) => a.id === ref.quote.speakerId);
  const speaker = view.actorOf(ref.article, ref.quote.speakerId);
  return {
    text: clip(ref.quote.text, 400),
    speaker: speaker?.name ?? local?.name ?? null,
    speakerRole: local?.roles[0] ?? speaker?.roles[0] ?? null,
    context: clip(ref.quote.sentence || ref.quote.text, 500),
    citation: cite(ref.article, ref.quote.paragraph),
    via: relayNames(view, ref.article, ref.quote.via),
    notes: provenanceNotes(view, ref.article, 'quote', view.ordOf(ref.article, 'quote', ref.quote)),
  };
}

/** Whether a claim says something: at least two content words ("arms transfers", not "Ushakov as saying"). */
export function isSubstantive(view: CorpusView, ref: ClaimRef): boolean {
  return view.contentKeys(ref.claim.text).size >= 2;
}

/**
 * Drops claims that say nothing, and claims whose wording sits inside another claim of the same
 * paragraph (parsers sometimes report a clause and the sentence around it).
 */
export function withoutNestedClaims<T extends ClaimRef>(view: CorpusView, refs: readonly T[]): T[] {
  const byParagraph = new Map<string, { ref: T; folded: string }[]>();
  for (const ref of refs) {
    if (!isSubstantive(view, ref)) continue;
    const key = `${ref.article.id}#${ref.claim.paragraph}`;
    const group = byParagraph.get(key) ?? [];
    group.push({ ref, folded: foldText(ref.claim.text) });
    byParagraph.set(key, group);
  }
  const kept = new Set<T>();
  for (const group of byParagraph.values()) {
    for (const item of group) {
      const nested = group.some((o) => o !== item && o.folded.length > item.folded.length && o.folded.includes(item.folded));
      if (!nested) kept.add(item.ref);
    }
  }
  return refs.filter((ref) => kept.has(ref));
}

/** Quotes ranked by how notable they are: whole statements, substance, a named speaker, recency. */
export function quoteScore(ref: QuoteRef, recencyRank: number): number {
  const words = ref.quote.text.split(/\s+/).filter(Boolean).length;
  let score = Math.min(words, 40) / 8;
  if (ref.quote.kind === 'direct') score += 2;
  if (ref.quote.speakerId) score += 2;
  if (ref.article.actors.find((a) => a.id === ref.quote.speakerId)?.kind === 'person') score += 1;
  // A one- or two-word scare quote ("Comrade") is rarely what anyone wants to see.
  if (words < 4) score -= 4;
  return score - recencyRank * 0.5;
}
