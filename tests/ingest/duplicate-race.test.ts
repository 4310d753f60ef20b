import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse-article.js';
import { ingestArticleText } from '../../src/ingest/ingest-article.js';
import { PARSER_VERSION } from '../../src/article/parse-article.js';
import { silentLogger } from '../../src/logging.js';
import { createPostgresStore } from '../../src/store/postgres-store.js';
import type { Store } from '../../src/store/store.js';
import { generatedArticle } from '../support/generated-articles.js';
import { dropSchema, postgresUrl, uniqueSchemaName } from '../store/postgres-schema.js';

describe('two replicas ingesting copies of one story at the same moment', () => {
  const schema = uniqueSchemaName();
  let replicas: Store[];
  beforeAll(async () => {
    replicas = [createPostgresStore(postgresUrl, { schema }), createPostgresStore(postgresUrl, { schema })];
    for (const store of replicas) await store.migrate();
  });
  afterAll(async () => {
    for (const store of replicas) await store.close();
    await dropSchema(schema);
  });

  it('stores each story once: the duplicate check and the insert cannot interleave', async () => {
    const deps = (store: Store) => ({ store, logger: silentLogger(), parse: parseArticle, parserVersion: PARSER_VERSION });
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, (_, story) => {
        const text = generatedArticle(story);
        // The same story as two sites carry it: one adds a line of site furniture.
        const copy = `${text}\nShare this story with your friends.\n`;
        return Promise.all([
          ingestArticleText(text, `https://site-a.example/${story}`, deps(replicas[0]!)),
          ingestArticleText(copy, `https://site-b.example/${story}`, deps(replicas[1]!)),
        ]);
      }),
    );
    for (const pair of outcomes) expect(pair.map((o) => o.kind).sort()).toEqual(['added', 'duplicate']);
    expect(await replicas[0]!.countArticles()).toBe(10);
  });
});
