/**
 * What a scheduled digest says: the articles ingested since the channel's last digest, filtered by
 * its subscription, rendered by the same buildDigest as /digest; one line when nothing is new.
 * Built once per content: channels sharing a filter and zone get the same articles, and the
 * digest (with its LLM summary) is built for the first of them and reused for the rest, however
 * many there are. The article query is an indexed one with a limit.
 */
import { LRUCache } from 'lru-cache';
import { formatDate } from '../briefing/citation.js';
import { createCorpus, type Corpus } from '../briefing/corpus.js';
import { buildDigest } from '../briefing/digest.js';
import type { Reply } from '../briefing/reply.js';
import { buildReply } from '../briefing/reply-builder.js';
import { resolveSubject, subjectArticleIds, type Subject } from '../briefing/subject.js';
import type { Llm } from '../llm/types.js';
import type { Logger } from '../logging.js';
import type { Store, Subscription } from '../store/store.js';
import { formatInstant } from './subscription-service.js';

/** Most articles one scheduled digest reads (newest first). */
const MAX_ARTICLES = 20;

/** What the digest builder reads: the store, through the running bot's cached corpus when there is one. */
export interface DigestBuilderDeps {
  store: Pick<Store, 'corpus'>;
  /** The bot's corpus (its cache follows the store's changes); without it each digest reads the store afresh. */
  corpus?: Corpus;
  now: () => Date;
  llm?: Llm | null;
  logger?: Logger;
}

/**
 * Creates the scheduler's digest builder over the store.
 * @example const build = createStoreDigestBuilder({ store, corpus, now: () => new Date() }); await build(sub, since)
 */
export function createStoreDigestBuilder(deps: DigestBuilderDeps) {
  // A fan-out to many channels runs within minutes; a digest kept longer would only be stale.
  const built = new LRUCache<string, { reply: Promise<Reply> }>({ max: 200, ttl: 15 * 60_000 });
  return async (sub: Subscription, since: string): Promise<Reply> => {
    const corpus = deps.corpus ?? createCorpus(deps.store.corpus);
    const now = deps.now();
    const title = `Briefing — ${formatDate(now.toISOString().slice(0, 10))}`;
    const nothingNew = `Nothing new${sub.filter ? ` about "${sub.filter}"` : ''} since ${formatInstant(new Date(since), sub.timezone)}.`;
    const subject: Subject = sub.filter ? await resolveSubject(corpus, sub.filter) : { kind: 'recent' };
    const ids = subject.kind === 'none' ? [] : await subjectArticleIds(corpus, subject, { since, limit: MAX_ARTICLES });
    if (ids.length === 0) return buildReply({ title, description: nothingNew, tone: 'notice' });
    const key = JSON.stringify([sub.filter ?? '', sub.timezone, title, ids]);
    const known = built.get(key);
    if (known) return known.reply;
    const reply = (async () => {
      const view = await corpus.view(ids);
      const digest = await corpus.withProvenance(view, (v) => buildDigest(v, { now, title, emptyMessage: nothingNew }));
      deps.logger?.debug({ filter: sub.filter, timezone: sub.timezone, articles: ids.length }, 'digest built');
      // With an LLM configured, the same cited summary as /digest; on failure the rule-based digest with a note.
      return deps.llm && digest.tone === 'info' ? deps.llm.summarizeDigest([...view.articles], digest) : digest;
    })();
    built.set(key, { reply });
    reply.catch(() => built.delete(key));
    return reply;
  };
}
