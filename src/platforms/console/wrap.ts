/**
 * Word wrapping for the terminal: a first-line indent and a hanging indent for the rest, words
 * longer than the width cut rather than overflowing.
 */

/**
 * Wraps one paragraph of text to `width` columns.
 * @example wrapText('- a long line ...', 40, '', '  ')
 */
export function wrapText(text: string, width: number, indent = '', hang = indent): string[] {
  const lines: string[] = [];
  let current = indent;
  let empty = true;
  const limit = (prefix: string) => Math.max(10, width - prefix.length);
  const push = () => {
    lines.push(current.trimEnd());
    current = hang;
    empty = true;
  };
  // Only ordinary spaces break lines: a no-break space keeps "[1 ¶14]" together.
  for (const word of text.split(/[ \t\n\r]+/).filter(Boolean)) {
    let rest = word;
    while (rest.length > 0) {
      const prefix = empty ? current : `${current} `;
      const room = width - prefix.length;
      if (rest.length <= room) {
        current = prefix + rest;
        empty = false;
        rest = '';
      } else if (!empty) {
        push();
      } else {
        // A word wider than the line (a URL, a pasted blob) is cut so nothing runs off screen.
        const take = Math.max(1, Math.min(rest.length, limit(current)));
        current += rest.slice(0, take);
        rest = rest.slice(take);
        empty = false;
        if (rest.length > 0) push();
      }
    }
  }
  if (!empty || lines.length === 0) lines.push(current.trimEnd());
  return lines;
}
