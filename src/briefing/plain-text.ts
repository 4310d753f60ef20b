/**
 * The plain-text form of a reply (its `fallback`): what a client without rich content shows, and
 * the base of the console's rendering. No markup; line references like "[1 ¶15]" point at the
 * sources listed at the end.
 */
import { articleLabel, citationRef } from './citation.js';
import { formatCommandLine } from './command-line.js';
import { viaPhrase } from './provenance.js';
import { foldText } from './text.js';
import type { Reply } from './reply.js';

/** Renders a reply as plain text, one item per line. */
export function replyToPlainText(reply: Reply): string {
  return replyToBlocks(reply)
    .map((b) => (b.kind === 'blank' ? '' : `${b.indent}${b.text}`))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** One printable piece of a reply; the console wraps these to the terminal width. */
export type TextBlock = { kind: 'blank' } | { kind: 'title' | 'heading' | 'text'; text: string; indent: string; hang?: string };

/** A reply as ordered text blocks, shared by the plain-text fallback and the console renderer. */
export function replyToBlocks(reply: Reply): TextBlock[] {
  const blocks: TextBlock[] = [];
  const text = (t: string, indent = '', hang = indent) => blocks.push({ kind: 'text', text: t, indent, hang });
  const blank = () => blocks.push({ kind: 'blank' });
  blocks.push({ kind: 'title', text: reply.title, indent: '' });
  if (reply.description) text(reply.description);
  if (reply.fields.length > 0) {
    blank();
    for (const f of reply.fields) text(`${f.name}: ${f.value}`, '', '  ');
  }
  for (const section of reply.sections) {
    blank();
    blocks.push({ kind: 'heading', text: section.title, indent: '' });
    for (const line of section.lines) {
      const ref = line.citation ? ` ${citationRef(reply, line.citation)}` : '';
      text(`- ${line.text}${ref}`, '', '  ');
      for (const note of line.notes ?? []) text(note, '  ', '    ');
    }
  }
  if (reply.quotes.length > 0) {
    blank();
    blocks.push({ kind: 'heading', text: 'Quotes', indent: '' });
    for (const q of reply.quotes) {
      const via = viaPhrase(q.via ?? []);
      const who = [q.speaker ?? 'unattributed', q.speakerRole, via].filter(Boolean).join(', ');
      text(`“${q.text}” — ${who} ${citationRef(reply, q.citation)}`, '', '  ');
      for (const note of q.notes ?? []) text(note, '  ', '    ');
      if (q.context && foldText(q.context) !== foldText(q.text)) text(`In context: ${q.context}`, '  ', '    ');
    }
  }
  if (reply.choices.length > 0) {
    blank();
    reply.choices.forEach((c, i) => {
      const about = c.description ? ` — ${c.description}` : '';
      text(`${i + 1}. ${c.label}${about}  (${formatCommandLine(c)})`, '', '   ');
    });
  }
  if (reply.citations.length > 0) {
    blank();
    blocks.push({ kind: 'heading', text: 'Sources', indent: '' });
    reply.citations.forEach((c, i) => text(`[${i + 1}] ${articleLabel(c)}`, '', '    '));
  }
  return blocks;
}
