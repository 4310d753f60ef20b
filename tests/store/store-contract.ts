/**
 * The behaviour every Store implementation shares, run against each real backend by
 * sqlite-store.test.ts and postgres-store.test.ts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RELEASED_CLAIM_AT, type Store } from '../../src/store/store.js';
import { parsedArticle, storedArticle, subscription } from './fixtures.js';

export function describeStoreContract(name: string, open: () => Promise<Store>): void {
  describe(`${name} store`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
      await store.migrate();
    });
    afterEach(async () => {
      await store.close();
    });

    it('returns an article as it was put, parse included', async () => {
      const article = storedArticle({ parsed: parsedArticle({ headline: 'Zürich “quotes” — and ünïcode' }) });
      await store.putArticle(article);
      expect(await store.getArticleBySource(article.source)).toEqual(article);
      expect(await store.getArticleBySource('nowhere.txt')).toBeNull();
      expect(await store.countArticles()).toBe(1);
    });

    it('replaces the article of a source when it is put again, keeping one row', async () => {
      expect(await store.putArticle(storedArticle())).toBe('added');
      const newer = storedArticle({ contentHash: 'hash-2', parserVersion: 2, ingestedAt: '2026-03-02T08:00:00.000Z' });
      expect(await store.putArticle(newer)).toBe('updated');
      expect(await store.countArticles()).toBe(1);
      expect(await store.getArticleBySource(newer.source)).toEqual(newer);
    });

    it('leaves the same content under the same parser version alone, saying so', async () => {
      expect(await store.putArticle(storedArticle())).toBe('added');
      expect(await store.putArticle(storedArticle({ ingestedAt: '2026-03-05T08:00:00.000Z' }))).toBe('unchanged');
      expect((await store.getArticleBySource(storedArticle().source))?.ingestedAt).toBe(storedArticle().ingestedAt);
      expect(await store.putArticle(storedArticle({ parserVersion: 2 }))).toBe('updated');
    });

    it('finds an article by its exact fingerprint', async () => {
      await store.putArticle(storedArticle());
      expect((await store.findArticleByFingerprint('00aaaa 01bbbb 02cccc'))?.id).toBe('a1');
      expect(await store.findArticleByFingerprint('00aaaa')).toBeNull();
    });

    it('ranks near-duplicate candidates by the band keys they share', async () => {
      await store.putArticle(storedArticle({ id: 'a1', source: 'one', fingerprint: '00aa 01bb 02cc 03dd' }));
      await store.putArticle(storedArticle({ id: 'a2', source: 'two', fingerprint: '00aa 01xx 02yy 03zz' }));
      await store.putArticle(storedArticle({ id: 'a3', source: 'three', fingerprint: '00qq 01rr 02ss 03tt' }));
      const found = await store.findSimilarArticles!('00aa 01bb 02cc 03ee', 10);
      expect(found.map((a) => a.id)).toEqual(['a1', 'a2']);
      expect((await store.findSimilarArticles!('00aa 01bb', 1)).map((a) => a.id)).toEqual(['a1']);
    });

    it('forgets the old band keys when an article is updated', async () => {
      await store.putArticle(storedArticle({ fingerprint: '00aa 01bb' }));
      await store.putArticle(storedArticle({ contentHash: 'hash-2', fingerprint: '00cc 01dd' }));
      expect(await store.findSimilarArticles!('00aa 01bb', 10)).toEqual([]);
      expect(await store.findSimilarArticles!('00cc', 10)).toHaveLength(1);
    });

    it('lists articles oldest first and those ingested strictly after an instant', async () => {
      await store.putArticle(storedArticle({ id: 'b', source: 'b', ingestedAt: '2026-03-02T08:00:00.000Z' }));
      await store.putArticle(storedArticle({ id: 'a', source: 'a', ingestedAt: '2026-03-01T08:00:00.000Z' }));
      await store.putArticle(storedArticle({ id: 'c', source: 'c', ingestedAt: '2026-03-03T08:00:00.000Z' }));
      expect((await store.listArticles()).map((a) => a.id)).toEqual(['a', 'b', 'c']);
      expect((await store.listArticlesSince('2026-03-02T08:00:00Z')).map((a) => a.id)).toEqual(['c']);
      expect((await store.listArticlesSince('2026-03-02T07:59:59.999Z')).map((a) => a.id)).toEqual(['b', 'c']);
    });

    it('pages through articles in the order of the full list, ties on the instant broken by id', async () => {
      const at = '2026-03-01T08:00:00.000Z';
      for (const id of ['e', 'b', 'd', 'a', 'c']) await store.putArticle(storedArticle({ id, source: id, ingestedAt: at }));
      await store.putArticle(storedArticle({ id: 'f', source: 'f', ingestedAt: '2026-03-02T08:00:00.000Z' }));
      const first = await store.listArticlesPage!(null, 2);
      expect(first.map((a) => a.id)).toEqual(['a', 'b']);
      expect((await store.listArticlesPage!(first[1]!, 3)).map((a) => a.id)).toEqual(['c', 'd', 'e']);
      expect((await store.listArticlesPage!({ id: 'e', ingestedAt: at }, 3)).map((a) => a.id)).toEqual(['f']);
      expect((await store.listArticles()).map((a) => a.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    });

    it('keeps one subscription per channel and updates it in place', async () => {
      await store.putSubscription(subscription());
      await store.putSubscription(subscription({ time: '08:15', status: 'paused', pausedReason: 'channel deleted' }));
      expect(await store.getSubscription('discord', 'c1')).toEqual(subscription({ time: '08:15', status: 'paused', pausedReason: 'channel deleted' }));
      await store.putSubscription(subscription({ id: 's2', filter: 'trade' }));
      expect((await store.listSubscriptions()).map((s) => s.id)).toEqual(['s2']);
      expect(await store.getSubscription('slack', 'c1')).toBeNull();
      await store.deleteSubscription('s2');
      expect(await store.listSubscriptions()).toEqual([]);
    });

    it('keeps the workspace of a subscription', async () => {
      await store.putSubscription(subscription({ platform: 'slack', workspaceId: 'T0002' }));
      expect(await store.getSubscription('slack', 'c1')).toMatchObject({ workspaceId: 'T0002' });
    });

    it('keeps one installation per platform and workspace, replaced on reinstall and gone on delete', async () => {
      const installation = {
        platform: 'slack',
        workspaceId: 'T0002',
        enterpriseId: null,
        data: '{"bot":{"token":"xoxb-2"}}',
        installedAt: '2026-03-01T08:00:00.000Z',
      };
      await store.putInstallation(installation);
      expect(await store.getInstallation('slack', 'T0002')).toEqual(installation);
      await store.putInstallation({ ...installation, data: '{"bot":{"token":"xoxb-3"}}', installedAt: '2026-03-02T08:00:00.000Z' });
      expect(JSON.parse((await store.getInstallation('slack', 'T0002'))!.data)).toEqual({ bot: { token: 'xoxb-3' } });
      expect(await store.getInstallation('discord', 'T0002')).toBeNull();
      await store.deleteInstallation('slack', 'T0002');
      expect(await store.getInstallation('slack', 'T0002')).toBeNull();
    });

    it('claims a slot once, whatever the spelling of the instant', async () => {
      expect(await store.claimDelivery('s1', '2026-03-29T06:30:00Z', 'proc-a', false)).toBe(true);
      expect(await store.claimDelivery('s1', '2026-03-29T06:30:00.000Z', 'proc-b', true)).toBe(false);
      expect(await store.claimDelivery('s1', '2026-03-30T06:30:00.000Z', 'proc-b', true)).toBe(true);
      const first = await store.getDelivery('s1', '2026-03-29T06:30:00.000Z');
      expect(first).toMatchObject({ claimedBy: 'proc-a', status: 'claimed', late: false, messageId: null, attempts: 1 });
      expect((await store.listDeliveries('s1')).map((d) => [d.slot, d.late])).toEqual([
        ['2026-03-29T06:30:00.000Z', false],
        ['2026-03-30T06:30:00.000Z', true],
      ]);
    });

    it('lets exactly one caller take over a stale claim, and never a fresh or finished one', async () => {
      const slot = '2026-03-29T06:30:00.000Z';
      await store.claimDelivery('s1', slot, 'dead', false);
      const claimedAt = (await store.getDelivery('s1', slot))!.claimedAt;
      const fresh = { claimedBefore: claimedAt, late: true };
      expect(await store.reclaimStaleDelivery('s1', slot, 'proc-b', fresh)).toBe(false);
      const stale = { claimedBefore: new Date(Date.parse(claimedAt) + 1).toISOString(), late: true };
      // The takeover's own claim time must be past the limit, or a same-millisecond taker would find it stale too.
      while (Date.now() <= Date.parse(stale.claimedBefore)) await new Promise((resolve) => setTimeout(resolve, 2));
      const takers = await Promise.all([store.reclaimStaleDelivery('s1', slot, 'proc-b', stale), store.reclaimStaleDelivery('s1', slot, 'proc-c', stale)]);
      expect(takers.filter(Boolean)).toHaveLength(1);
      const taken = await store.getDelivery('s1', slot);
      expect(taken).toMatchObject({ status: 'claimed', late: true, attempts: 2, claimedBy: takers[0] ? 'proc-b' : 'proc-c' });
      await store.finishDelivery('s1', slot, { status: 'sent', messageId: 'm-1' });
      const later = { claimedBefore: '2099-01-01T00:00:00.000Z', late: true };
      expect(await store.reclaimStaleDelivery('s1', slot, 'proc-d', later)).toBe(false);
      expect(await store.reclaimStaleDelivery('s1', '2026-03-30T06:30:00.000Z', 'proc-d', later)).toBe(false);
      expect(await store.getDelivery('s1', slot)).toMatchObject({ status: 'sent', attempts: 2 });
    });

    it('hands back a claim only to its holder, so the next process takes it over at once', async () => {
      const slot = '2026-03-29T06:30:00.000Z';
      await store.claimDelivery('s1', slot, 'stopping', false);
      expect(await store.releaseDelivery('s1', slot, 'someone-else')).toBe(false);
      expect(await store.releaseDelivery('s1', slot, 'stopping')).toBe(true);
      expect(await store.getDelivery('s1', slot)).toMatchObject({ status: 'claimed', claimedBy: 'stopping', claimedAt: RELEASED_CLAIM_AT, attempts: 1 });
      // Any lease, however long, has ended for a released claim.
      const anyLease = { claimedBefore: new Date(Date.now() - 24 * 3_600_000).toISOString(), late: false };
      expect(await store.reclaimStaleDelivery('s1', slot, 'replica-b', anyLease)).toBe(true);
      expect(await store.getDelivery('s1', slot)).toMatchObject({ status: 'claimed', claimedBy: 'replica-b', attempts: 2 });
      await store.finishDelivery('s1', slot, { status: 'sent', messageId: 'm-1' });
      expect(await store.releaseDelivery('s1', slot, 'replica-b')).toBe(false);
      expect(await store.releaseDelivery('s1', '2026-03-30T06:30:00.000Z', 'replica-b')).toBe(false);
    });

    it('records the outcome of a delivery and moves the subscription past it once sent', async () => {
      await store.putSubscription(subscription());
      await store.claimDelivery('s1', '2026-03-29T06:30:00.000Z', 'proc-a', false);
      await store.finishDelivery('s1', '2026-03-29T06:30:00.000Z', { status: 'failed', error: 'Missing Access' });
      expect((await store.getSubscription('discord', 'c1'))?.lastDeliveredAt).toBeNull();
      await store.finishDelivery('s1', '2026-03-29T06:30:00.000Z', { status: 'sent', messageId: 'm-42' });
      const delivery = await store.getDelivery('s1', '2026-03-29T06:30:00.000Z');
      expect(delivery).toMatchObject({ status: 'sent', messageId: 'm-42', error: null });
      expect((await store.getSubscription('discord', 'c1'))?.lastDeliveredAt).toBe(delivery?.claimedAt);
      expect(await store.getDelivery('s1', '2026-01-01T00:00:00.000Z')).toBeNull();
    });

    it('gives a lease to one taker at a time, renews it for its holder, and lets another take it once expired or released', async () => {
      const takes = await Promise.all([store.acquireLease('shard:0', 'a', 60_000), store.acquireLease('shard:0', 'b', 60_000)]);
      expect(takes.filter(Boolean)).toHaveLength(1);
      const [holder, other] = takes[0] ? ['a', 'b'] : ['b', 'a'];
      expect(await store.acquireLease('shard:0', holder!, 60_000)).toBe(true);
      expect(await store.acquireLease('shard:0', other!, 60_000)).toBe(false);
      expect(await store.acquireLease('shard:1', other!, 1)).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect((await store.listLeases('shard:')).map((l) => [l.name, l.holder])).toEqual([['shard:0', holder]]);
      expect(await store.acquireLease('shard:1', 'c', 60_000)).toBe(true);
      await store.releaseLease('shard:0', other!);
      expect(await store.acquireLease('shard:0', other!, 60_000)).toBe(false);
      await store.releaseLease('shard:0', holder!);
      expect(await store.acquireLease('shard:0', other!, 60_000)).toBe(true);
    });

    it('remembers small values for background work by scope and key, and forgets them', async () => {
      await store.putState('feed-item', 'https://a.example/1', { failed: true, at: 5 });
      expect(await store.getState('feed-item', 'https://a.example/1')).toEqual({ failed: true, at: 5 });
      expect(await store.getState('feed-validators', 'https://a.example/1')).toBeNull();
      await store.pruneState('feed-item', '2000-01-01T00:00:00.000Z');
      expect(await store.getState('feed-item', 'https://a.example/1')).not.toBeNull();
      await store.pruneState('feed-item', '2999-01-01T00:00:00.000Z');
      expect(await store.getState('feed-item', 'https://a.example/1')).toBeNull();
      await store.putState('feed-item', 'x', 1);
      await store.putState('feed-item', 'x', null);
      expect(await store.getState('feed-item', 'x')).toBeNull();
    });

    it('counts the migrations a database lacks: all before migrate(), none after', async () => {
      expect(await store.pendingMigrations()).toBe(0);
      const unmigrated = await open();
      try {
        expect(await unmigrated.pendingMigrations()).toBeGreaterThan(0);
        await unmigrated.migrate();
        expect(await unmigrated.pendingMigrations()).toBe(0);
      } finally {
        await unmigrated.close();
      }
    });

    it('can be migrated again without losing anything', async () => {
      await store.putArticle(storedArticle());
      await store.migrate();
      await store.migrate();
      expect(await store.countArticles()).toBe(1);
    });
  });
}
