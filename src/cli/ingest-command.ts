/**
 * `briefing ingest FILE|DIR...`: adds articles to the configured store and prints what happened,
 * one line per outcome and one line per failed file. Exit code 1 when any file failed.
 */
import { ConfigError, loadConfig, parseLimitsOf } from '../config.js';
import { configureParsePool } from '../ingest/parse-pool.js';
import { ingestPaths, type IngestReport } from '../ingest/ingest-paths.js';
import { createLogger } from '../logging.js';
import { createStore } from '../store/create-store.js';
import type { Store } from '../store/store.js';
import { createOptionalLlm, ingestSuggester } from '../llm/optional-llm.js';

/** Where the command reads configuration and writes its report; the process by default. */
export interface IngestCommandIo {
  env?: Record<string, string | undefined>;
  stdout?: NodeJS.WritableStream;
  stderr?: NodeJS.WritableStream;
}

/**
 * Runs the ingest command; resolves to the exit code.
 * @example process.exitCode = await runIngest(['data/articles']);
 */
export async function runIngest(paths: string[], io: IngestCommandIo = {}): Promise<number> {
  const stdout = io.stdout ?? process.stdout;
  const stderr = io.stderr ?? process.stderr;
  if (!io.env) (await import('dotenv')).config({ quiet: true });
  const env = io.env ?? process.env;
  let store: Store | undefined;
  try {
    const config = loadConfig(env);
    configureParsePool(parseLimitsOf(config));
    // Progress and the report are the output here; info logs would only repeat them.
    const logger = createLogger(env.LOG_LEVEL ? config.LOG_LEVEL : 'warn');
    store = await createStore(config, logger);
    const enrich = await ingestSuggester(config, await createOptionalLlm(config, logger), logger);
    const report = await ingestPaths(paths, { store, logger, ...(enrich ? { enrich } : {}) });
    printReport(report, stdout, stderr);
    return report.failed.length > 0 ? 1 : 0;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    stderr.write(`briefing ingest: ${err instanceof ConfigError ? message : `failed: ${message}`}\n`);
    return 1;
  } finally {
    await store?.close().catch(() => undefined);
  }
}

/** The summary on stdout; failures and warnings, one line per file, on stderr. */
export function printReport(report: IngestReport, stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream): void {
  const lines = [
    `added ${report.added.length}`,
    `updated ${report.updated.length}`,
    `unchanged ${report.unchanged}`,
    `duplicates ${report.duplicates.length}`,
    ...report.duplicates.map(({ path, of }) => `  ${path} is the same story as ${of}`),
    `failed ${report.failed.length}`,
  ];
  stdout.write(`${lines.join('\n')}\n`);
  for (const { path, warning } of report.warnings) stderr.write(`warning: ${path} ${warning}\n`);
  for (const { path, problem } of report.failed) stderr.write(`failed: ${path}: ${problem}\n`);
}
