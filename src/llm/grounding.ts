/**
 * Checks what a model returns against the articles it was shown. A citation must name an article
 * of the prompt and a paragraph the prompt showed; a quote must appear verbatim; a sentence keeps
 * its names and numbers only if the cited articles contain them; a sentence that attributes words
 * or a position to someone must match what the cited paragraphs show that source saying
 * (attribution.ts). Anything else is dropped, and the caller says so.
 */
import type { ParsedArticle } from '../article/types.js';
import { cite } from '../briefing/citation.js';
import type { Citation, ReplyQuote } from '../briefing/reply.js';
import { findAttributions, isAttributionBacked } from './attribution.js';
import { promptArticleId, type ArticleExcerpt } from './fence-articles.js';
import { containsLoosely, containsVerbatim, foldTypography, quotedSegments, sentenceAround, trimEnds } from './text-match.js';

/** A citation as the model writes it. */
export interface CitationRef {
  articleId: string;
  paragraph: number;
}

/** A citation checked against the prompt: the article and a paragraph it showed. */
export interface GroundedRef {
  article: ParsedArticle;
  paragraph: number;
}

/** The articles and paragraphs a prompt showed, for checking citations. */
export interface PromptScope {
  byId: Map<string, ParsedArticle>;
  shown: Map<string, Set<number>>;
}

/** Builds the scope of a prompt from its excerpts. */
export function scopeOf(excerpts: ArticleExcerpt[]): PromptScope {
  const byId = new Map<string, ParsedArticle>();
  const shown = new Map<string, Set<number>>();
  for (const { article, paragraphs } of excerpts) {
    const id = promptArticleId(article);
    byId.set(id, article);
    shown.set(id, new Set([...(shown.get(id) ?? []), ...paragraphs]));
  }
  return { byId, shown };
}

/** The citations that point to a real article and a paragraph the prompt showed, each once. */
export function groundCitations(refs: CitationRef[], scope: PromptScope): GroundedRef[] {
  const seen = new Set<string>();
  const grounded: GroundedRef[] = [];
  for (const ref of refs) {
    const article = scope.byId.get(ref.articleId.trim());
    if (!article || !Number.isInteger(ref.paragraph)) continue;
    if (ref.paragraph < 0 || ref.paragraph >= article.paragraphs.length) continue;
    if (!scope.shown.get(promptArticleId(article))?.has(ref.paragraph)) continue;
    const key = `${article.id}#${ref.paragraph}`;
    if (seen.has(key)) continue;
    seen.add(key);
    grounded.push({ article, paragraph: ref.paragraph });
  }
  return grounded;
}

/** The reply citation for one paragraph of one article (the core's form). */
export const citationOf = cite;

/** The cited paragraphs' text joined, for verbatim checks. */
function citedText(refs: GroundedRef[]): string {
  return refs.map((r) => r.article.paragraphs[r.paragraph] ?? '').join('\n');
}

/** Everything the cited articles say, names included, lower-cased, for the names-and-numbers check. */
function articleVocabulary(refs: GroundedRef[]): string {
  const articles = new Set(refs.map((r) => r.article));
  const parts: string[] = [];
  for (const article of articles) {
    parts.push(article.headline, article.publishedAt ?? '', article.agency ?? '', article.dateline ?? '', ...article.paragraphs);
    for (const actor of article.actors) parts.push(actor.name, ...actor.aliases, ...actor.roles);
  }
  return foldTypography(parts.join('\n')).toLowerCase();
}

// Words that begin a summary sentence without naming anything, so need not be in the article.
const sentenceStarters = new Set(['according', 'meanwhile', 'however', 'separately', 'overall', 'additionally', 'both']);

/** Why a model sentence is not shown as backed by its citations. */
export type GroundingProblem =
  /** No citation to a paragraph the prompt showed. */
  | 'uncited'
  /** A quoted segment that is not in the cited paragraphs. */
  | 'invented quote'
  /** A capitalised word or number the cited articles do not contain. */
  | 'unknown name or number'
  /** Words or a position put in a source's mouth that the cited paragraphs do not show it saying. */
  | 'unbacked attribution';

/**
 * Why a model sentence is not backed by its citations, or null when it is: every quoted segment
 * appears verbatim in the cited paragraphs, every capitalised word and number appears in the
 * cited articles, and whatever it says someone said, the cited paragraphs show them saying.
 */
export function sentenceProblem(sentence: string, refs: GroundedRef[]): GroundingProblem | null {
  if (refs.length === 0 || trimEnds(sentence).length === 0) return 'uncited';
  const cited = citedText(refs);
  if (quotedSegments(sentence).some((segment) => !containsVerbatim(cited, segment))) return 'invented quote';
  if (!namesAndNumbersKnown(sentence, refs)) return 'unknown name or number';
  const folded = foldTypography(sentence);
  if (findAttributions(folded).some((attribution) => !isAttributionBacked(attribution, refs))) return 'unbacked attribution';
  return null;
}

