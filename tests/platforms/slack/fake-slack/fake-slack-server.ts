/**
 * A local fake of the parts of Slack the bot talks to, on 127.0.0.1 with a random port:
 * - Web API under /api/: auth.test, chat.postMessage (metadata kept), chat.postEphemeral, users.info,
 *   conversations.history (oldest, cursor, include_all_metadata), apps.connections.open,
 *   views.publish and views.open (kept), oauth.v2.access (a code the test issued, for a second
 *   workspace with its own bot token) (form-encoded or JSON bodies, Bearer tokens);
 * - response_url endpoints under /response/ID that record what the app posts;
 * - a Socket Mode WebSocket at /socket (hello, envelopes, acks);
 * - switches: a 429 with Retry-After from chat.postMessage, and Slack errors per channel.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { WebSocketServer, type WebSocket } from 'ws';

/** A Web API call as the fake received it. */
export interface ApiCall {
  method: string;
  token: string | undefined;
  body: Record<string, unknown>;
}

/** A message the app posted through a response_url. */
export interface ResponsePost {
  id: string;
  body: Record<string, unknown>;
}

/** A Socket Mode envelope's acknowledgement. */
export interface EnvelopeAck {
  envelope_id: string;
  payload?: unknown;
}

export interface FakeSlackOptions {
  botToken?: string;
  appToken?: string;
  /** The app's OAuth client id and secret, checked by oauth.v2.access. */
  clientId?: string;
  clientSecret?: string;
  /** The clock message timestamps (ts) come from, in ms; a test with a fixed clock passes its own. */
  now?: () => number;
}

