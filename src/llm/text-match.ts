/**
 * Text comparison used to check what a model returns against the article: quotes must appear
 * verbatim (only spacing and quotation-mark glyphs may differ), claims and roles may also differ in
 * case and quotation marks.
 */
import { trimChars } from '../article/text-window.js';

/** Folds typographic quotes, dashes, zero-width characters and runs of spacing to one plain form. */
export function foldTypography(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Strips quotation marks and punctuation at both ends: a model often adds a full stop or quotes. */
export function trimEnds(text: string): string {
  // Read from both ends: an end-anchored pattern rescans every run of these marks in the text.
  return trimChars(text, (c) => /[\s"'.,;:!?…-]/.test(c));
}

/** The loose form for claims and roles: folded, lower case, no quotation marks. */
export function looseForm(text: string): string {
  return trimEnds(
    foldTypography(text)
      .toLowerCase()
      .replace(/["]/g, '')
      .replace(/(^|\s)'|'(\s|$)/g, '$1$2'),
  ).replace(/\s+/g, ' ');
}

/** True when `quote` occurs word for word in `source` (spacing and quote glyphs aside). */
export function containsVerbatim(source: string, quote: string): boolean {
  const needle = trimEnds(foldTypography(quote));
  return needle.length >= 2 && foldTypography(source).includes(needle);
}

/** True when `phrase` occurs in `source` ignoring case, spacing and quotation marks. */
export function containsLoosely(source: string, phrase: string): boolean {
  const needle = looseForm(phrase);
  return needle.length >= 2 && looseForm(source).includes(needle);
}

/** The segments of `text` inside double quotation marks (any glyph), at least two characters long. */
export function quotedSegments(text: string): string[] {
  return [...foldTypography(text).matchAll(/"([^"]{2,})"/g)].map((m) => m[1]!);
}

/** The sentence of `paragraph` that contains `quote`, or the paragraph when it cannot tell. */
export function sentenceAround(paragraph: string, quote: string): string {
  const folded = foldTypography(paragraph);
  const needle = trimEnds(foldTypography(quote));
  const at = folded.indexOf(needle);
  if (at < 0) return folded;
  const before = folded.slice(0, at);
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! '));
  const endMatch = /[.?!]["']?(\s|$)/.exec(folded.slice(at + needle.length));
  const end = endMatch ? at + needle.length + endMatch.index + endMatch[0].trimEnd().length : folded.length;
  return folded.slice(start < 0 ? 0 : start + 2, end).trim();
}
