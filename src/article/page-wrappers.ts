/**
 * What the reader's own tools wrap around a page before it is pasted: a site's cookie-consent banner
 * with its buttons, a mail client's forwarded-message block (the mail's headers, the forwarder's note
 * and signature), a browser's print header and footer repeated on every printed page. None of it is
 * the page's; it is taken out before the page is read, and a print footer and header that cut a
 * paragraph in two no longer stand between its halves.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { countWords } from './text-window.js';

const WRAPPERS = JSON.parse(readFileSync(fileURLToPath(new URL('../../data/lexicon/page-furniture.json', import.meta.url)), 'utf8')) as {
  consentButtons: string[];
};

/** A consent banner's text: cookies, and what they are used for or who shares them. */
const CONSENT_TEXT = /\bcookies?\b/i;
const CONSENT_PURPOSE = /\b(?:partners?|consent|your device|personali[sz]e|personali[sz]ed|privacy|analy[sz]e|traffic|advertising|ads)\b/i;
/** A consent banner's heading: short, about cookies, privacy or consent ("We value your privacy"). */
const CONSENT_HEADING = /\b(?:cookies?|privacy|consent)\b/i;
const CONSENT_BUTTON = new RegExp(`^(?:${WRAPPERS.consentButtons.join('|')})[.!?]?$`, 'i');

/** A mail client's mark over a forwarded mail: "---------- Forwarded message ---------", "Begin forwarded message:". */
const FORWARD_MARK = /^[-–—=_\s]*(?:forwarded message|original message|begin forwarded message:?|forwarded e-?mail)[-–—=_\s]*$/i;
const MAIL_HEADER = /^(?:from|to|cc|bcc|reply-to|sent|date|subject):\s/i;
/** A sign-off that closes a short note: "Thanks,", "Best wishes,", "Cheers". */
const SIGN_OFF = /^(?:thanks|thank you|many thanks|best|best wishes|all the best|cheers|regards|kind regards|warm regards|yours|speak soon)[,!.]?$/i;
/** The line that opens a mail signature ("-- "), by the mail convention. */
const SIGNATURE_MARK = /^--\s?$/;
/** The lines after a signature mark, at most: a name, a title, an address, a notice. */
const SIGNATURE_LINES = 12;

/** A browser's print header: the short date and time, then the page's title ("12/1/25, 4:37 PM Title | Outlet"). */
const PRINT_HEADER = /^\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AP]M)?\b(?:\s+\S.*)?$/i;
/** A browser's print footer: the page's address and the page's number ("https://... 1/2", "Page 2 of 3"). */
const PRINT_FOOTER = /^(?:(?:https?:\/\/|www\.)\S+\s+\d{1,3}\/\d{1,3}|page \d{1,3} of \d{1,3})$/i;

const nonBlank = (lines: readonly string[], from: number, to: number) => {
  const out: number[] = [];
  for (let k = from; k < Math.min(to, lines.length); k++) if (lines[k]!.trim() !== '') out.push(k);
  return out;
};

/** The lines of a cookie-consent banner: its heading, its text and the buttons under it. */
function consentBanner(lines: readonly string[]): Set<number> {
  const out = new Set<number>();
  lines.forEach((line, k) => {
    const t = line.trim();
    if (countWords(t) < 8 || !CONSENT_TEXT.test(t) || !CONSENT_PURPOSE.test(t)) return;
    // The banner's buttons under its text; a banner always has some.
    const after = nonBlank(lines, k + 1, k + 12);
    let b = 0;
    while (b < after.length && (CONSENT_BUTTON.test(lines[after[b]!]!.trim()) || (countWords(lines[after[b]!]!) >= 8 && CONSENT_TEXT.test(lines[after[b]!]!))))
      b++;
    if (b === 0) return;
    out.add(k);
    for (const j of after.slice(0, b)) out.add(j);
    // Its heading above the text, and buttons or a heading above that (some banners put them first).
    for (const j of nonBlank(lines, Math.max(0, k - 3), k).reverse()) {
      const above = lines[j]!.trim();
      if (CONSENT_BUTTON.test(above) || (countWords(above) <= 8 && CONSENT_HEADING.test(above) && !/[.!]$/.test(above))) out.add(j);
      else break;
    }
  });
  return out;
}

/**
 * The lines of a forwarded mail's wrapping: the forward mark and the mail headers under it; the
 * forwarder's note above the mark, or under the headers where it ends with a sign-off and a name;
 * and a signature block after a "--" line near the end.
 */
function forwardedMail(lines: readonly string[]): Set<number> {
  const out = new Set<number>();
  const top = nonBlank(lines, 0, lines.length).slice(0, 12);
  const mark = top.find((k) => FORWARD_MARK.test(lines[k]!.trim()));
  if (mark === undefined) return out;
  // A note written above the mark is the forwarder's.
  for (let k = 0; k <= mark; k++) out.add(k);
  let k = mark + 1;
  while (k < lines.length && (lines[k]!.trim() === '' || MAIL_HEADER.test(lines[k]!.trim()))) out.add(k++);
  // A short note under the headers, closed by a sign-off and a name ("Thanks," / "Priya").
  const note = nonBlank(lines, k, lines.length).slice(0, 10);
  const signOff = note.findIndex((j) => SIGN_OFF.test(lines[j]!.trim()));
  const name = note[signOff + 1];
  if (signOff >= 0 && name !== undefined && countWords(lines[name]!) <= 3 && !/[.!?]$/.test(lines[name]!.trim())) {
    for (let j = k; j <= name; j++) out.add(j);
  }
  // The forwarder's signature at the foot.
  const content = nonBlank(lines, 0, lines.length);
  let sig = content.length - 1;
  while (sig >= 0 && !SIGNATURE_MARK.test(lines[content[sig]!]!)) sig--;
  if (sig >= 0 && content.length - sig - 1 <= SIGNATURE_LINES) for (let j = content[sig]!; j < lines.length; j++) out.add(j);
  return out;
}

/** A browser's print header and footer lines, wherever a printed page broke. */
function printMarks(lines: readonly string[]): Set<number> {
  const out = new Set<number>();
  const printed = lines.some((line) => PRINT_FOOTER.test(line.trim()));
  lines.forEach((line, k) => {
    const t = line.trim();
    if (PRINT_FOOTER.test(t)) out.add(k);
    // A print header repeats on every page; on a one-page print, its title names the page. The date and
    // time alone (as some browsers print them in a corner) count only on a page with a print footer.
    else if (PRINT_HEADER.test(t) && (countWords(t) >= 4 || printed)) out.add(k);
  });
  return out;
}

/**
 * The lines of a pasted page without what a consent banner, a mail client or a browser's print
 * put around it. Print marks are taken out (a paragraph cut by a page break joins up again); the
 * others too, as they hold nothing of the story.
 * @example unwrapPage(['We use cookies to personalise ads and analyse traffic on our site.', 'Accept all', 'Harbour reopens']) // ['Harbour reopens']
 */
export function unwrapPage(lines: readonly string[]): string[] {
  const drop = new Set([...consentBanner(lines), ...forwardedMail(lines), ...printMarks(lines)]);
  return drop.size === 0 ? [...lines] : lines.filter((_, k) => !drop.has(k));
}
