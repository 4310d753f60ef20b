/**
 * Text as a regular expression that matches it literally (lexicon words and names built into patterns).
 * @example new RegExp(`\\b${escapeRegExp('U.S.')}`) // matches "U.S.", not "UxSx"
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
