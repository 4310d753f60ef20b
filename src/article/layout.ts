/**
 * Re-joining lines into paragraphs. Text copied from a web page is hard-wrapped with no blank line
 * between paragraphs, and its columns wrap at different widths; other texts put one paragraph per
 * line, or blank lines between paragraphs. A line break is a paragraph end when the next line's first
 * word would have fitted on the line (so the break was not forced by the column width).
 */

/** How the input was laid out. */
export type Layout = 'wrapped' | 'blank-line' | 'line-per-paragraph';

/** Lines longer than this are not a column width anyone wraps at: one paragraph per line. */
const LONGEST_WRAP_WIDTH = 130;
/** Lines around a line that decide its column width. */
const WIDTH_WINDOW = 4;

const TERMINAL = /[.!?:;"')\]]$/;
const PHOTO_CREDIT_END =
  /(?:(?:\/|\bvia\s)[\p{L} .]*\b(?:REUTERS|Reuters|AP|AFP|Getty Images|EPA|File Photo|Handout|Photo|Pool|Images)\)?|\b(?:REUTERS|AP Photo|AFP|EPA|Getty Images)\/[\p{L} .'-]+)$/u;
const SENTENCE_END = /[.!?]["')\]]?$/;
/** A bullet's mark opening a line: "• Ferries stop at the lower landing", "- \"We're close,\" she said". */
const BULLET_START = /^(?:[•▪◦]\s|[-*–]\s(?=["“‘'\p{Lu}]))/u;
/** Line ends that look like a sentence end but are an abbreviation or an initial. */
const ABBREVIATION_END =
  /(?:\b(?:\p{Lu}\.){1,3}|\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Maj|Capt|Sgt|Adm|St|Jr|Sr|Inc|Corp|Co|Ltd|No|vs|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|Prof|Rev|Ave|Blvd|approx|etc|e\.g|i\.e)\.)$/u;

/** Decides the layout of a block of non-furniture lines. */
export function detectLayout(lines: string[]): Layout {
  const content = lines.filter((l) => l.trim() !== '');
  if (content.length === 0) return 'line-per-paragraph';
  let blanksBetween = 0;
  for (let i = 1; i < lines.length; i++) if (lines[i]!.trim() === '' && lines[i - 1]!.trim() !== '') blanksBetween++;
  const lengths = content.map((l) => l.length).sort((a, b) => a - b);
  const p90 = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  if (p90 > LONGEST_WRAP_WIDTH) return blanksBetween >= content.length * 0.4 ? 'blank-line' : 'line-per-paragraph';
  // Lines of a sentence or more: a site's many menu and link lines do not hide that its paragraphs
  // run longer than any column is wrapped at.
  const sentenceLines = content.filter((l) => l.trim().split(/\s+/).length >= 7);
  const sentenceLengths = sentenceLines.map((l) => l.length).sort((a, b) => a - b);
  if (sentenceLines.length >= 4 && (sentenceLengths[Math.floor(sentenceLengths.length * 0.6)] ?? 0) > LONGEST_WRAP_WIDTH) {
    return blanksBetween >= content.length * 0.4 ? 'blank-line' : 'line-per-paragraph';
  }
  // Two sentences or more on lines longer than any column: no column was wrapped here, however many
  // short menu, label and caption lines stand around them.
  if (sentenceLines.filter((l) => l.trim().length > LONGEST_WRAP_WIDTH && TERMINAL.test(l.trimEnd())).length >= 2) {
    return blanksBetween >= content.length * 0.4 ? 'blank-line' : 'line-per-paragraph';
  }
  // A column breaks sentences anywhere, so some of its lines go on in lower case on the next; a page
  // of many sentence lines where no line does is one paragraph (or heading, or link) per line.
  const goesOn = content.filter((l, k) => !TERMINAL.test(l.trimEnd()) && /^["'(]?\p{Ll}/u.test(content[k + 1]?.trim() ?? '')).length;
  if (sentenceLines.length >= 8 && goesOn === 0) return blanksBetween >= content.length * 0.4 ? 'blank-line' : 'line-per-paragraph';
  // Short lines that each end a sentence are paragraphs of their own (a roundup, a transcript): a
  // column wraps at any word, so few of its lines end with a full stop.
  const ending = sentenceLines.filter((l) => TERMINAL.test(l.trimEnd())).length;
  if (sentenceLines.length >= 4 && ending >= sentenceLines.length * 0.85) return blanksBetween >= content.length * 0.4 ? 'blank-line' : 'line-per-paragraph';
  return blanksBetween >= content.length * 0.4 ? 'blank-line' : 'wrapped';
}

/** The column width around line i: the longest nearby line, ignoring outliers. */
function localWidth(lengths: number[], i: number): number {
  const from = Math.max(0, i - WIDTH_WINDOW);
  const to = Math.min(lengths.length - 1, i + WIDTH_WINDOW);
  const window = lengths.slice(from, to + 1).sort((a, b) => b - a);
  const median = window[Math.floor(window.length / 2)] ?? 0;
  // A single line far longer than its neighbours (a URL, a table row) does not set the width.
  return window.find((len) => len <= median * 1.35 + 8) ?? window[0] ?? 0;
}

function firstWordLength(line: string): number {
  const m = /^\S+/.exec(line.trim());
  return m ? m[0].length : 0;
}

/** True when the break after `line` ends a paragraph, given the next line and the column width. */
export function isParagraphEnd(line: string, next: string, width: number): boolean {
  const trimmed = line.trimEnd();
  const nextStartsNew = /^["'(\[]?[\p{Lu}\d]/u.test(next.trim());
  // A photo credit closes its caption whatever the line's length.
  if (PHOTO_CREDIT_END.test(trimmed) && nextStartsNew) return true;
  // A bullet point starts a paragraph of its own, and ends where a new line starts ("• Ferries stop").
  if (BULLET_START.test(next.trim()) || (BULLET_START.test(trimmed) && nextStartsNew)) return true;
  // A line opening with a label ("Said:", "Joked:", "Q:") starts a paragraph of its own.
  if (/^\p{Lu}\p{Ll}*:\s/u.test(next.trim())) return true;
  // A sentence that ends at the end of a line, with the next line starting a new one, ends its
  // paragraph far more often than not: wire paragraphs are one or two sentences long.
  if (SENTENCE_END.test(trimmed) && nextStartsNew && !ABBREVIATION_END.test(trimmed)) return true;
  const fits = trimmed.length + 1 + firstWordLength(next) <= width;
  if (!fits) return false;
  if (TERMINAL.test(trimmed)) return true;
  // A short line with no closing punctuation: a heading, a byline, a credit line.
  return nextStartsNew && trimmed.length < width * 0.75;
}

/** Joins hard-wrapped lines (no blank lines) into paragraphs. */
export function joinWrappedLines(lines: string[]): string[] {
  const rows = lines.map((l) => l.trim()).filter((l) => l !== '');
  const lengths = rows.map((r) => r.length);
  const paragraphs: string[] = [];
  let current: string[] = [];
  rows.forEach((row, i) => {
    current.push(row);
    const next = rows[i + 1];
    if (next === undefined || isParagraphEnd(row, next, localWidth(lengths, i))) {
      paragraphs.push(joinLines(current));
      current = [];
    }
  });
  return paragraphs;
}

/** Joins the lines of one paragraph, mending words split by a hyphen at the line end. */
export function joinLines(lines: string[]): string {
  const pieces: string[] = [];
  let empty = true;
  // The last characters joined so far: both hyphen patterns span at most four of them, so they are
  // tested on these instead of the whole growing text.
  let end = '';
  for (const line of lines) {
    let piece: string;
    if (empty) piece = line;
    else if (/\p{Ll}-$/u.test(end) && /^\p{Ll}/u.test(line) && !/\s\S{1,2}-$/.test(end)) piece = line;
    else piece = ` ${line}`;
    pieces.push(piece);
    empty &&= piece === '';
    end = (end + piece).slice(-8);
  }
  return pieces.join('').replace(/\s+/g, ' ').trim();
}

/** Splits text into paragraphs according to its layout. */
export function splitParagraphs(lines: string[], layout: Layout): string[] {
  if (layout === 'line-per-paragraph') return lines.map((l) => l.trim()).filter((l) => l !== '');
  if (layout === 'wrapped') return joinWrappedLines(lines);
  // Blank-line text: each block is a paragraph, unless its lines are themselves paragraphs
  // (long lines, or lines that each end a sentence) or hard-wrapped.
  const paragraphs: string[] = [];
  let block: string[] = [];
  const flush = () => {
    if (block.length === 0) return;
    const longest = Math.max(...block.map((l) => l.length));
    if (block.length === 1) paragraphs.push(block[0]!.trim());
    else if (longest > LONGEST_WRAP_WIDTH) paragraphs.push(...block.map((l) => l.trim()));
    else paragraphs.push(...joinWrappedLines(block));
    block = [];
  };
  for (const line of lines) {
    if (line.trim() === '') flush();
    else block.push(line);
  }
  flush();
  return paragraphs.filter((p) => p !== '');
}
