/**
 * What a scheduled digest says: the articles ingested since the channel's last digest, filtered by
 * its subscription, rendered by the same buildDigest as /digest; one line when nothing is new.
 */
import { formatDate } from '../briefing/citation.js';
import { createCorpus } from '../briefing/corpus.js';
import { buildDigest } from '../briefing/digest.js';
import type { Reply } from '../briefing/reply.js';
import { buildReply } from '../briefing/reply-builder.js';
import type { Llm } from '../llm/types.js';
import type { Store, Subscription } from '../store/store.js';
import { formatInstant } from './subscription-service.js';

/**
 * Creates the scheduler's digest builder over a store.
 * @example const build = createStoreDigestBuilder({ store, now: () => new Date() }); await build(sub, since)
 */
export function createStoreDigestBuilder(deps: { store: Store; now: () => Date; llm?: Llm | null }) {
  return async (sub: Subscription, since: string): Promise<Reply> => {
    const now = deps.now();
    const title = `Briefing — ${formatDate(now.toISOString().slice(0, 10))}`;
    const nothingNew = `Nothing new${sub.filter ? ` about "${sub.filter}"` : ''} since ${formatInstant(new Date(since), sub.timezone)}.`;
    const stored = await deps.store.listArticlesSince(since);
    if (stored.length === 0) return buildReply({ title, description: nothingNew, tone: 'notice' });
    const articles = stored.map((a) => a.parsed);
    const digest = buildDigest(articles, createCorpus(articles), {
      now,
      title,
      emptyMessage: nothingNew,
      ...(sub.filter ? { filter: sub.filter } : {}),
    });
    // With an LLM configured, the same cited summary as /digest; on failure the rule-based digest with a note.
    return deps.llm && digest.tone === 'info' ? deps.llm.summarizeDigest(articles, digest) : digest;
  };
}
