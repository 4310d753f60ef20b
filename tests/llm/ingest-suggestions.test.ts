import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ParsedArticle } from '../../src/article/types.js';
import { ingestPaths } from '../../src/ingest/ingest-paths.js';
import { createIngestSuggester } from '../../src/llm/suggest-at-ingest.js';
import { silentLogger } from '../../src/logging.js';
import { createSqliteStore } from '../../src/store/sqlite-store.js';
import { startFakeOpenAiServer, type FakeOpenAiServer } from './fake-openai-server.js';
import { llmFor, summit } from './fixtures.js';

let server: FakeOpenAiServer;
const dir = mkdtempSync(join(tmpdir(), 'suggest-'));
beforeAll(async () => {
  server = await startFakeOpenAiServer();
  writeFileSync(join(dir, 'summit.txt'), 'summit');
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => server.reset());

// The fixture article stands in for the parse of the file, so the test controls every paragraph.
const parse = (): ParsedArticle => ({ ...summit });

describe('LLM suggestions at ingest', () => {
  it('stores the proposals apart from the parsed claims, marked with the model', async () => {
    server.script({
      content: {
        claims: [{ paragraph: 3, sourceText: 'Moscow and Pyongyang', text: 'have denied the accusations', kind: 'denial', cue: 'denied' }],
        roles: [{ actorId: 'a2', role: "Putin's foreign policy adviser", paragraph: 1 }],
      },
    });
    const store = createSqliteStore(':memory:');
    await store.migrate();
    const enrich = createIngestSuggester(llmFor(server.baseUrl), silentLogger());
    const report = await ingestPaths([dir], { store, logger: silentLogger(), parse, parserVersion: summit.parserVersion, progress: false, enrich });

    const stored = report.added[0]!.parsed;
    expect(stored.claims).toEqual(summit.claims);
    expect(stored.suggestions?.model).toBe('test-model');
    expect(stored.suggestions?.claims).toEqual([expect.objectContaining({ kind: 'denial', paragraph: 3, text: 'have denied the accusations' })]);
    expect(stored.suggestions?.roles).toEqual([{ actorId: 'a2', role: "Putin's foreign policy adviser", paragraph: 1 }]);
    expect((await store.listArticles())[0]!.parsed.suggestions?.claims).toHaveLength(1);
    await store.close();
  });

  it('stores the article as the rules parsed it when the model fails', async () => {
    server.script({ status: 500 }, { status: 500 }, { status: 500 });
    const store = createSqliteStore(':memory:');
    await store.migrate();
    const enrich = createIngestSuggester(llmFor(server.baseUrl), silentLogger());
    const report = await ingestPaths([dir], { store, logger: silentLogger(), parse, parserVersion: summit.parserVersion, progress: false, enrich });
    expect(report.added).toHaveLength(1);
    expect(report.added[0]!.parsed.suggestions).toBeUndefined();
    await store.close();
  });
});
