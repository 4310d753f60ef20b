/**
 * Importing many articles at once into an empty store (an archive backfill, the scale benchmark's
 * hundreds of thousands of articles): the same derivation, merge rules and rows as putArticle, with
 * actors and statements merged in memory (actors/memory-merge.ts, statements/memory-statements.ts)
 * and rows written in large batches instead of one transaction per article. Articles are read one
 * at a time, so the input never sits in memory.
 */
import { createContentKeyReader } from '../briefing/content-words.js';
import { createMemoryMerge } from './actors/memory-merge.js';
import { firstLastKey, lastWord } from './actors/merge-plan.js';
import { namePrefixes } from './actors/name-prefixes.js';
import { articleRank, STATEMENT_TABLES, statementRows, type StatementRows } from './corpus-index.js';
import { DERIVATION_VERSION, deriveArticle } from './derive/derive-article.js';
import { splitParse } from './parse-columns.js';
import { fingerprintBands, normalizeInstant } from './rows.js';
import type { SearchEntry, SearchIndex } from './sql/search.js';
import type { BulkLoader } from './sql/bulk-load.js';
import type { ColumnType } from './sql/sql.js';
import { createMemoryStatements, type StatementBatch } from './statements/memory-statements.js';
import { KEY_COLUMNS, LINK_COLUMNS, REPORT_COLUMNS, STATEMENT_COLUMNS } from './statements/statement-tables.js';
import type { StoredArticle } from './store.js';

/** How an import goes. */
export interface ImportOptions {
  /** Articles written per batch (default 500). */
  batch?: number;
  /** Called after each batch with the number of articles written so far. */
  onProgress?: (articles: number) => void;
}

const ARTICLE_COLUMNS: Record<string, ColumnType> = {
  id: 'text',
  source: 'text',
  content_hash: 'text',
  fingerprint: 'text',
  parser_version: 'int',
  parsed: 'json',
  ingested_at: 'timestamp',
  published_at: 'text',
  seq: 'bigint',
  rank: 'bigint',
  headline: 'text',
  derived: 'int',
  body: 'json',
};
const APPEARANCE_COLUMNS: Record<string, ColumnType> = {
  article_id: 'text',
  local_id: 'text',
  actor_id: 'bigint',
  rank: 'bigint',
  kind: 'text',
  mentions: 'int',
  names: 'json',
  roles: 'json',
  paragraphs: 'json',
};
/** Actors written per load. */
const ROWS = 5_000;

/** The tables an import fills: their secondary indexes are built once, after the load. */
export const IMPORTED_TABLES = [
  'articles',
  'appearances',
  'article_bands',
  'article_search',
  ...Object.keys(STATEMENT_TABLES),
  'statements',
  'statement_reports',
  'statement_keys',
  'statement_links',
  'actors',
  'actor_names',
  'actor_roles',
  'actor_kinds',
  'actor_tokens',
  'name_tokens',
  'name_prefixes',
];

/**
 * Imports `articles` (distinct sources) into an empty store; resolves to how many articles and merged actors it wrote.
 * `loader` writes the rows (COPY on PostgreSQL, one transaction on SQLite; sql/bulk-load.ts).
 * @example await withPostgresLoader(pool, IMPORTED_TABLES, (loader) => importArticles(loader, search, articles));
 */
