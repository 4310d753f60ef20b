/**
 * Picking up articles dropped into a folder while the bot runs. fs.watch reports changes quickly
 * (debounced, since a copy arrives as several events); a periodic rescan by size and mtime catches
 * whatever the watch misses (network drives, editors that swap files, a folder created later).
 */
import { watch, type FSWatcher } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Logger } from '../logging.js';
import type { Metrics } from '../service/metrics.js';
import type { Store, StoredArticle } from '../store/store.js';
import { ARTICLE_EXTENSIONS, collectArticleFiles, isArticleFileName, sourceForPath } from './collect-files.js';
import { isSidecarName, sidecarPathFor } from './sidecar.js';
import type { ParseArticle, EnrichArticle } from './ingest-article.js';
import { ingestPaths, type IngestReport } from './ingest-paths.js';
import { resolveParser } from './parser.js';

/** What watchDirectory needs. */
export interface WatchDirectoryDeps {
  store: Store;
  logger: Logger;
  /** Called for each article added or updated; the same id again means "replace it". */
  onArticle: (article: StoredArticle) => void | Promise<void>;
  /** Called after each batch, for logging and tests. */
  onReport?: (report: IngestReport) => void;
  parse?: ParseArticle;
  /** Adds to each new parse before it is stored (optional LLM suggestions). */
  enrich?: EnrichArticle;
  /** Where ingest outcomes and parse times are counted. */
  metrics?: Metrics;
  now?: () => Date;
  /** Quiet time after the last change before ingesting, in ms. */
  debounceMs?: number;
  /** Interval of the fallback rescan, in ms; 0 turns it off. */
  rescanMs?: number;
  /** false relies on rescans alone. */
  useFsWatch?: boolean;
  /** Ingest what is already in the folder at start (cheap: unchanged files are not parsed). */
  initialScan?: boolean;
  /**
   * How changed files are ingested (default: ingestPaths, here and now; the bot queues them as
   * jobs); every file must resolve inside `within`, the watched folder.
   */
  ingest?: (paths: string[], within: string) => Promise<IngestReport>;
}

/** A running watch. */
export interface DirectoryWatcher {
  /** Scans the folder now; resolves when the files found are ingested. */
  rescan(): Promise<void>;
  /** Stops watching; resolves when the ingest in progress has finished. */
  close(): Promise<void>;
}

/**
 * Watches `dir` (recursively) and ingests new or changed article files.
 * @example const watcher = watchDirectory('data/articles', { store, logger, onArticle: (a) => corpus.add(a) });
 */
export function watchDirectory(dir: string, deps: WatchDirectoryDeps): DirectoryWatcher {
  const { logger } = deps;
  const debounceMs = deps.debounceMs ?? 500;
  const rescanMs = deps.rescanMs ?? 60_000;
  /** size:mtime of each file when last ingested, so rescans only touch what changed. */
  const seen = new Map<string, string>();
  const pending = new Set<string>();
  /** Paths the folder walk refused (links leading outside), already logged. */
  const refused = new Set<string>();
  let queue: Promise<void> = Promise.resolve();
  let debounce: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;
  /** Whether the folder could not be watched (most often: it does not exist) was logged: said once until it can, not at every rescan. */
  let toldMissing = false;
  let closed = false;
  const parser = resolveParser(deps.parse);

  /** One batch at a time: the watch and the rescan never ingest the same file at once. */
  const enqueue = (work: () => Promise<void>): Promise<void> => {
    queue = queue.then(work).catch((err: unknown) => {
      logger.error({ dir, err: err instanceof Error ? err.message : String(err) }, 'watched folder ingest failed');
    });
    return queue;
  };

  async function ingestChanged(candidates: string[]): Promise<void> {
    const changed = new Map<string, string>();
    for (const path of candidates) {
      const info = await stat(path).catch(() => null);
      if (!info?.isFile()) continue;
      // A sidecar written or changed later (a date for an undated story) counts as a change too.
      const sidecar = await stat(sidecarPathFor(path)).catch(() => null);
      const signature = `${info.size}:${info.mtimeMs}:${sidecar ? `${sidecar.size}:${sidecar.mtimeMs}` : '-'}`;
      if (seen.get(path) !== signature) changed.set(path, signature);
    }
    if (changed.size === 0 || closed) return;
    const { parse, version } = await parser;
    const report = deps.ingest
      ? await deps.ingest([...changed.keys()], dir)
      : await ingestPaths([...changed.keys()], {
          store: deps.store,
          logger,
          within: dir,
          parse,
          parserVersion: version,
          now: deps.now,
          progress: false,
          metrics: deps.metrics,
          ...(deps.enrich ? { enrich: deps.enrich } : {}),
        });
    // Only now: a batch that threw (store down) is retried by the next rescan. Bad files count as
    // seen, so they are reported once, not on every rescan.
    for (const [path, signature] of changed) seen.set(path, signature);
    for (const { path, problem } of report.failed) logger.warn({ path, problem }, 'article file not ingested');
    for (const { path, of } of report.duplicates) logger.info({ path, of }, 'same story as a stored article');
    for (const article of [...report.added, ...report.updated]) await deps.onArticle(article);
    deps.onReport?.(report);
  }

  const rescan = (): Promise<void> =>
    enqueue(async () => {
      ensureWatching();
      const { files, failed } = await collectArticleFiles([dir]);
      // Links leading out of the folder: said once, not on every rescan.
      for (const { path, problem } of failed) {
        // The folder itself missing was said by ensureWatching.
        if (refused.has(path) || (path === dir && toldMissing)) continue;
        refused.add(path);
        logger.warn({ path, problem }, 'article file not ingested');
      }
      await ingestChanged(files);
    });

  const flushPending = (): void => {
    const paths = [...pending];
    pending.clear();
    void enqueue(() => ingestChanged(paths));
  };

  function ensureWatching(): void {
    if (closed || watcher || deps.useFsWatch === false) return;
    try {
      watcher = watch(dir, { recursive: true, persistent: false }, (_event, name) => {
        if (name === null) {
          void rescan();
          return;
        }
        const path = sourceForPath(join(dir, name.toString()));
        const hidden = path.split('/').some((part) => part.startsWith('.'));
        if (hidden) return;
        if (isSidecarName(basename(path))) {
          // Its article may have any of the article extensions; files that do not exist are skipped.
          const stem = path.slice(0, -'.meta.json'.length);
          for (const ext of ARTICLE_EXTENSIONS) pending.add(stem + ext);
        } else if (isArticleFileName(basename(path))) pending.add(path);
        else return;
        clearTimeout(debounce);
        debounce = setTimeout(flushPending, debounceMs);
      });
      watcher.on('error', (err) => {
        logger.warn({ dir, err: err.message }, 'folder watch stopped; relying on periodic rescans');
        watcher?.close();
        watcher = undefined;
      });
      toldMissing = false;
    } catch (err) {
      // Typically the folder does not exist yet; the next rescan tries again.
      if (toldMissing) return;
      toldMissing = true;
      const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
      logger.warn(
        { dir, err: err instanceof Error ? err.message : String(err) },
        missing ? 'articles folder does not exist yet: create it (or set ARTICLES_DIR); it is looked for again at every rescan' : 'cannot watch folder yet',
      );
    }
  }

  ensureWatching();
  if (deps.initialScan !== false) void rescan();
  const interval = rescanMs > 0 ? setInterval(() => void rescan(), rescanMs) : undefined;
  interval?.unref();

  return {
    rescan,
    async close() {
      closed = true;
      clearInterval(interval);
      clearTimeout(debounce);
      watcher?.close();
      watcher = undefined;
      await queue;
    },
  };
}
