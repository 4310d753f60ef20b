/**
 * A tiny local chat platform for scheduler tests: an HTTP server on 127.0.0.1 that records posted
 * messages, and a ChannelSender that posts to it over real HTTP. Channels named in `gone` answer
 * 404 (deleted), those in `forbidden` 403. An `Idempotency-Key` header seen before in the channel
 * answers with the message it created, as Discord does with an enforced nonce.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Reply } from '../../src/briefing/reply.js';
import { ChannelUnavailableError, type ChannelSender } from '../../src/platforms/channel-sender.js';

export interface PostedMessage {
  id: string;
  channelId: string;
  title: string;
  description: string;
  /** The idempotency key it was sent with, if any. */
  key: string | null;
}

export interface FakePlatform {
  url: string;
  messages: PostedMessage[];
  gone: Set<string>;
  forbidden: Set<string>;
  sender(platform?: ChannelSender['platform']): ChannelSender;
  close(): Promise<void>;
}

export async function startFakePlatform(): Promise<FakePlatform> {
  const messages: PostedMessage[] = [];
  const gone = new Set<string>();
  const forbidden = new Set<string>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const channelId = decodeURIComponent((req.url ?? '').split('/')[2] ?? '');
      const answer = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (gone.has(channelId)) return answer(404, { message: 'Unknown Channel' });
      if (forbidden.has(channelId)) return answer(403, { message: 'Missing Access' });
      const reply = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Reply;
      const key = typeof req.headers['idempotency-key'] === 'string' ? req.headers['idempotency-key'] : null;
      const earlier = key === null ? undefined : messages.find((m) => m.channelId === channelId && m.key === key);
      if (earlier) return answer(200, { id: earlier.id });
      const message = { id: `m${messages.length + 1}`, channelId, title: reply.title, description: reply.description ?? '', key };
      messages.push(message);
      answer(200, { id: message.id });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    messages,
    gone,
    forbidden,
    sender(platform = 'discord') {
      return {
        platform,
        async send(channelId, reply, options = {}) {
          const res = await fetch(`${url}/channels/${encodeURIComponent(channelId)}/messages`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              ...(options.idempotencyKey ? { 'idempotency-key': options.idempotencyKey } : {}),
            },
            body: JSON.stringify(reply),
          });
          const body = (await res.json()) as { id?: string; message?: string };
          if (res.status === 404) throw new ChannelUnavailableError('deleted', body.message ?? 'not found');
          if (res.status === 403) throw new ChannelUnavailableError('forbidden', body.message ?? 'forbidden');
          if (!res.ok || !body.id) throw new Error(`fake platform answered ${res.status}`);
          return { messageId: body.id };
        },
      };
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
