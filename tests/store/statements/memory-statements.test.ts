import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/parse-article.js';
import { deriveArticle } from '../../../src/store/derive/derive-article.js';
import { createMemoryStatements, type StatementBatch } from '../../../src/store/statements/memory-statements.js';

const SAID = 'The north pier will reopen next week for every fishing boat';
const OTHER = 'Crews have worked through three nights to clear the storm damage';

/** Links an invented article quoting one official (corpus actor 7) on `day`; returns its rows. */
async function link(saying: ReturnType<typeof createMemoryStatements>, id: string, day: string, words: string): Promise<StatementBatch> {
  const parsed = parseArticle(`Pier work\n\nBy Ada Quill\n\n${day}\n\n"${words}," said harbour master Jon Vale on Monday.\n`, { source: `${id}.txt` });
  const derived = deriveArticle({ ...parsed, id, publishedAt: day });
  return saying.link({ id, rank: Date.parse(day) }, derived, new Map(parsed.actors.map((a) => [a.id, 7])));
}

/** The statement the article's quote reports. */
const quoted = (batch: StatementBatch) => batch.reports.find((r) => r.item === 'quote')!.statement_id;

describe('statements held in memory during a bulk import', () => {
  it('merges a report into the statement still held with the same words', async () => {
    const saying = createMemoryStatements();
    const first = await link(saying, 'a', '2026-03-02', SAID);
    const again = await link(saying, 'c', '2026-03-04', SAID);
    expect(quoted(again)).toBe(quoted(first));
  });

  it('writes out the oldest statements once more are held than allowed, and no longer finds them', async () => {
    const saying = createMemoryStatements(1);
    const first = await link(saying, 'a', '2026-03-02', SAID);
    const other = await link(saying, 'b', '2026-03-03', OTHER);
    expect(other.statements.map((s) => s.id)).toContain(quoted(first));
    const again = await link(saying, 'c', '2026-03-04', SAID);
    expect(quoted(again)).not.toBe(quoted(first));
    expect([...again.statements, ...saying.drain()].map((s) => s.id)).toContain(quoted(again));
  });
});
