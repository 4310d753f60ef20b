/**
 * `briefing ingest FILE|DIR...` and start-up ingest: every article file under the given paths
 * into the store. A bad file never stops the batch; it is reported with its problem.
 */
import { SingleBar } from 'cli-progress';
import { readArticleFile } from '../article/parse-article.js';
import type { Logger } from '../logging.js';
import type { Metrics } from '../service/metrics.js';
import type { Store, StoredArticle } from '../store/store.js';
import { collectArticleFiles } from './collect-files.js';
import { ingestArticleText, type ParseArticle, type EnrichArticle } from './ingest-article.js';
import { resolveParser } from './parser.js';

/** What an ingest run did, file by file. */
export interface IngestReport {
  added: StoredArticle[];
  updated: StoredArticle[];
  unchanged: number;
  /** Files not stored because they tell a story already stored from `of`. */
  duplicates: { path: string; of: string }[];
  failed: { path: string; problem: string }[];
  /** Files read with a caveat (e.g. not UTF-8), stored all the same. */
  warnings: { path: string; warning: string }[];
}

/** What ingestPaths needs; `parse` defaults to the project's parser. */
export interface IngestDeps {
  store: Store;
  logger: Logger;
  now?: () => Date;
  /** false never draws a progress bar; otherwise one is drawn for many files on a terminal. */
  progress?: boolean;
  parse?: ParseArticle;
  /** The version `parse` stamps, when the caller knows it (saves a probe parse per call). */
  parserVersion?: number;
  /** Adds to each new parse before it is stored (optional LLM suggestions). */
  enrich?: EnrichArticle;
  /** Where ingest outcomes and parse times are counted. */
  metrics?: Metrics;
  /** Every file must resolve inside this folder (the watched folder); others are refused. */
  within?: string;
}

/** Above this many files, a terminal gets a progress bar. */
const PROGRESS_MIN_FILES = 20;

/**
 * Ingests files and folders (recursively: .txt, .html, .htm, .md; hidden entries skipped).
 * @example const report = await ingestPaths(['data/articles'], { store, logger });
 */
export async function ingestPaths(paths: readonly string[], deps: IngestDeps): Promise<IngestReport> {
  const report: IngestReport = { added: [], updated: [], unchanged: 0, duplicates: [], failed: [], warnings: [] };
  const { files, failed } = await collectArticleFiles(paths, deps.within === undefined ? {} : { within: deps.within });
  report.failed.push(...failed);
  if (files.length === 0) return report;

  const parser = await resolveParser(deps.parse, deps.parserVersion);
  const bar = showProgress(deps.progress, files.length) ? createBar(files.length) : null;
  try {
    for (const path of files) {
      const read = await readArticleFile(path);
      if (!read.ok) {
        report.failed.push({ path, problem: read.problem });
      } else {
        if (read.warning) report.warnings.push({ path, warning: read.warning });
        const outcome = await ingestArticleText(read.text, path, {
          store: deps.store,
          logger: deps.logger,
          parse: parser.parse,
          parserVersion: parser.version,
          now: deps.now,
          metrics: deps.metrics,
          ...(deps.enrich ? { enrich: deps.enrich } : {}),
        });
        if (outcome.kind === 'added') report.added.push(outcome.article);
        else if (outcome.kind === 'updated') report.updated.push(outcome.article);
        else if (outcome.kind === 'unchanged') report.unchanged++;
        else if (outcome.kind === 'duplicate') report.duplicates.push({ path, of: outcome.of });
        else report.failed.push({ path, problem: outcome.problem });
      }
      bar?.increment();
    }
  } finally {
    bar?.stop();
  }
  deps.logger.info(
    {
      added: report.added.length,
      updated: report.updated.length,
      unchanged: report.unchanged,
      duplicates: report.duplicates.length,
      failed: report.failed.length,
    },
    'ingest finished',
  );
  return report;
}

function showProgress(wanted: boolean | undefined, files: number): boolean {
  return wanted !== false && files > PROGRESS_MIN_FILES && process.stderr.isTTY === true;
}

/** The bar goes to stderr: stdout carries the report. */
function createBar(total: number): SingleBar {
  const bar = new SingleBar({
    stream: process.stderr,
    format: 'ingesting [{bar}] {value}/{total} files',
    barsize: 30,
    hideCursor: true,
    clearOnComplete: true,
  });
  bar.start(total, 0);
  return bar;
}