/** True when a model sentence is backed by its citations (see sentenceProblem). */
export function isSentenceGrounded(sentence: string, refs: GroundedRef[]): boolean {
  return sentenceProblem(sentence, refs) === null;
}

/** Every capitalised word and number of the sentence appears in the cited articles. */
function namesAndNumbersKnown(sentence: string, refs: GroundedRef[]): boolean {
  const vocabulary = articleVocabulary(refs);
  const words = foldTypography(sentence).split(' ');
  return words.every((raw, position) => {
    if (position === 0 && sentenceStarters.has(raw.toLowerCase().replace(/[^a-z]/g, ''))) return true;
    const word = dropEndUnless(raw.replace(/^[^\p{L}\p{N}]+/u, ''), /[\p{L}\p{N}.]/u)
      .replace(/'s$/i, '')
      .replace(/\.$/, '');
    if (word.length === 0 || !(/^\p{Lu}/u.test(word) || /\p{N}/u.test(word))) return true;
    const lower = word.toLowerCase();
    if (vocabulary.includes(lower)) return true;
    // Demonyms and plurals: "Russian" from "Russia", "Koreans" from "Korea".
    for (let cut = 1; cut <= 3 && lower.length - cut >= 4; cut += 1) {
      if (vocabulary.includes(lower.slice(0, -cut))) return true;
    }
    return false;
  });
}

/**
 * A verified quote for a reply: the quote must appear verbatim in one of the cited paragraphs; the
 * speaker comes from the parser's quotes when it knows them, else from the actor the model names
 * if the sentence around the quote names them too, else none.
 */
export function groundQuote(quote: string, speaker: string | null, refs: GroundedRef[]): ReplyQuote | null {
  const ref = refs.find((r) => containsVerbatim(r.article.paragraphs[r.paragraph] ?? '', quote));
  if (!ref) return null;
  const text = trimEnds(foldTypography(quote));
  const paragraphText = ref.article.paragraphs[ref.paragraph] ?? '';
  const known = ref.article.quotes.find((q) => q.paragraph === ref.paragraph && (containsVerbatim(q.text, text) || containsVerbatim(text, q.text)));
  const actors = ref.article.actors;
  const knownSpeaker = known?.speakerId ? actors.find((a) => a.id === known.speakerId) : undefined;
  const wanted = speaker ? foldTypography(speaker).toLowerCase() : '';
  const named = wanted ? actors.find((a) => [a.name, ...a.aliases].some((n) => foldTypography(n).toLowerCase() === wanted)) : undefined;
  const context = known?.sentence ?? sentenceAround(paragraphText, text);
  // The model's word for who said it counts only where the sentence around the quote names them.
  const around = foldTypography(context).replace(text, ' ');
  const namedThere = named && [named.name, ...named.aliases].some((n) => containsLoosely(around, n)) ? named : undefined;
  const actor = knownSpeaker ?? namedThere;
  return {
    text,
    speaker: actor?.name ?? null,
    speakerRole: actor?.roles[0] ?? null,
    context,
    citation: citationOf(ref.article, ref.paragraph),
  };
}

/** One citation per article, in first-cited order (Reply.citations lists each article once). */
export function uniqueByArticle(citations: Citation[]): Citation[] {
  const seen = new Set<string>();
  return citations.filter((c) => (seen.has(c.articleId) ? false : (seen.add(c.articleId), true)));
}

/**
 * What the reply says about lines it left out, or null when none were: attributions the cited
 * paragraphs do not show are named apart, since a reader would otherwise take them for the source's words.
 * @example droppedNote(['unbacked attribution'], 'line') // 'Left out: 1 line that attributed words or a position to someone the cited paragraphs do not show them taking.'
 */
export function droppedNote(problems: readonly string[], unit: 'line' | 'sentence'): string | null {
  if (problems.length === 0) return null;
  const plural = (n: number) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  const attributions = problems.filter((p) => p === 'unbacked attribution').length;
  const others = problems.length - attributions;
  const parts = [
    ...(attributions > 0 ? [`${plural(attributions)} that attributed words or a position to someone the cited paragraphs do not show them taking`] : []),
    ...(others > 0 ? [`${plural(others)} not backed by the cited paragraphs`] : []),
  ];
  return `Left out: ${parts.join('; ')}.`;
}

/** `text` without the code points at its end that `keep` does not match (like `replace(/[^keep]+$/u, '')`, read from the end). */
function dropEndUnless(text: string, keep: RegExp): string {
  let end = text.length;
  while (end > 0) {
    const low = text.charCodeAt(end - 1);
    const size = low >= 0xdc00 && low <= 0xdfff && end > 1 ? 2 : 1;
    if (keep.test(text.slice(end - size, end))) break;
    end -= size;
  }
  return text.slice(0, end);
}
