/**
 * Escaping for Slack. Article and user text is plain text; Slack reads `<...>` as mentions and links
 * (`<!channel>`, `<@U123>`, `<http://x|y>`) and `*_~\`` as formatting, so every piece of such text
 * passes through here before it is put in a message.
 */

/** Escapes `&`, `<` and `>` the way Slack asks, so no mention, channel ping or link can form. */
export function escapeSlackText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// Slack's mrkdwn has no escape for its formatting characters, so they are swapped for look-alikes
// that Slack does not interpret. This only changes how rare characters look, never the words.
const FORMATTING_LOOKALIKES: Record<string, string> = {
  '*': '\u2217',
  _: '\u02cd',
  '~': '\u223c',
  '`': '\u02cb',
};

/**
 * Makes plain text safe inside a mrkdwn text object: escaped, formatting characters neutralised, and
 * no line starting with `>` (which would become a block quote).
 * @example mrkdwnSafe('<!channel> *now*') === '&lt;!channel&gt; \u2217now\u2217'
 */
export function mrkdwnSafe(text: string): string {
  return (
    escapeSlackText(stripControlCharacters(text))
      .replace(/[*_~`]/g, (c) => FORMATTING_LOOKALIKES[c] ?? c)
      // Spaces on the quote's own line only: the mark lands in the same place after a run of blank lines.
      .replace(/^([^\S\n\r\u2028\u2029]*)&gt;/gm, '$1\u200b&gt;')
  );
}

/** Makes plain text safe inside a plain_text object or the top-level `text` fallback. */
export function plainSafe(text: string): string {
  return escapeSlackText(stripControlCharacters(text));
}

/** Removes control characters other than newline and tab, which can break rendering. */
export function stripControlCharacters(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
}
