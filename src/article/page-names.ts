/**
 * The names a page gives itself outside the story: a masthead line above the headline ("Kestrel
 * Checks") and the owner in a copyright line ("© 2026 Kestrel Checks Ltd."); and the sides of a
 * results strip over the headline ("Brede Rovers 1-1 Oskdale City"), teams. A name of the page's own
 * outlet that the story uses ("told Kestrel Checks", "Kestrel Checks asked the ministry") is that
 * outlet, a body, never a person.
 */

/** A masthead: two to five capitalised words, no figure and no closing mark ("Kestrel Checks", "The Westmoor Herald"). */
const MASTHEAD = /^(?:The\s)?\p{Lu}[\p{L}'’&-]*(?:\s(?:of|on|and|the|\p{Lu}[\p{L}'’&-]*)){1,4}$/u;
/** A one-word masthead ("Vexly"): a name in capitals, no figure; the parser checks it is no place, people or given name. */
const ONE_WORD_MASTHEAD = /^\p{Lu}[\p{Ll}'’&-]*(?:\p{Lu}[\p{Ll}'’&-]*)?$/u;
/** A copyright line and its owner: "© 2026 Kestrel Checks Ltd. All rights reserved.", "© Kestrel Checks 2026" (the owner is group 1). */
const COPYRIGHT =
  /^(?:©|\(c\)|Copyright)\s*(?:©\s*)?(?:\d{4}(?:[–-]\d{2,4})?\s+)?((?:The\s)?\p{Lu}[\p{L}'’&-]*(?:\s\p{Lu}[\p{L}'’&-]*){0,4}?)(?:,?\s+(?:Ltd|Limited|Inc|LLC|plc|GmbH|AS|AB|BV)\.?)?(?:\s+\d{4})?(?:[.,]|\s+All\b|$)/iu;

/** A team's name of one to four capitalised words. */
const TEAM = String.raw`(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3})`;
/** A results strip over the headline, its label or none: "Brede Rovers 1-1 Oskdale City", "FT: Kelby Kestrels 18 Harrowfield Hawks 24" (the sides are groups 1 and 2, or 3 and 4). */
const SCORE_STRIP = new RegExp(String.raw`^(?:[\p{L} -]{1,20}:\s)?(?:${TEAM}\s\d{1,3}\s?[-–]\s?\d{1,3}\s${TEAM}|${TEAM}\s\d{1,3},?\s${TEAM}\s\d{1,3})$`, 'u');

/**
 * The page's own names, lower-cased without a leading "the": masthead lines above the headline (one
 * word only as the page's first line),
 * copyright owners anywhere on the page, and the sides of a results strip above the headline (of two
 * words or more: one word may be the town as well as the club).
 * @example pageOwnNames('Kestrel Checks\nFerry fee claim is false\n...', 'Ferry fee claim is false') // Set { 'kestrel checks' }
 */
export function pageOwnNames(text: string, headline: string): Set<string> {
  const names = new Set<string>();
  const lines = text.split('\n').map((l) => l.trim());
  const headlineAt = headline ? lines.indexOf(headline.trim()) : -1;
  lines.forEach((line, k) => {
    const owner = COPYRIGHT.exec(line)?.[1];
    if (owner && owner.includes(' ')) names.add(owner.replace(/^the\s+/i, '').toLowerCase());
    if (k < headlineAt && k < 8 && MASTHEAD.test(line)) names.add(line.replace(/^the\s+/i, '').toLowerCase());
    // The first line of the page, one word above the headline ("Vexly"), is the outlet's name, not a
    // section's ("Politics") when it opens the page; the parser takes it only where the story uses it.
    if (k === 0 && k < headlineAt && line.length >= 3 && ONE_WORD_MASTHEAD.test(line)) names.add(line.toLowerCase());
    // The sides of a results strip above the headline are teams, bodies ("Oskdale City" no town).
    const strip = k < headlineAt && k < 8 ? SCORE_STRIP.exec(line) : null;
    if (strip) for (const side of strip.slice(1)) if (side?.includes(' ')) names.add(side.toLowerCase());
  });
  return names;
}
