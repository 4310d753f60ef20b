/**
 * The gold standard of ../shared/eval/polnear.mjs, rebuilt here so that training labels mean exactly
 * what the scorer measures, and so that training runs on a clone without ../shared beside it: gold
 * quotes are the spans inside quotation marks that lie in an annotated Content; a quote's speaker key
 * is the surname its Source names ("Senator Jane Roe" -> roe), a pronoun source ("he said") taking
 * the key of the nearest named source before it; a system speaker is right when one of its names
 * holds that key as a word. Keep in step with the scorer.
 */
import { spanStart, type BratAttribution } from './brat.js';

/** One gold quote: its span in the raw text, its speaker key (null when the source names nobody). */
export interface GoldQuote {
  start: number;
  end: number;
  text: string;
  key: string | null;
  /** Reached through a pronoun source resolved to the nearest earlier named source. */
  pronoun: boolean;
  relation: BratAttribution;
}

/** The scorer's text normalisation: NFKC, lower case, letters, digits and apostrophes. */
export const normalizeForScoring = (s: string): string =>
  String(s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const tokens = (s: string) => normalizeForScoring(s).split(' ').filter(Boolean);

/** Token F1 between two texts, the scorer's test of "the same quote" (>= 0.8). */
export function tokenF1(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (!ta.length || !tb.length) return 0;
  const counts = new Map<string, number>();
  for (const t of tb) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of ta) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      common++;
      counts.set(t, c - 1);
    }
  }
  if (!common) return 0;
  const p = common / ta.length;
  const r = common / tb.length;
  return (2 * p * r) / (p + r);
}

/** Spans inside quotation marks, paragraph by paragraph, as the scorer finds them in the raw text. */
export function scorerQuotedSpans(text: string): Array<{ start: number; end: number; text: string }> {
  const spans: Array<{ start: number; end: number }> = [];
  let offset = 0;
  for (const para of text.split('\n')) {
    let open = -1;
    for (let i = 0; i < para.length; i++) {
      const ch = para[i];
      const isOpen = ch === '\u201c' || (ch === '"' && open < 0);
      const isClose = ch === '\u201d' || (ch === '"' && open >= 0);
      if (open < 0 && isOpen) open = i + 1;
      else if (open >= 0 && isClose) {
        spans.push({ start: offset + open, end: offset + i });
        open = -1;
      }
    }
    if (open >= 0 && para.length - open > 0) spans.push({ start: offset + open, end: offset + para.length });
    offset += para.length + 1;
  }
  return spans.map((s) => ({ ...s, text: text.slice(s.start, s.end).replace(/[,.]\s*$/, '') })).filter((s) => tokens(s.text).length > 0);
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'his', 'her', 'their', 'who']);
const NOT_NAMES = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'critics',
  'officials',
  'aides',
  'supporters',
  'opponents',
  'analysts',
  'experts',
  'sources',
  'democrats',
  'republicans',
  'advocates',
  'protesters',
  'voters',
  'residents',
  'observers',
  'others',
  'some',
  'many',
]);
const TITLES = new Set([
  'secretary',
  'president',
  'minister',
  'senator',
  'sen',
  'rep',
  'representative',
  'governor',
  'gov',
  'chairman',
  'chairwoman',
  'chair',
  'director',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'speaker',
  'leader',
  'mayor',
  'judge',
  'justice',
  'attorney',
  'general',
  'gen',
  'ambassador',
  'chief',
  'head',
  'member',
  'professor',
  'dr',
  'mr',
  'mrs',
  'ms',
  'vice',
  'deputy',
  'candidate',
  'nominee',
  'commissioner',
  'adviser',
  'advisor',
]);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'another', 'other', 'several', 'two', 'three']);

/** Names compared with apostrophes dropped and hyphens as spaces. */
export const nameNorm = (s: string): string =>
  normalizeForScoring(
    String(s ?? '')
      .replace(/['\u2019]/g, '')
      .replace(/-/g, ' '),
  );

function lastName(segment: string): string | null {
  const words = segment.trim().split(/\s+/).filter(Boolean);
  if (words.length <= 2 && DETERMINERS.has(words[0]?.toLowerCase() ?? '')) return null;
  const last = words
    .at(-1)
    ?.replace(/['\u2019]s$/, '')
    .replace(/[^\p{L}\p{N}'\u2019.-]/gu, '')
    .replace(/\.$/, '');
  if (!last || last.length < 2 || !/^\p{Lu}/u.test(last)) return null;
  const key = nameNorm(last);
  if (PRONOUNS.has(key) || NOT_NAMES.has(key) || TITLES.has(key)) return null;
  return key;
}

/** The surname a source text names, or null for descriptions and pronouns. */
export function nameKey(sourceText: string | undefined): string | null {
  // The scorer's own patterns, kept as they are so that keys match it exactly; they read annotation
  // spans from the corpus, a few words long, never article text.
  const s = String(sourceText ?? '')
    // eslint-disable-next-line regexp/no-super-linear-move
    .replace(/\([^)]*\)/g, ' ')
    .trim();
  for (const part of s.split(/,\s*/)) {
    // eslint-disable-next-line regexp/no-super-linear-move
    for (const core of part.split(/\s+(?:of|at|from|with|who|in|for)\s+/)) {
      const key = lastName(core);
      if (key) return key;
    }
  }
  return null;
}

export const isPronounSource = (sourceText: string | undefined): boolean =>
  PRONOUNS.has(
    String(sourceText ?? '')
      .trim()
      .toLowerCase(),
  );

/** Whether one of an actor's names holds the key as a word: the scorer's test of the right speaker. */
export const namesHoldKey = (names: string[], key: string): boolean => names.map(nameNorm).some((n) => ` ${n} `.includes(` ${key} `));

/** The gold quotes of one article, in text order. */
export function goldQuotes(text: string, relations: BratAttribution[]): GoldQuote[] {
  const golds: GoldQuote[] = [];
  for (const span of scorerQuotedSpans(text)) {
    const len = span.end - span.start;
    const relation = relations.find((r) => r.content.ranges.some(([a, b]) => Math.min(b, span.end) - Math.max(a, span.start) >= 0.5 * len));
    if (!relation) continue;
    let key = nameKey(relation.source?.text);
    let pronoun = false;
    if (!key && relation.source && isPronounSource(relation.source.text)) {
      const at = spanStart(relation.source);
      const before = relations
        .filter((r) => r.source && nameKey(r.source.text) && spanStart(r.source) < at)
        .sort((a, b) => spanStart(b.source!) - spanStart(a.source!))[0];
      if (before) [key, pronoun] = [nameKey(before.source!.text), true];
    }
    golds.push({ start: span.start, end: span.end, text: span.text, key, pronoun, relation });
  }
  return golds;
}
