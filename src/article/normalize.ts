/**
 * Unicode clean-up before anything else reads the text: one form for quotes, dashes and spaces,
 * look-alike letters from other scripts inside Latin words mapped back to Latin, and the common
 * "UTF-8 read as Latin-1" damage (Ã© for é) repaired.
 */

/** Cyrillic and Greek letters that look like Latin ones (Unicode confusables, the Latin-lookalike subset). */
const LOOKALIKES: Record<string, string> = {
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  У: 'Y',
  І: 'I',
  Ј: 'J',
  Ѕ: 'S',
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  һ: 'h',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  ο: 'o',
  ν: 'v',
  ι: 'i',
  κ: 'k',
};
const LOOKALIKE_CLASS = new RegExp(`[${Object.keys(LOOKALIKES).join('')}]`);
const WORD = /[\p{L}\p{M}]+/gu;
const LATIN = /\p{Script=Latin}/u;
const NON_LATIN_LETTER = /[\p{L}](?<!\p{Script=Latin})/u;

/** Maps look-alike letters to Latin inside words that are otherwise Latin ("Сapital" with a Cyrillic С -> "Capital"). */
export function fixLookalikes(text: string): string {
  if (!LOOKALIKE_CLASS.test(text)) return text;
  return text.replace(WORD, (word) => {
    if (!LATIN.test(word) || !LOOKALIKE_CLASS.test(word)) return word;
    const mapped = [...word].map((ch) => LOOKALIKES[ch] ?? ch).join('');
    // Only when every letter is Latin afterwards: a genuinely mixed word stays as it is.
    return NON_LATIN_LETTER.test(mapped) ? word : mapped;
  });
}

/**
 * Repairs UTF-8 text that was once decoded as Latin-1 ("protegÃ©s" -> "protégés"), or twice, as text
 * copied through two such systems gives it ("SÃ\u0083Â©n" -> "SÃ©n" -> "Sén").
 */
export function fixMojibake(text: string): string {
  const once = fixMojibakeOnce(text);
  return once === text ? text : fixMojibakeOnce(once);
}

function fixMojibakeOnce(text: string): string {
  if (!/[ÂÃâ][\u0080-\u00bf\u2018-\u201e\u2020-\u203a\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u02c6\u02dc]/.test(text)) {
    return text;
  }
  return text.replace(
    /(?:[\u00c2-\u00f4][\u0080-\u00bf\u2018-\u201e\u2020-\u203a\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u02c6\u02dc\u20ac\u2122]{1,3})+/g,
    (run) => {
      const bytes: number[] = [];
      for (const ch of run) {
        const code = ch.charCodeAt(0);
        const cp1252 = CP1252_REVERSE[ch];
        if (code < 256) bytes.push(code);
        else if (cp1252 !== undefined) bytes.push(cp1252);
        else return run;
      }
      try {
        return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes));
      } catch {
        return run;
      }
    },
  );
}

/** Windows-1252 characters in 0x80-0x9f and their byte values. */
const CP1252_REVERSE: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

/**
 * Normalises an article's text: NFC, line endings, spaces, quotes and apostrophes, dashes, zero-width
 * characters, look-alike letters.
 */
export function normalizeText(raw: string): string {
  let text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  // Composed first: text saved in NFD carries "Ã" as "A" and a combining tilde, which the repair
  // would not know for the mojibake of a UTF-8 byte.
  text = fixMojibake(text.normalize('NFC')).normalize('NFC');
  text = text
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    // Two backticks open a quote in ASCII wire copy (``like this'').
    .replace(/``/g, '"')
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u02bc\u0060\u00b4]/g, "'")
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/[\u2028\u2029]/g, '\n')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
  return fixLookalikes(text);
}

/** Words that cut a leading apostrophe off a word rather than open a quote: 'n', '90s, 'em, 'til. */
const ELISION = /^(?:n|em|til|cause|tis|twas|\d0s)\b/i;

/**
 * A copy of a paragraph with its quotation marks as straight double quotes, the same length so every
 * offset holds: closing marks typed as two apostrophes ('') and British single marks around
 * quoted words ('We will stay,' she said). Apostrophes ("don't", "farmers' union") stay. The copy is
 * what quotes are read from; the paragraph itself is kept as the article typed it.
 * @example markQuotationMarks("'We will stay,' she said.") // '"We will stay," she said.'
 */
export function markQuotationMarks(paragraph: string): string {
  // Two apostrophes close a quote opened with a double mark ('"We will go,\'\' he said'); where the
  // paragraph has no double mark at all, they are left alone, as no reader of quotes here takes them.
  let text = paragraph.includes('"') ? paragraph.replace(/''(?=[\p{L}\d])/gu, ' "').replace(/''/g, '" ') : paragraph;
  // Single marks are quotation marks only where no double ones are: inside "..." or ''...'' they nest.
  if (text.includes('"') || text.includes("''") || !text.includes("'")) return text;
  const chars = [...text];
  // Only a BMP text maps one char to one code unit; others are left as they are.
  if (chars.length !== text.length) return text;
  const opens = (i: number) =>
    chars[i] === "'" && (i === 0 || /[\s([—–:-]/.test(chars[i - 1]!)) && /[\p{L}\d]/u.test(chars[i + 1] ?? '') && !ELISION.test(text.slice(i + 1, i + 5));
  const closesStrongly = (j: number) => /[.,!?]/.test(chars[j - 1]!) || j === chars.length - 1 || /[.,;:!?)\]—–]/.test(chars[j + 1]!);
  const closes = (j: number) =>
    chars[j] === "'" && /[\p{L}\d.,!?]/u.test(chars[j - 1] ?? '') && (j === chars.length - 1 || /[\s.,;:!?)\]—–-]/.test(chars[j + 1]!));
  for (let i = 0; i < chars.length; i++) {
    if (!opens(i)) continue;
    let close = -1;
    for (let j = i + 2; j < chars.length; j++) {
      if (opens(j)) break;
      if (!closes(j)) continue;
      // "the farmers' anger": a plural possessive inside the quote, not its end.
      const possessive = chars[j - 1] === 's' && /^\s\p{Ll}/u.test(text.slice(j + 1, j + 3)) && !closesStrongly(j);
      if (possessive) continue;
      close = j;
      break;
    }
    if (close < 0) continue;
    // A whole paragraph in single marks is a heading ('A fight for survival'), not speech.
    if (i === 0 && close >= chars.length - 2) break;
    chars[i] = '"';
    chars[close] = '"';
    i = close;
  }
  text = chars.join('');
  return text;
}
