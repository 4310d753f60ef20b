/**
 * Article changes across replicas on PostgreSQL: every article write sends NOTIFY on a channel of
 * the store's schema (inside its transaction, so it is delivered on commit), and each process LISTENs
 * on its own connection. A dropped connection is re-opened with back-off; since changes may have been
 * missed meanwhile, listeners then hear "anything may have changed".
 */
import pg from 'pg';
import type { Logger } from '../logging.js';
import type { ArticleChange } from './store.js';

/** The NOTIFY channel of a schema's article changes. */
export function articleChannel(schema: string | undefined): string {
  return `briefing_articles_${schema ?? 'public'}`;
}

/**
 * Listens for article changes until stopped.
 * @example const watch = await watchPostgresArticles(url, articleChannel(schema), listener, logger);
 */
export async function watchPostgresArticles(
  url: string,
  channel: string,
  listener: (change: ArticleChange) => void,
  logger?: Logger,
): Promise<{ stop(): Promise<void> }> {
  let client: pg.Client | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  let delayMs = 250;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
    next.on('notification', (message) => {
      if (message.channel === channel) listener({ ids: message.payload ? [message.payload] : null });
    });
    next.on('error', (err) => {
      logger?.warn({ err: err.message }, 'change-feed connection failed; reconnecting');
      lost(next);
    });
    next.on('end', () => lost(next));
    await next.connect();
    await next.query(`LISTEN "${channel}"`);
    if (stopped) {
      await next.end().catch(() => undefined);
      return;
    }
    client = next;
    delayMs = 250;
  };

  const scheduleConnect = (): void => {
    if (stopped || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      connect().then(
        () => listener({ ids: null }),
        (err: unknown) => {
          logger?.warn({ err: err instanceof Error ? err.message : String(err) }, 'change feed not reconnected yet');
          delayMs = Math.min(delayMs * 2, 10_000);
          scheduleConnect();
        },
      );
    }, delayMs);
    retry.unref();
  };

  const lost = (failed: pg.Client): void => {
    if (client !== failed) return;
    client = null;
    failed.end().catch(() => undefined);
    scheduleConnect();
  };

  await connect();
  return {
    async stop() {
      stopped = true;
      clearTimeout(retry);
      const open = client;
      client = null;
      await open?.end().catch(() => undefined);
    },
  };
}
