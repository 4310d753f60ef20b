/** Hand-written parsed articles and subscriptions for store tests. */
import type { ParsedArticle } from '../../src/article/types.js';
import { emptyParsedArticle } from '../fixtures/parsed-article.js';
import type { StoredArticle, Subscription } from '../../src/store/store.js';

export function parsedArticle(overrides: Partial<ParsedArticle> = {}): ParsedArticle {
  return emptyParsedArticle({
    id: 'p1',
    headline: 'Leaders meet to discuss trade',
    publishedAt: '2024-06-18',
    agency: 'Example Wire',
    dateline: 'GENEVA',
    bylines: ['Ann Writer'],
    paragraphs: ['The leaders met on Tuesday.', 'They said "talks went well".'],
    ...overrides,
  });
}

export function storedArticle(overrides: Partial<StoredArticle> = {}): StoredArticle {
  return {
    id: 'a1',
    source: 'data/articles/one.txt',
    contentHash: 'hash-1',
    fingerprint: '00aaaa 01bbbb 02cccc',
    parserVersion: 1,
    parsed: parsedArticle(),
    ingestedAt: '2026-03-01T08:00:00.000Z',
    ...overrides,
  };
}

export function subscription(overrides: Partial<Subscription> = {}): Subscription {
  return {
    id: 's1',
    platform: 'discord',
    channelId: 'c1',
    time: '07:30',
    timezone: 'Europe/London',
    filter: null,
    status: 'active',
    pausedReason: null,
    createdBy: 'u1',
    createdAt: '2026-03-01T08:00:00.000Z',
    lastDeliveredAt: null,
    workspaceId: null,
    ...overrides,
  };
}
