/** Counting the text Slack measures in a block: every `text` string anywhere inside it. */

/** Sum of the lengths of all `text` strings in a block (section text, fields, buttons, context). */
export function blockTextLength(block: unknown): number {
  if (Array.isArray(block)) return block.reduce((n: number, item) => n + blockTextLength(item), 0);
  if (block === null || typeof block !== 'object') return 0;
  let total = 0;
  for (const [key, value] of Object.entries(block)) {
    if (key === 'text' && typeof value === 'string') total += value.length;
    else total += blockTextLength(value);
  }
  return total;
}
