import { describe, expect, it } from 'vitest';
import { ingestArticleText } from '../../src/ingest/ingest-article.js';
import { silentLogger } from '../../src/logging.js';
import { noopMetrics, type IngestOutcomeKind, type IngestSource, type Metrics } from '../../src/service/metrics.js';
import { createSqliteStore } from '../../src/store/sqlite-store.js';
import { simpleParser } from './simple-parser.js';

function recorder(): Metrics & { ingested: string[]; parses: number[] } {
  const ingested: string[] = [];
  const parses: number[] = [];
  return {
    ...noopMetrics,
    ingested,
    parses,
    articleIngested: (source: IngestSource, outcome: IngestOutcomeKind) => void ingested.push(`${source} ${outcome}`),
    articleParsed: (seconds: number) => void parses.push(seconds),
  };
}

const story = (headline: string) =>
  [
    headline,
    ...Array.from({ length: 8 }, (_, i) => `Paragraph ${i + 1} tells how the river board met on a Tuesday and agreed to open the sluices at dawn.`),
  ].join('\n');

describe('ingest in /metrics', () => {
  it('counts each article by where it came from and what became of it, and times each parse', async () => {
    const store = createSqliteStore(':memory:');
    await store.migrate();
    const metrics = recorder();
    const deps = { store, logger: silentLogger(), parse: simpleParser().parse, parserVersion: 1, metrics };

    await ingestArticleText(story('River board opens the sluices'), 'articles/river.txt', deps);
    await ingestArticleText(story('River board opens the sluices'), 'articles/river.txt', deps);
    await ingestArticleText(story('River board opens the sluices'), 'https://news.example/river', deps);
    await ingestArticleText('MAKE-THE-PARSER-THROW\nbody', 'https://news.example/broken', deps);

    expect(metrics.ingested).toEqual(['file added', 'file unchanged', 'feed duplicate', 'feed failed']);
    // The unchanged file is not parsed again; the one that threw has no parse time.
    expect(metrics.parses).toHaveLength(2);
    await store.close();
  });
});
