/**
 * Text helpers shared by the briefing core: folding names for matching (case, accents, punctuation),
 * content words for topic matching, and cleaning what users type before it is searched or echoed.
 */

// Control and invisible formatting characters (bidi overrides, zero-width joiners) never help a
// reader and can reorder or hide text on screen, so they are removed from anything we show.
const CONTROL = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;
const COMBINING_MARK = /\p{M}+/gu;

/**
 * Folds text for matching: no accents, lower case, abbreviation dots dropped ("U.S." -> "us"),
 * every other non-letter/digit a space.
 * @example foldText('Kim Jong-un') // 'kim jong un'
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARK, '')
    .toLowerCase()
    .replace(/[’'`´]s\b/g, '')
    .replace(/(\p{L})\.(?=\p{L}\.)/gu, '$1')
    .replace(/\b(\p{L})\.(?=\s|$)/gu, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The folded words of a name or query. */
export function foldedTokens(text: string): string[] {
  const folded = foldText(text);
  return folded === '' ? [] : folded.split(' ');
}

/** Removes control characters and collapses whitespace; the text stays plain. */
export function stripControl(text: string): string {
  return text.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * What the user typed, made safe to show back: control characters gone, whitespace collapsed,
 * at most `max` characters (an ellipsis marks the cut). Renderers still escape it.
 */
export function echoUserText(text: string, max = 100): string {
  const clean = stripControl(text);
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}

/**
 * A user query reduced to what can be searched: chat mention syntax (`<@123>`, `<!channel>`,
 * `@everyone`) and markdown punctuation removed, capped so a huge paste costs nothing.
 */
export function searchableQuery(text: string, max = 200): string {
  return stripControl(text)
    .slice(0, max * 4)
    .replace(/<[@#!][^>]*>/g, ' ')
    .replace(/@(everyone|here|channel)\b/gi, ' ')
    .replace(/[*_~`|>\\[\]{}<]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max);
}

/** Shortens article text for a line of a reply, cutting at a word boundary. */
export function clip(text: string, max: number): string {
  const clean = stripControl(text);
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}

/** Splits a paragraph into sentences without breaking at abbreviations such as "U.S." or "Mr.". */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  // A sentence ends at . ! ? (plus closing quotes) followed by space and an upper-case letter or
  // opening quote, unless the word before the dot is a single letter or a common abbreviation.
  const boundary = /([.!?]["”’)]*)\s+(?=["“‘(]?\p{Lu})/gu;
  let start = 0;
  for (let m = boundary.exec(paragraph); m !== null; m = boundary.exec(paragraph)) {
    const before = paragraph.slice(start, m.index + 1);
    const lastWord = /(\S+)$/.exec(before)?.[1] ?? '';
    if (m[1] === '.' && isAbbreviation(lastWord)) continue;
    const end = m.index + m[1]!.length;
    sentences.push(paragraph.slice(start, end).trim());
    start = end;
  }
  const rest = paragraph.slice(start).trim();
  if (rest !== '') sentences.push(rest);
  return sentences;
}

const ABBREVIATIONS = new Set([
  'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'sen.', 'rep.', 'gov.', 'gen.', 'col.', 'lt.', 'sgt.', 'st.',
  'jr.', 'sr.', 'no.', 'vs.', 'inc.', 'corp.', 'co.', 'ltd.', 'jan.', 'feb.', 'mar.', 'apr.', 'aug.',
  'sept.', 'sep.', 'oct.', 'nov.', 'dec.', 'u.s.', 'u.n.', 'u.k.', 'e.u.', 'a.m.', 'p.m.', 'etc.',
]);

function isAbbreviation(word: string): boolean {
  const w = word.replace(/^["“‘(]+/, '').toLowerCase();
  return ABBREVIATIONS.has(w) || /^(\p{L}\.)+$/u.test(w);
}
