/**
 * Small builders for the replies the LLM layer returns: the plain-text fallback, citation labels
 * and the "LLM ... unavailable" note added to a rule-based reply.
 */
import type { Citation, Reply, ReplyLine, ReplyQuote } from '../briefing/reply.js';

/** "Headline (Agency, 2024-06-18), paragraph 3": paragraphs counted from 1 for people. */
export function citationLabel(citation: Citation): string {
  const meta = [citation.agency, citation.publishedAt].filter(Boolean).join(', ');
  const where = citation.paragraph >= 0 ? `paragraph ${citation.paragraph + 1}` : 'photo caption';
  return `${citation.headline}${meta ? ` (${meta})` : ''}, ${where}`;
}

/** Lines as plain text, each followed by its source. */
export function linesText(lines: ReplyLine[]): string {
  return lines.map((line) => `- ${line.text}${line.citation ? ` [${citationLabel(line.citation)}]` : ''}`).join('\n');
}

function quotesText(quotes: ReplyQuote[]): string {
  return quotes
    .map((q) => `- "${q.text}"${q.speaker ? ` (${q.speaker})` : ''} [${citationLabel(q.citation)}]`)
    .join('\n');
}

/** The plain-text form of a reply the LLM layer built from scratch. */
export function fallbackOf(reply: Omit<Reply, 'fallback'>): string {
  const parts = [reply.title];
  if (reply.description) parts.push(reply.description);
  for (const field of reply.fields) parts.push(`${field.name}: ${field.value}`);
  for (const section of reply.sections) parts.push(`${section.title}\n${linesText(section.lines)}`);
  if (reply.quotes.length > 0) parts.push(`Quotes\n${quotesText(reply.quotes)}`);
  return parts.join('\n\n');
}

/** The same reply with a short note (e.g. "LLM summary unavailable: ...") as a field and in the fallback. */
export function withNote(reply: Reply, note: string): Reply {
  return {
    ...reply,
    fields: [...reply.fields, { name: 'Note', value: note }],
    fallback: `${reply.fallback}\n\nNote: ${note}`,
  };
}
