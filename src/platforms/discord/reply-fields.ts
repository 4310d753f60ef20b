/**
 * Turns the body of a neutral Reply (fields, sections, quotes, choices, citations) into Discord
 * embed fields, each within the field limits, escaped and citing article and paragraph.
 */
import type { APIEmbedField } from 'discord.js';
import { sourceLine } from '../../briefing/citation.js';
import { formatCommandLine } from '../../briefing/command-line.js';
import { viaPhrase } from '../../briefing/provenance.js';
import type { Citation, Reply, ReplyChoice, ReplyQuote } from '../../briefing/reply.js';
import { DISCORD_LIMITS } from './limits.js';
import { fitText, markdownLine, markdownText, plainLine, splitText } from './discord-text.js';

const BULLET = '• ';
const QUOTE_TEXT_BUDGET = 600;
const MAX_SOURCES_SHOWN = 10;

/** Numbers the cited articles in the order the reply lists them (1-based). */
export class CitationNumbers {
  private readonly numbers = new Map<string, number>();

  constructor(citations: Citation[]) {
    for (const c of citations) this.numberOf(c.articleId);
  }

  numberOf(articleId: string): number {
    let n = this.numbers.get(articleId);
    if (n === undefined) this.numbers.set(articleId, (n = this.numbers.size + 1));
    return n;
  }

  get count(): number {
    return this.numbers.size;
  }
}

/** "¶5", or "[2] ¶5" when the reply cites more than one article. */
function citationMark(citation: Citation, numbers: CitationNumbers): string {
  const where = citation.paragraph < 0 ? 'caption' : `¶${citation.paragraph + 1}`;
  return numbers.count > 1 ? `*([${numbers.numberOf(citation.articleId)}] ${where})*` : `*(${where})*`;
}

/** Packs encoded lines into field values of at most 1024 characters, splitting over-long lines. */
function linesToFields(
  name: string,
  lines: Array<{ text: string; suffix: string; bullet?: string }>,
  { inline = false, bullet = BULLET }: { inline?: boolean; bullet?: string } = {},
): APIEmbedField[] {
  const values: string[] = [];
  let current = '';
  const push = (line: string) => {
    const joined = current ? `${current}\n${line}` : line;
    if (joined.length <= DISCORD_LIMITS.fieldValue) current = joined;
    else {
      values.push(current);
      current = line;
    }
  };
  for (const line of lines) {
    const suffix = line.suffix ? ` ${line.suffix}` : '';
    const lead = line.bullet ?? bullet;
    const budget = DISCORD_LIMITS.fieldValue - lead.length - suffix.length;
    const chunks = splitText(line.text.trim(), budget, markdownText);
    chunks.forEach((chunk, i) => push(`${i === 0 ? lead : ''}${chunk}${i === chunks.length - 1 ? suffix : ''}`));
  }
  if (current.trim() || values.length === 0) values.push(current);
  // Discord refuses blank field names and values.
  const label = name.trim() || '—';
  const firstName = fitText(label, DISCORD_LIMITS.fieldName, markdownLine);
  const nextName = fitText(`${label} (continued)`, DISCORD_LIMITS.fieldName, markdownLine);
  return values.map((value, i) => ({ name: i === 0 ? firstName : nextName, value: value.trim() ? value : '—', inline }));
}

const letters = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Whether the sentence around a quote says more than the quote itself (a speaker, a cue). */
function addsToQuote(context: string, quote: string): boolean {
  const rest = letters(context).replace(letters(quote), '');
  return rest.length >= 8;
}

/** A note under a line or quote: who else carries it, where outlets disagree. */
const NOTE_BULLET = '\u2003\u21b3 ';

function quoteField(quote: ReplyQuote, numbers: CitationNumbers): APIEmbedField {
  const via = viaPhrase(quote.via ?? []);
  const who = [quote.speaker ?? 'Unattributed', quote.speakerRole, via].filter(Boolean).join(', ');
  const mark = ` ${citationMark(quote.citation, numbers)}`;
  // A quote cut from its sentence often keeps the comma before the cue ("...next year," she said).
  const words = quote.text.trim().replace(/[,;:]$/, '');
  let said = `“${fitText(words, QUOTE_TEXT_BUDGET, markdownText)}”${mark}`;
  for (const note of quote.notes ?? []) {
    const line = `\n${NOTE_BULLET}*${fitText(note, 300, markdownText)}*`;
    if (said.length + line.length <= DISCORD_LIMITS.fieldValue) said += line;
  }
  const context = quote.context.trim();
  let value = said;
  if (context && addsToQuote(context, quote.text)) {
    const budget = DISCORD_LIMITS.fieldValue - said.length - 3;
    if (budget > 20) value = `${said}\n*${fitText(context, budget, markdownText).trim()}*`;
  }
  const name = fitText(who, DISCORD_LIMITS.fieldName, markdownLine);
  return { name: name.trim() ? name : 'Unattributed', value, inline: false };
}

function choiceLine(choice: ReplyChoice): { text: string; suffix: string } {
  // The command goes in a code span, where escapes do not work: drop backticks instead.
  const command = fitText(formatCommandLine(choice).replace(/`/g, "'"), 200, plainLine);
  const description = choice.description ? ` — ${choice.description}` : '';
  return { text: `${choice.label}${description}`, suffix: `· \`${command}\`` };
}

/** The "Sources" field: each cited article's headline, agency and date, numbered when several. */
export function sourcesField(citations: Citation[], numbers: CitationNumbers): APIEmbedField | null {
  if (citations.length === 0) return null;
  const lines = citations.slice(0, MAX_SOURCES_SHOWN).map((c) => {
    const about = sourceLine(c);
    const text = about ? `${c.headline} — ${about}` : c.headline;
    const prefix = numbers.count > 1 ? `[${numbers.numberOf(c.articleId)}] ` : '';
    return prefix + fitText(text, 300, markdownText);
  });
  if (citations.length > MAX_SOURCES_SHOWN) lines.push(`… and ${citations.length - MAX_SOURCES_SHOWN} more`);
  let value = '';
  for (const line of lines) {
    const joined = value ? `${value}\n${line}` : line;
    if (joined.length > DISCORD_LIMITS.fieldValue) break;
    value = joined;
  }
  return { name: citations.length > 1 ? 'Sources' : 'Source', value, inline: false };
}

/** Every field of the reply body in reading order; the Sources field is added per page. */
export function replyBodyFields(reply: Reply, numbers: CitationNumbers): APIEmbedField[] {
  const out: APIEmbedField[] = [];
  for (const field of reply.fields) {
    const lines = [{ text: field.value, suffix: '' }];
    out.push(...linesToFields(field.name, lines, { inline: field.inline ?? false, bullet: '' }));
  }
  for (const section of reply.sections) {
    if (section.lines.length === 0) continue;
    const lines = section.lines.flatMap((l) => [
      { text: l.text, suffix: l.citation ? citationMark(l.citation, numbers) : '' },
      ...(l.notes ?? []).map((note) => ({ text: note, suffix: '', bullet: NOTE_BULLET })),
    ]);
    out.push(...linesToFields(section.title, lines));
  }
  for (const quote of reply.quotes) out.push(quoteField(quote, numbers));
  if (reply.choices.length > 0) out.push(...linesToFields('Choose one', reply.choices.map(choiceLine)));
  return out;
}