const readBody = async (req: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

/** Form values that hold JSON (blocks, attachments) come back as objects, like Slack reads them. */
const parseBody = (raw: string, contentType: string | undefined): Record<string, unknown> => {
  if (!raw) return {};
  if (contentType?.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    out[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return out;
};

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
};

/** Starts the fake; `close()` stops it. */
export async function startFakeSlack(options: FakeSlackOptions = {}) {
  const botToken = options.botToken ?? 'xoxb-test-token';
  const appToken = options.appToken ?? 'xapp-test-token';
  const clientId = options.clientId ?? '1111.2222';
  const clientSecret = options.clientSecret ?? 'client-secret';
  /** Bot token -> the workspace it belongs to; the first workspace's token is there from the start. */
  const workspaces = new Map<string, { teamId: string; teamName: string; botUserId: string }>([
    [botToken, { teamId: 'T0001', teamName: 'Fake', botUserId: 'UBOT' }],
  ]);
  /** OAuth codes the test issued -> the workspace installing. */
  const codes = new Map<string, { teamId: string; teamName: string }>();
  const views: Array<{ method: 'views.publish' | 'views.open'; token: string | undefined; body: Record<string, unknown> }> = [];
  const calls: ApiCall[] = [];
  const posted: Array<ApiCall & { ts: string }> = [];
  const responses: ResponsePost[] = [];
  const acks: EnvelopeAck[] = [];
  const channelErrors = new Map<string, string>();
  /** Channel -> error conversations.history answers (missing_scope, not_in_channel). */
  const historyErrors = new Map<string, string>();
  const now = options.now ?? (() => Date.now());
  const admins = new Set<string>();
  const sockets = new Set<WebSocket>();
  const ackWaiters = new Map<string, (ack: EnvelopeAck) => void>();
  let rateLimitsLeft = 0;
  let retryAfterSeconds = 1;
  let rateLimited = 0;
  let messageCounter = 0;
  let port = 0;

  const api = (method: string, body: Record<string, unknown>, res: ServerResponse, token: string | undefined) => {
    const workspace = workspaces.get(token ?? '') ?? workspaces.get(botToken)!;
    switch (method) {
      case 'auth.test':
        return json(res, 200, {
          ok: true,
          url: 'https://fake.slack.test/',
          team: workspace.teamName,
          user: 'briefing',
          team_id: workspace.teamId,
          user_id: workspace.botUserId,
          bot_id: 'BBOT',
        });
      case 'views.publish':
      case 'views.open':
        views.push({ method, token, body });
        return json(res, 200, { ok: true, view: { id: `V${views.length}`, ...(body.view as object) } });
      case 'apps.connections.open':
        return json(res, 200, { ok: true, url: `ws://127.0.0.1:${port}/socket` });
      case 'users.info': {
        const id = String(body.user ?? '');
        return json(res, 200, { ok: true, user: { id, name: id.toLowerCase(), is_admin: admins.has(id), is_owner: false } });
      }
      case 'chat.postEphemeral':
        return json(res, 200, { ok: true, message_ts: `${Date.now() / 1000}` });
      case 'chat.postMessage': {
        if (rateLimitsLeft > 0) {
          rateLimitsLeft--;
          rateLimited++;
          return json(res, 429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(retryAfterSeconds) });
        }
        const error = channelErrors.get(String(body.channel));
        if (error) return json(res, 200, { ok: false, error });
        messageCounter++;
        const ts = `${Math.floor(now() / 1000)}.${String(messageCounter).padStart(6, '0')}`;
        posted.push({ method, token, body, ts });
        return json(res, 200, { ok: true, channel: body.channel, ts, message: { text: body.text, ts } });
      }
      case 'conversations.history':
        return history(body, res);
      default:
        return json(res, 200, { ok: false, error: 'unknown_method' });
    }
  };

  /** Newest first after `oldest`, `limit` a page, the cursor an offset; metadata only when asked for. */
  const history = (body: Record<string, unknown>, res: ServerResponse) => {
    const channel = String(body.channel ?? '');
    const error = historyErrors.get(channel) ?? channelErrors.get(channel);
    if (error) return json(res, 200, { ok: false, error });
    const oldest = Number(body.oldest ?? 0);
    const withMetadata = String(body.include_all_metadata) === 'true';
    const all = posted
      .filter((p) => p.body.channel === channel && Number(p.ts) > oldest)
      .reverse()
      .map((p) => ({
        type: 'message',
        ts: p.ts,
        text: p.body.text,
        bot_id: 'BBOT',
        ...(withMetadata && p.body.metadata ? { metadata: p.body.metadata } : {}),
      }));
    const start = Number(body.cursor ?? 0) || 0;
    const limit = Math.min(Number(body.limit ?? 100) || 100, 999);
    const messages = all.slice(start, start + limit);
    const more = start + limit < all.length;
    return json(res, 200, { ok: true, messages, has_more: more, response_metadata: { next_cursor: more ? String(start + limit) : '' } });
  };

  /** Exchanges a code the test issued for a new workspace's bot token, as Slack's OAuth v2 does. */
  const oauthAccess = (body: Record<string, unknown>, authorization: string | undefined, res: ServerResponse) => {
    const basic = authorization?.startsWith('Basic ') ? Buffer.from(authorization.slice(6), 'base64').toString('utf8').split(':') : [];
    const id = String(body.client_id ?? basic[0] ?? '');
    const secret = String(body.client_secret ?? basic[1] ?? '');
    if (id !== clientId || secret !== clientSecret) return json(res, 200, { ok: false, error: 'invalid_client_id' });
    const installing = codes.get(String(body.code ?? ''));
    if (!installing) return json(res, 200, { ok: false, error: 'invalid_code' });
    codes.delete(String(body.code));
    const token = `xoxb-${installing.teamId.toLowerCase()}-token`;
    workspaces.set(token, { teamId: installing.teamId, teamName: installing.teamName, botUserId: `UBOT${installing.teamId}` });
    return json(res, 200, {
      ok: true,
      app_id: 'A0001',
      authed_user: { id: 'UINSTALLER' },
      scope: 'commands,chat:write,chat:write.public,users:read',
      token_type: 'bot',
      access_token: token,
      bot_user_id: `UBOT${installing.teamId}`,
      team: { id: installing.teamId, name: installing.teamName },
      enterprise: null,
      is_enterprise_install: false,
    });
  };

  const server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req);
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const body = parseBody(raw, req.headers['content-type']);
      if (url.pathname.startsWith('/api/')) {
        const method = url.pathname.slice('/api/'.length);
        const token = req.headers.authorization?.replace(/^Bearer /, '') ?? (body.token as string | undefined);
        calls.push({ method, token, body });
        if (method === 'oauth.v2.access') return oauthAccess(body, req.headers.authorization, res);
        const valid = method === 'apps.connections.open' ? token === appToken : workspaces.has(token ?? '');
        if (!valid) return json(res, 200, { ok: false, error: 'invalid_auth' });
        return api(method, body, res, token);
      }
      if (url.pathname.startsWith('/response/')) {
        responses.push({ id: url.pathname.slice('/response/'.length), body });
        res.writeHead(200, { 'content-type': 'text/plain' });
        return res.end('ok');
      }
      res.writeHead(404);
      res.end();
    })().catch((error: unknown) => {
      res.writeHead(500);
      res.end(String(error));
    });
  });

  const wss = new WebSocketServer({ server, path: '/socket' });
  wss.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('message', (data) => {
      const ack = JSON.parse(String(data)) as EnvelopeAck;
      acks.push(ack);
      ackWaiters.get(ack.envelope_id)?.(ack);
      ackWaiters.delete(ack.envelope_id);
    });
    socket.send(JSON.stringify({ type: 'hello', num_connections: sockets.size, connection_info: { app_id: 'A0001' }, debug_info: { host: 'fake' } }));
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  const baseUrl = `http://127.0.0.1:${port}`;

  /** Polls until `check` returns something truthy; fails after `timeoutMs`. */
  const waitFor = async <T>(check: () => T | undefined | null | false, what = 'condition', timeoutMs = 10_000): Promise<T> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = check();
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`fake Slack: timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };

  return {
    baseUrl,
    apiUrl: `${baseUrl}/api/`,
    botToken,
    appToken,
    calls,
    posted,
    responses,
    acks,
    channelErrors,
    historyErrors,
    admins,
    views,
    clientId,
    clientSecret,
    /** A code for installing the app in `teamId`, as Slack hands one to the redirect URL. */
    issueCode(teamId: string, teamName = `Workspace ${teamId}`): string {
      const code = `code-${randomUUID()}`;
      codes.set(code, { teamId, teamName });
      return code;
    },
    /** The bot token a workspace got at install, if it has one. */
    tokenOf(teamId: string): string | undefined {
      return [...workspaces.entries()].find(([, w]) => w.teamId === teamId)?.[0];
    },
    /** A fresh response_url and its id. */
    newResponseUrl(): { id: string; url: string } {
      const id = randomUUID();
      return { id, url: `${baseUrl}/response/${id}` };
    },
    responsesTo(id: string): ResponsePost[] {
      return responses.filter((r) => r.id === id);
    },
    /** The next `times` chat.postMessage calls get 429 with Retry-After. */
    rateLimitPostMessage(times: number, seconds = 1): void {
      rateLimitsLeft = times;
      retryAfterSeconds = seconds;
    },
    get rateLimitedCount(): number {
      return rateLimited;
    },
    get socketConnections(): number {
      return sockets.size;
    },
    /** Sends a Socket Mode envelope to every connected app; resolves with the app's ack. */
    async sendEnvelope(envelope: { type: string; payload: unknown; retry_attempt?: number; retry_reason?: string }): Promise<EnvelopeAck> {
      await waitFor(() => sockets.size > 0, 'a Socket Mode connection');
      const envelopeId = randomUUID();
      const acked = new Promise<EnvelopeAck>((resolve) => ackWaiters.set(envelopeId, resolve));
      const message = JSON.stringify({ envelope_id: envelopeId, accepts_response_payload: true, retry_attempt: 0, retry_reason: '', ...envelope });
      for (const socket of sockets) socket.send(message);
      return acked;
    },
    waitFor,
    async close(): Promise<void> {
      for (const socket of sockets) socket.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The running fake. */
export type FakeSlack = Awaited<ReturnType<typeof startFakeSlack>>;
