/**
 * Text from articles and users, made safe for Discord: control characters removed, markdown
 * escaped, mentions broken visually. Fitting it to a limit is the core's fitText (src/briefing/fit-text.ts).
 */
export { ELLIPSIS, fitText, splitText, type Encode } from '../../briefing/fit-text.js';

const ZERO_WIDTH_SPACE = '\u200b';

// C0/C1 controls except newline and tab, and bidi overrides that could flip the layout of a line.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Removes control and bidi-override characters, normalises line ends, turns tabs into spaces. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(UNSAFE_CHARACTERS, '');
}

/** Collapses all whitespace (newlines included) into single spaces, for one-line places. */
export function singleLine(text: string): string {
  return cleanText(text).replace(/\s+/g, ' ').trim();
}

/**
 * Escapes Discord markdown: inline markers everywhere, block markers (headings, quotes, lists,
 * subtext) at the start of a line.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\*_~`|[\]]/g, '\\$&')
    .replace(/^([ ]*)([#>+-])/gm, '$1\\$2')
    .replace(/^([ ]*\d+)\.(?=\s|$)/gm, '$1\\.');
}

/**
 * Makes mention syntax inert to the eye as well as to Discord: a zero-width space after every
 * `@` (so `@everyone`, `@here`, `<@123>`, `<@&123>` do not form) and after every `<` (so channel,
 * command, emoji and timestamp tags such as `<#123>` do not form either).
 */
export function neutraliseMentions(text: string): string {
  return text.replace(/[@<]/g, `$&${ZERO_WIDTH_SPACE}`);
}

/** Article or user text for places Discord renders as markdown (titles, descriptions, fields). */
export function markdownText(text: string): string {
  return neutraliseMentions(escapeMarkdown(cleanText(text)));
}

/** Markdown-safe text on one line (titles, field names). */
export function markdownLine(text: string): string {
  return neutraliseMentions(escapeMarkdown(singleLine(text)));
}

/** Text for places Discord shows as is, on one line (footers, button labels, choice names). */
export function plainLine(text: string): string {
  return neutraliseMentions(singleLine(text));
}
