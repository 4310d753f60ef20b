import { describe, expect, it, vi } from 'vitest';
import { createPostgresStore } from '../../src/store/postgres-store.js';
import type { Store } from '../../src/store/store.js';
import { postgresUrl, queryInSchema, schemasDroppedAfterAll } from './postgres-schema.js';
import { postgresMigrations } from '../../src/store/migrations/postgres-migrations.js';
import { describeCorpusContract } from './corpus-contract.js';
import { describeStatementsContract } from './statements-contract.js';
import { describeStoreContract } from './store-contract.js';

const freshSchema = schemasDroppedAfterAll();

describeStoreContract('PostgreSQL', async () => createPostgresStore(postgresUrl, { schema: freshSchema() }));
describeCorpusContract('PostgreSQL', async () => createPostgresStore(postgresUrl, { schema: freshSchema() }));
describeStatementsContract('PostgreSQL', async () => createPostgresStore(postgresUrl, { schema: freshSchema() }));

describe('PostgreSQL store shared by several processes', () => {
  it('applies each migration once when three processes migrate at the same moment', async () => {
    const schema = freshSchema();
    const stores = [1, 2, 3].map(() => createPostgresStore(postgresUrl, { schema }));
    try {
      await Promise.all(stores.map((store) => store.migrate()));
      const rows = await queryInSchema(schema, 'SELECT version FROM schema_migrations ORDER BY version');
      expect(rows.map((row) => row.version)).toEqual(postgresMigrations.map((m) => m.version).sort((a, b) => a - b));
      expect(await stores[2]!.countArticles()).toBe(0);
    } finally {
      await Promise.all(stores.map((store) => store.close()));
    }
  });

  it('gives each of 200 slots to exactly one of three racing pools', async () => {
    const schema = freshSchema();
    const stores: Store[] = [1, 2, 3].map(() => createPostgresStore(postgresUrl, { schema, maxConnections: 8 }));
    try {
      await Promise.all(stores.map((store) => store.migrate()));
      const slots = Array.from({ length: 200 }, (_, i) => new Date(Date.UTC(2026, 2, 29, 6, 30) + i * 60_000).toISOString());
      const wins = await Promise.all(
        stores.map(async (store, p) => {
          const results = await Promise.all(slots.map((slot) => store.claimDelivery('s1', slot, `proc-${p}`, false)));
          return results.filter(Boolean).length;
        }),
      );
      expect(wins.reduce((a, b) => a + b, 0)).toBe(200);
      const rows = await queryInSchema(schema, 'SELECT claimed_by, count(*)::int AS n FROM deliveries GROUP BY claimed_by');
      expect(rows.reduce((sum, row) => sum + Number(row.n), 0)).toBe(200);
      for (const [p, won] of wins.entries()) {
        expect(rows.find((row) => row.claimed_by === `proc-${p}`)?.n ?? 0).toBe(won);
      }
    } finally {
      await Promise.all(stores.map((store) => store.close()));
    }
  });

  it('keeps each run in its own schema', async () => {
    const [a, b] = [freshSchema(), freshSchema()];
    const storeA = createPostgresStore(postgresUrl, { schema: a });
    const storeB = createPostgresStore(postgresUrl, { schema: b });
    try {
      await storeA.migrate();
      await storeB.migrate();
      await storeA.claimDelivery('s1', '2026-03-29T06:30:00.000Z', 'a', false);
      expect(await storeB.getDelivery('s1', '2026-03-29T06:30:00.000Z')).toBeNull();
    } finally {
      await storeA.close();
      await storeB.close();
    }
  });

  it('opens its whole pool when warmed, and keeps the connections once the work is done', async () => {
    const schema = freshSchema();
    const store = createPostgresStore(postgresUrl, { schema, maxConnections: 3 });
    const backends = async () =>
      Number((await queryInSchema(schema, 'SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = $1', [`news-briefing-bot/${schema}`]))[0]!.n);
    try {
      await store.migrate();
      await store.warm();
      expect(await backends()).toBe(3);
      await Promise.all([1, 2, 3, 4, 5, 6].map(() => store.countArticles()));
      expect(await backends()).toBe(3);
    } finally {
      await store.close();
    }
    // A closed connection's server process leaves pg_stat_activity a moment after.
    await vi.waitFor(async () => expect(await backends()).toBe(0));
  });

  it('refuses a schema name that would need quoting', () => {
    expect(() => createPostgresStore(postgresUrl, { schema: 'x"; DROP TABLE y' })).toThrow(/schema must be/);
  });
});
