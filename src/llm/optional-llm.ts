/**
 * The LLM features as the front ends switch them on: none without configuration, the ingest pass
 * only when OPENAI_INGEST_SUGGESTIONS asks for it. The openai SDK is loaded only when used.
 */
import type { Config } from '../config.js';
import type { EnrichArticle } from '../ingest/ingest-article.js';
import type { Logger } from '../logging.js';
import type { Metrics } from '../service/metrics.js';
import type { Llm } from './types.js';

/** The configured LLM, or null when OPENAI_API_KEY and OPENAI_BASE_URL are both unset. */
export async function createOptionalLlm(config: Config, logger: Logger, metrics?: Metrics): Promise<Llm | null> {
  if (!config.llmEnabled) return null;
  const { createLlm } = await import('./create-llm.js');
  return createLlm(config, { logger, now: () => new Date(), ...(metrics ? { metrics } : {}) });
}

/** The LLM pass at ingest, when OPENAI_INGEST_SUGGESTIONS asks for it and a model is configured. */
export async function ingestSuggester(config: Config, llm: Llm | null, logger: Logger): Promise<EnrichArticle | undefined> {
  if (!config.OPENAI_INGEST_SUGGESTIONS) return undefined;
  if (!llm) {
    logger.warn('OPENAI_INGEST_SUGGESTIONS is on but no model is configured (set OPENAI_API_KEY or OPENAI_BASE_URL): ingesting without suggestions');
    return undefined;
  }
  const { createIngestSuggester } = await import('./suggest-at-ingest.js');
  return createIngestSuggester(llm, logger);
}
