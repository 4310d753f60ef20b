/**
 * Picks and opens the store from configuration: PostgreSQL when DATABASE_URL is set, else the
 * SQLite file (SQLITE_PATH, or DATA_DIR/briefing.db). Opening problems become one ConfigError
 * line naming the variable and the fix.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ConfigError, type Config } from '../config.js';
import type { Logger } from '../logging.js';
import { createPostgresStore } from './postgres-store.js';
import { createSqliteStore } from './sqlite-store.js';
import type { Store } from './store.js';

/**
 * Opens the configured store and brings its schema up to date.
 * @example const store = await createStore(loadConfig(), logger);
 */
export async function createStore(
  config: Pick<Config, 'DATABASE_URL' | 'SQLITE_PATH' | 'DATA_DIR'> & Partial<Pick<Config, 'DATABASE_SCHEMA'>>,
  logger: Logger,
): Promise<Store> {
  if (config.DATABASE_URL) return openPostgres(config.DATABASE_URL, config.DATABASE_SCHEMA, logger);
  const path = config.SQLITE_PATH ?? join(config.DATA_DIR, 'briefing.db');
  return openSqlite(path, config.SQLITE_PATH ? 'SQLITE_PATH' : 'DATA_DIR', logger);
}

async function openPostgres(url: string, schema: string | undefined, logger: Logger): Promise<Store> {
  const where = describeServer(url);
  if (where === null) {
    throw new ConfigError('DATABASE_URL is not a valid URL: use postgres://USER:PASSWORD@HOST:5432/DATABASE');
  }
  let store: Store | undefined;
  try {
    store = createPostgresStore(url, { logger, ...(schema ? { schema } : {}) });
    await store.migrate();
  } catch (err) {
    await store?.close().catch(() => undefined);
    throw new ConfigError(`DATABASE_URL: ${postgresProblem(err, where)}`);
  }
  logger.info({ store: 'postgres', server: where }, 'store ready');
  return store;
}

async function openSqlite(path: string, variable: 'SQLITE_PATH' | 'DATA_DIR', logger: Logger): Promise<Store> {
  let store: Store | undefined;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    store = createSqliteStore(path);
    await store.migrate();
  } catch (err) {
    await store?.close().catch(() => undefined);
    const reason = oneLine(err instanceof Error ? err.message : String(err));
    throw new ConfigError(`${variable}: cannot open the SQLite database ${path} (${reason}): point ${variable} at a writable location`);
  }
  logger.info({ store: 'sqlite', path }, 'store ready');
  return store;
}

/** host:port/database without the password, or null when the URL does not parse. */
function describeServer(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (!/^postgres(ql)?:$/.test(parsed.protocol)) return null;
    return `${parsed.hostname || 'localhost'}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return null;
  }
}

/** Turns a connection or migration failure into words and a fix. */
function postgresProblem(err: unknown, where: string): string {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
  const message = oneLine(err instanceof Error ? err.message : String(err));
  switch (code) {
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EHOSTUNREACH':
    case 'ETIMEDOUT':
      return `cannot reach PostgreSQL at ${where} (${code}): start the server or fix the host and port, or unset DATABASE_URL to use SQLite`;
    case '28P01':
    case '28000':
      return `PostgreSQL at ${where} refused the login (${message}): fix the user and password in the URL`;
    case '3D000':
      return `${message} at ${where}: create it (createdb) or name an existing database in the URL`;
    default:
      if (/timeout/i.test(message)) {
        return `no answer from PostgreSQL at ${where} (${message}): check the host and port, or unset DATABASE_URL to use SQLite`;
      }
      return `PostgreSQL at ${where} failed while preparing the tables (${message}): check the URL and the user's rights`;
  }
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
