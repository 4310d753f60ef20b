/** A readable, plain-text summary of a parsed article for `briefing parse` without --json. */
import type { ParsedArticle } from './types.js';

export function formatSummary(a: ParsedArticle): string {
  const name = (id: string | null) => a.actors.find((x) => x.id === id)?.name ?? 'unattributed';
  const lines: string[] = [];
  lines.push(a.headline || '(no headline)');
  const dated = a.publishedAt
    ? `${a.publishedAt}${a.dateFrom === 'given' ? ' (given, not in the article)' : ''}`
    : `undated: ${a.undatedReason ?? 'no date found'}`;
  lines.push(`Published: ${dated}${a.agency ? ` · ${a.agency}` : ''}${a.dateline ? ` · ${a.dateline}` : ''}`);
  if (a.bylines.length) lines.push(`By ${a.bylines.join(', ')}`);
  if (a.credits.length) lines.push(`Credits: ${a.credits.map((c) => `${c.name} (${c.role})`).join(', ')}`);
  lines.push(`${a.paragraphs.length} paragraphs (${a.layout})`, '', 'Actors:');
  for (const x of a.actors)
    lines.push(`  ${x.name} [${x.kind}]${x.roles.length ? ` — ${x.roles.join('; ')}` : ''}${x.aliases.length ? ` (also: ${x.aliases.join(', ')})` : ''}`);
  lines.push('', 'Quotes:');
  for (const q of a.quotes) lines.push(`  "${q.text}" — ${name(q.speakerId)} (¶${q.paragraph + 1}, ${q.kind})`);
  lines.push('', 'Claims:');
  for (const c of a.claims) lines.push(`  ${name(c.sourceId)} [${c.kind}]: ${c.text} (¶${c.paragraph + 1})`);
  lines.push('', 'Timeline:');
  for (const e of [...a.events].sort((x, y) => x.date.localeCompare(y.date))) lines.push(`  ${e.date}  ${e.text}${e.note ? ` (${e.note})` : ''}`);
  return lines.join('\n');
}
