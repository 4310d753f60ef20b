import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeedPoller } from '../../src/ingest/feeds.js';
import { publicAddressRefusal, type OutboundPolicy } from '../../src/ingest/outbound-fetch.js';
import { silentLogger } from '../../src/logging.js';
import { memoryLogger } from '../fixtures/memory-logger.js';
import { openLocalSite, type LocalSite } from './local-site.js';

describe('which addresses the bot may fetch from', () => {
  it.each([
    ['127.0.0.1', 'a loopback address'],
    ['10.20.30.40', 'a private network address'],
    ['172.16.5.4', 'a private network address'],
    ['192.168.1.10', 'a private network address'],
    ['169.254.169.254', 'the cloud metadata address (link-local)'],
    ['169.254.10.10', 'a link-local address'],
    ['100.64.0.9', 'a carrier-grade NAT address'],
    ['0.0.0.0', 'the unspecified address'],
    ['::1', 'a loopback address'],
    ['fd12:3456::1', 'a unique-local IPv6 address'],
    ['fe80::1', 'a link-local address'],
    ['::', 'the unspecified address'],
    ['::ffff:127.0.0.1', 'a loopback address'],
    ['::ffff:10.0.0.1', 'a private network address'],
  ])('refuses %s: %s', (address, reason) => {
    expect(publicAddressRefusal(address)).toBe(reason);
  });

  it.each(['93.184.216.34', '8.8.8.8', '2001:4860:4860::8888'])('allows the public address %s', (address) => {
    expect(publicAddressRefusal(address)).toBeNull();
  });
});

/** A server that records every request it gets: nothing must reach it. */
async function listen(host: string, respond: RequestListener): Promise<{ server: Server; base: string; port: number }> {
  const server = createServer(respond);
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return { server, base: `http://${host}:${port}`, port };
}
const close = (server: Server) =>
  new Promise((resolve) => {
    server.closeAllConnections();
    server.close(resolve);
  });

describe('feeds and their items pointing inside', () => {
  const inside: string[] = [];
  let admin: { server: Server; base: string; port: number };
  let site: LocalSite;
  let feedBase: string;
  // The feed's own site stands for a public news site: it runs on 127.0.0.2, which only this
  // policy lets through; every other address is judged as in production.
  const publicSiteOnly: OutboundPolicy = {
    allowPrivate: false,
    refusal: (address) => (address === '127.0.0.2' ? null : publicAddressRefusal(address)),
  };

  beforeAll(async () => {
    admin = await listen('127.0.0.1', (req, res) => {
      inside.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'text/html' }).end('<p>admin console: all users deleted</p>');
    });
    const adminUrl = `${admin.base}/admin/delete-all`;
    site = await openLocalSite(
      (req, res) => {
        const redirect = (to: string) => res.writeHead(302, { location: to }).end();
        switch (req.url) {
          case '/rss.xml':
            res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(
              `<rss version="2.0"><channel><title>News</title>
              <item><title>Literal</title><link>${adminUrl}</link></item>
              <item><title>By name</title><link>http://localhost:${admin.port}/admin/by-name</link></item>
              <item><title>Metadata</title><link>http://169.254.169.254/latest/meta-data/</link></item>
              <item><title>Moved</title><link>${feedBase}/moved</link></item>
              <item><title>Loop</title><link>${feedBase}/loop/0</link></item>
            </channel></rss>`,
            );
            return;
          case '/moved':
            return redirect(`${admin.base}/admin/after-redirect`);
          default: {
            const hop = /^\/loop\/(\d+)$/.exec(req.url ?? '');
            if (hop) return redirect(`/loop/${Number(hop[1]) + 1}`);
            res.writeHead(404).end();
          }
        }
      },
      'briefing-outbound-',
      '127.0.0.2',
    );
    feedBase = site.base;
  });
  afterAll(async () => {
    await close(admin.server);
    await site.close();
  });

  it('fetches no item that points at a loopback, private or metadata address, directly, by name or by redirect, and says why in one line each', async () => {
    const { logger, logs } = memoryLogger();
    const report = await createFeedPoller([`${feedBase}/rss.xml`], { store: site.store, logger, outbound: publicSiteOnly, timeoutMs: 2_000 }).poll();

    expect(inside).toEqual([]);
    expect(report.feeds).toEqual([{ url: `${feedBase}/rss.xml`, items: 5, problem: null }]);
    expect(report.added).toEqual([]);
    const fix = 'refused (set FEEDS_ALLOW_PRIVATE=true to fetch from private networks)';
    expect(report.failed).toEqual([
      { url: `${admin.base}/admin/delete-all`, problem: `points at 127.0.0.1, a loopback address: ${fix}` },
      {
        url: `http://localhost:${admin.port}/admin/by-name`,
        problem: expect.stringMatching(new RegExp(`^points at localhost \\((127\\.0\\.0\\.1|::1)\\), a loopback address: ${fix.replace(/[()]/g, '\\$&')}$`)),
      },
      { url: 'http://169.254.169.254/latest/meta-data/', problem: `points at 169.254.169.254, the cloud metadata address (link-local): ${fix}` },
      { url: `${feedBase}/moved`, problem: `redirects to ${admin.base}/admin/after-redirect, which points at 127.0.0.1, a loopback address: ${fix}` },
      { url: `${feedBase}/loop/0`, problem: 'redirects more than 5 times' },
    ]);
    const lines = logs.filter((l) => l.msg === 'feed item not ingested');
    expect(lines.map((l) => l.url)).toEqual(report.failed.map((f) => f.url));
    for (const line of lines) expect(String(line.problem)).not.toContain('\n');
  });

  it('refuses a feed on 127.0.0.1 by default, before any request reaches it', async () => {
    const report = await createFeedPoller([`${admin.base}/feed.xml`], { store: site.store, logger: silentLogger() }).poll();
    expect(report.feeds).toEqual([
      {
        url: `${admin.base}/feed.xml`,
        items: 0,
        problem: 'points at 127.0.0.1, a loopback address: refused (set FEEDS_ALLOW_PRIVATE=true to fetch from private networks)',
      },
    ]);
    expect(inside).toEqual([]);
  });

  it('fetches from a private address when FEEDS_ALLOW_PRIVATE is set', async () => {
    const report = await createFeedPoller([`${admin.base}/feed.xml`], { store: site.store, logger: silentLogger(), outbound: { allowPrivate: true } }).poll();
    expect(inside).toEqual(['/feed.xml']);
    expect(report.feeds[0]!.problem ?? '').not.toMatch(/refused/);
  });
});