export async function importArticles(
  loader: BulkLoader,
  search: SearchIndex,
  articles: Iterable<StoredArticle> | AsyncIterable<StoredArticle>,
  options: ImportOptions = {},
): Promise<{ articles: number; actors: number }> {
  const { sql } = loader;
  const [count] = await sql.all<{ n: number }>('SELECT count(*) AS n FROM articles');
  if (Number(count?.n ?? 0) > 0) throw new Error('importArticles needs an empty store: use putArticle to add to a stored corpus');
  const batch = options.batch ?? 500;
  const merge = createMemoryMerge(1);
  const saying = createMemoryStatements();
  const readKeys = createContentKeyReader(200_000);
  // How many articles use each search key, written once at the end (search.ts says why).
  const keyCounts = new Map<string, number>();
  let rows = emptyBatch();
  let seq = 0;
  // One batch is written while the next is derived (PostgreSQL works while this process does); at
  // most one write is under way, so memory holds two batches at most.
  let writing: Promise<void> = Promise.resolve();
  const write = async (batch: ReturnType<typeof emptyBatch>, written: number) => {
    await loader.load('articles', ARTICLE_COLUMNS, batch.articles);
    await loader.load('appearances', APPEARANCE_COLUMNS, batch.appearances);
    await loader.load('article_bands', { band: 'text', article_id: 'text' }, batch.bands, { skipRepeats: true });
    await search.indexArticles(sql, batch.search, keyCounts);
    await loader.load('article_cited', STATEMENT_TABLES.article_cited, batch.statements.cited);
    await loader.load('quotes', STATEMENT_TABLES.quotes, batch.statements.quotes);
    await loader.load('quote_names', STATEMENT_TABLES.quote_names, batch.statements.quoteNames);
    await loader.load('claims', STATEMENT_TABLES.claims, batch.statements.claims);
    await loader.load('claim_sources', STATEMENT_TABLES.claim_sources, batch.statements.claimSources);
    await loader.load('claim_names', STATEMENT_TABLES.claim_names, batch.statements.claimNames);
    await loader.load('events', STATEMENT_TABLES.events, batch.statements.events);
    await loader.load('event_names', STATEMENT_TABLES.event_names, batch.statements.eventNames);
    await loader.load('statements', STATEMENT_COLUMNS, batch.said.statements);
    await loader.load('statement_reports', REPORT_COLUMNS, batch.said.reports);
    await loader.load('statement_keys', KEY_COLUMNS, batch.said.keys, { skipRepeats: true });
    await loader.load('statement_links', LINK_COLUMNS, batch.said.links, { skipRepeats: true });
    options.onProgress?.(written);
  };
  const flush = async () => {
    await writing;
    writing = write(rows, seq);
    // Handled here so a failed write waits, without an unhandled rejection, for the next flush to throw it.
    void writing.catch(() => undefined);
    rows = emptyBatch();
  };
  for await (const article of articles) {
    seq += 1;
    const derived = deriveArticle(article.parsed, readKeys);
    const rank = articleRank(derived.publishedDay, seq);
    const ingestedAt = normalizeInstant(article.ingestedAt, 'ingestedAt');
    const appearances = await merge.link(derived.actors, rank);
    const columns = splitParse(article.parsed);
    rows.articles.push({
      id: article.id,
      source: article.source,
      content_hash: article.contentHash,
      fingerprint: article.fingerprint,
      parser_version: article.parserVersion,
      parsed: columns.head,
      ingested_at: ingestedAt,
      published_at: article.parsed.publishedAt ?? null,
      seq,
      rank,
      headline: derived.headline,
      derived: DERIVATION_VERSION,
      body: columns.body,
    });
    const paragraphsOf = new Map(derived.actors.map((a) => [a.localId, a.paragraphs]));
    for (const a of appearances) {
      rows.appearances.push({
        article_id: article.id,
        local_id: a.localId,
        actor_id: a.actorId,
        rank,
        kind: a.kind,
        mentions: a.mentions,
        names: a.names,
        roles: a.roles,
        paragraphs: paragraphsOf.get(a.localId) ?? [],
      });
    }
    for (const band of fingerprintBands(article.fingerprint)) rows.bands.push({ band, article_id: article.id });
    rows.search.push({ id: article.id, rank, ingestedAt, keys: derived.searchKeys });
    const statements = statementRows({ id: article.id, rank }, derived, new Map(appearances.map((a) => [a.localId, a.actorId])));
    for (const key of Object.keys(statements) as (keyof StatementRows)[]) rows.statements[key].push(...statements[key]);
    const said = await saying.link({ id: article.id, rank }, derived, new Map(appearances.map((a) => [a.localId, a.actorId])));
    for (const key of Object.keys(said) as (keyof typeof said)[]) rows.said[key].push(...said[key]);
    if (rows.articles.length >= batch) await flush();
  }
  // Up to MAX_HELD rows: pushed one by one (spread as arguments, so many overflow the call stack).
  for (const row of saying.drain()) rows.said.statements.push(row);
  await flush();
  await writing;
  await writeActors(loader, merge);
  await search.addKeyCounts(sql, keyCounts);
  await loader.finish();
  await sql.run('UPDATE corpus_counts SET articles = $1, actors = $2 WHERE id = 1', [seq, merge.size]);
  if (sql.dialect.name === 'postgres') {
    await sql.run(`SELECT setval('article_ids', $1 + 1, false), setval('actor_ids', $2 + 1, false), setval('statement_ids', $3, false)`, [
      seq,
      merge.size,
      saying.nextId,
    ]);
  } else {
    await sql.run(
      `INSERT INTO counters (name, value) VALUES ('article', $1), ('actor', $2), ('statement', $3) ON CONFLICT (name) DO UPDATE SET value = excluded.value`,
      [seq, merge.size, saying.nextId - 1],
    );
  }
  return { articles: seq, actors: merge.size };
}

function emptyBatch() {
  return {
    articles: [] as Record<string, unknown>[],
    appearances: [] as Record<string, unknown>[],
    bands: [] as Record<string, unknown>[],
    search: [] as SearchEntry[],
    statements: { cited: [], quotes: [], quoteNames: [], claims: [], claimSources: [], claimNames: [], events: [], eventNames: [] } as StatementRows,
    /** Statements, their reports, keys and discrepancy links. */
    said: { statements: [], reports: [], keys: [], links: [] } as StatementBatch,
  };
}

// Every merged actor with its tallies, then the name words: as summarize() would have left them.
async function writeActors(loader: BulkLoader, merge: ReturnType<typeof createMemoryMerge>): Promise<void> {
  const actors: Record<string, unknown>[] = [];
  const names: Record<string, unknown>[] = [];
  const roles: Record<string, unknown>[] = [];
  const kinds: Record<string, unknown>[] = [];
  const tokens: Record<string, unknown>[] = [];
  const prefixes: Record<string, unknown>[] = [];
  const tokenCounts = new Map<string, number>();
  const write = async (force: boolean) => {
    if (!force && actors.length < ROWS) return;
    await loader.load(
      'actors',
      { id: 'bigint', name: 'text', folded: 'text', kind: 'text', roles: 'json', aliases: 'json', mentions: 'int', appearances: 'int', articles: 'int' },
      actors.splice(0),
    );
    await loader.load(
      'actor_names',
      { actor_id: 'bigint', folded: 'text', text: 'text', refs: 'int', weight: 'int', last_rank: 'bigint', first_last: 'text', surname: 'text' },
      names.splice(0),
    );
    await loader.load('actor_roles', { actor_id: 'bigint', folded: 'text', text: 'text', count: 'int', last_rank: 'bigint' }, roles.splice(0));
    await loader.load('actor_kinds', { actor_id: 'bigint', kind: 'text', count: 'int' }, kinds.splice(0));
    await loader.load('actor_tokens', { token: 'text', actor_id: 'bigint' }, tokens.splice(0));
    await loader.load('name_prefixes', { actor_id: 'bigint', prefix: 'text', mentions: 'int' }, prefixes.splice(0));
  };
  for (const { actor, summary } of merge.actors()) {
    actors.push({
      id: actor.id,
      name: summary.name,
      folded: summary.folded,
      kind: summary.kind,
      roles: summary.roles,
      aliases: summary.aliases,
      mentions: actor.mentions,
      appearances: actor.appearances,
      articles: actor.articles,
    });
    for (const [folded, n] of actor.names) {
      const multi = folded.includes(' ');
      names.push({
        actor_id: actor.id,
        folded,
        text: n.text,
        refs: n.refs,
        weight: n.weight,
        last_rank: n.lastRank,
        first_last: multi ? firstLastKey(folded) : null,
        surname: multi ? lastWord(folded) : null,
      });
    }
    for (const [folded, r] of actor.roles) roles.push({ actor_id: actor.id, folded, text: r.text, count: r.count, last_rank: r.lastRank });
    for (const [kind, count] of actor.kinds) kinds.push({ actor_id: actor.id, kind, count });
    for (const token of summary.tokens) {
      tokens.push({ token, actor_id: actor.id });
      tokenCounts.set(token, (tokenCounts.get(token) ?? 0) + 1);
    }
    for (const prefix of namePrefixes(summary.tokens)) prefixes.push({ actor_id: actor.id, prefix, mentions: actor.mentions });
    await write(false);
  }
  await write(true);
  await loader.load(
    'name_tokens',
    { token: 'text', actors: 'int' },
    [...tokenCounts].map(([token, actors]) => ({ token, actors })),
  );
}
