/**
 * The REST half of the fake Discord (API v10): gateway discovery, the bot's own user, interaction
 * callbacks, webhook edits and follow-ups, channel messages (posted and read back) and command
 * registration, with Discord's error bodies, rate-limit headers, payload limits and nonce
 * de-duplication for a configurable time.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { messageProblems, type MessageBodyJson } from './payload-limits.js';
import type { RateLimiter } from './rate-limits.js';
import { snowflake, type FakeInteraction, type FakeMessage, type PendingFault, type RecordedRequest } from './fake-state.js';

/** What the REST handlers read and change. */
export interface RestState {
  readonly token: string;
  readonly applicationId: string;
  readonly botUser: { id: string; username: string };
  readonly baseUrl: string;
  readonly requests: RecordedRequest[];
  /** Every message body the bot sent (replies, edits, updates, follow-ups, channel posts). */
  readonly messageBodies: Array<{ path: string; body: MessageBodyJson }>;
  readonly interactions: Map<string, FakeInteraction>;
  readonly messages: Map<string, FakeMessage>;
  /**
   * Channel id -> what the bot may do there: 'ok' post and read history, 'post-only' post but not
   * read history (no Read Message History permission), 'forbidden' neither; unknown ids are
   * "Unknown Channel".
   */
  readonly channels: Map<string, ChannelAccess>;
  readonly faults: PendingFault[];
  /** Route -> instant before which a request breaks a 429's Retry-After. */
  readonly retryAfterUntil: Map<string, number>;
  rateLimitViolations: number;
  registeredCommands: { route: string; commands: any[] } | null;
  /** The shard count Discord recommends (GET /gateway/bot). */
  readonly shards: number;
  /** Milliseconds to wait before answering an interaction callback ("slow Discord"). */
  callbackDelayMs: number;
  /** How long an enforced nonce returns the message it created (Discord: "a short duration"). */
  nonceWindowMs: number;
  /** The fake's clock, in ms: message timestamps, snowflake ids and nonce memory follow it. */
  now(): number;
  /** Discord's global and per-channel limits, enforced when set (off by default). */
  readonly rateLimiter: RateLimiter | null;
  changed(): void;
}

type Reply = { status: number; body?: unknown; headers?: Record<string, string> };

/** What the bot may do in a channel of the fake. */
export type ChannelAccess = 'ok' | 'post-only' | 'forbidden';

const error = (status: number, code: number, message: string, extra: object = {}): Reply => ({ status, body: { code, message, ...extra } });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function newMessage(state: RestState, channelId: string, body: MessageBodyJson & { flags?: number; nonce?: string }, type = 0): FakeMessage {
  const message: FakeMessage = {
    id: snowflake(state.now()),
    channel_id: channelId,
    author: { ...state.botUser, discriminator: '0', avatar: null, bot: true, global_name: null },
    content: body.content ?? '',
    timestamp: new Date(state.now()).toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: (body.embeds ?? []) as FakeMessage['embeds'],
    components: (body.components ?? []) as FakeMessage['components'],
    pinned: false,
    type,
    flags: body.flags ?? 0,
    application_id: state.applicationId,
  };
  if (body.nonce !== undefined) message.nonce = body.nonce;
  state.messages.set(message.id, message);
  return message;
}

function editMessage(message: FakeMessage, body: MessageBodyJson): void {
  if (body.content !== undefined) message.content = body.content ?? '';
  if (body.embeds !== undefined) message.embeds = (body.embeds ?? []) as FakeMessage['embeds'];
  if (body.components !== undefined) message.components = (body.components ?? []) as FakeMessage['components'];
  message.flags &= ~128; // no longer "thinking…"
  message.edited_timestamp = new Date().toISOString();
}

/** Records and validates a message body; a 400 reply when Discord would refuse it. */
function acceptMessageBody(state: RestState, path: string, body: MessageBodyJson): Reply | null {
  state.messageBodies.push({ path, body });
  const problems = messageProblems(body);
  return problems.length ? error(400, 50035, 'Invalid Form Body', { errors: problems }) : null;
}

function interactionCallback(state: RestState, id: string, token: string, body: { type: number; data?: any }): Reply {
  const interaction = state.interactions.get(id);
  if (!interaction || interaction.token !== token || interaction.expired) return error(404, 10062, 'Unknown interaction');
  if (interaction.callbacks.length > 0) return error(400, 40060, 'Interaction has already been acknowledged.');
  const channelId = interaction.payload.channel?.id ?? '0';
  if (body.type === 4 || body.type === 7) {
    const refused = acceptMessageBody(state, `callback ${body.type}`, body.data ?? {});
    if (refused) return refused;
  }
  if (body.type === 8) {
    const choices = body.data?.choices ?? [];
    const bad = choices.length > 25 || choices.some((c: any) => !c.name || c.name.length > 100 || String(c.value).length > 100);
    if (bad) return error(400, 50035, 'Invalid Form Body', { errors: ['autocomplete choices'] });
    interaction.choices = choices;
  }
  interaction.callbacks.push(body);
  if (body.type === 4) interaction.original = newMessage(state, channelId, body.data ?? {}, 20);
  if (body.type === 5) interaction.original = newMessage(state, channelId, { flags: (body.data?.flags ?? 0) | 128 }, 20);
  if (body.type === 7 && interaction.original) editMessage(interaction.original, body.data ?? {});
  return { status: 204 };
}

function webhookMessage(state: RestState, method: string, token: string, target: string | undefined, body: any, path: string): Reply {
  const interaction = [...state.interactions.values()].find((i) => i.token === token);
  if (!interaction) return error(404, 10015, 'Unknown Webhook');
  if (interaction.callbacks.length === 0) return error(400, 10015, 'Unknown Webhook: the interaction was not acknowledged');
  if (target === undefined && method === 'POST') {
    const refused = acceptMessageBody(state, path, body);
    if (refused) return refused;
    const message = newMessage(state, interaction.payload.channel?.id ?? '0', body, 0);
    interaction.followUps.push(message);
    return { status: 200, body: message };
  }
  const message = target === '@original' ? interaction.original : interaction.followUps.find((m) => m.id === target);
  if (!message || (target === '@original' && interaction.originalDeleted)) return error(404, 10008, 'Unknown Message');
  if (method === 'DELETE') {
    if (target === '@original') interaction.originalDeleted = true;
    return { status: 204 };
  }
  if (method === 'GET') return { status: 200, body: message };
  const refused = acceptMessageBody(state, path, body);
  if (refused) return refused;
  editMessage(message, body);
  return { status: 200, body: message };
}

function channelMessage(state: RestState, channelId: string, body: any, path: string, failAfterCreate: Reply | null): Reply {
  const access = state.channels.get(channelId);
  if (!access) return error(404, 10003, 'Unknown Channel');
  if (access === 'forbidden') return error(403, 50013, 'Missing Permissions');
  if (body.enforce_nonce && body.nonce) {
    // Discord answers a recent nonce of the same author with the message it created, not a new one.
    const since = state.now() - state.nonceWindowMs;
    const earlier = [...state.messages.values()].find((m) => m.channel_id === channelId && m.nonce === body.nonce && Date.parse(String(m.timestamp)) >= since);
    if (earlier) return { status: 200, body: earlier };
  }
  const refused = acceptMessageBody(state, path, body);
  if (refused) return refused;
  const message = newMessage(state, channelId, body, 0);
  return failAfterCreate ?? { status: 200, body: message };
}

/**
 * GET /channels/{id}/messages: up to `limit` (1-100, default 50) messages, newest first, those
 * right after `after` or right before `before`, else the newest. As on Discord, a message read
 * back carries no nonce.
 */
function readChannelMessages(state: RestState, channelId: string, query: URLSearchParams): Reply {
  const access = state.channels.get(channelId);
  if (!access) return error(404, 10003, 'Unknown Channel');
  if (access !== 'ok') return error(403, 50001, 'Missing Access');
  const limit = Math.min(100, Math.max(1, Number(query.get('limit') ?? 50) || 50));
  const byId = (a: FakeMessage, b: FakeMessage) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1);
  let found = [...state.messages.values()].filter((m) => m.channel_id === channelId).sort(byId);
  const after = query.get('after');
  const before = query.get('before');
  if (after) found = found.filter((m) => BigInt(m.id) > BigInt(after)).slice(0, limit);
  else if (before) found = found.filter((m) => BigInt(m.id) < BigInt(before)).slice(-limit);
  else found = found.slice(-limit);
  return { status: 200, body: found.reverse().map(({ nonce: _nonce, ...message }) => message) };
}

/** Discord's rules for a name and description, and autocomplete never beside fixed choices. */
function validEntry(entry: any): boolean {
  return (
    /^[-_\p{Ll}\p{N}]{1,32}$/u.test(entry.name ?? '') &&
    typeof entry.description === 'string' &&
    entry.description.length >= 1 &&
    entry.description.length <= 100 &&
    !(entry.autocomplete && entry.choices)
  );
}

/** Options: all subcommands (type 1, each with valid plain options) or none; at most 25. */
function validOptions(options: any[]): boolean {
  if (options.length > 25 || !options.every(validEntry)) return false;
  const subcommands = options.filter((o) => o.type === 1);
  if (subcommands.length === 0) return options.every((o) => o.type >= 3);
  return subcommands.length === options.length && subcommands.every((s) => validOptions(s.options ?? []) && (s.options ?? []).every((o: any) => o.type >= 3));
}

function registerCommands(state: RestState, route: string, body: any): Reply {
  if (!Array.isArray(body)) return error(400, 50035, 'Invalid Form Body');
  for (const command of body) {
    const permissions = command.default_member_permissions;
    const ok =
      validEntry({ ...command, autocomplete: undefined }) &&
      validOptions(command.options ?? []) &&
      (permissions === undefined || permissions === null || /^\d+$/.test(permissions)) &&
      (command.contexts === undefined || (Array.isArray(command.contexts) && command.contexts.every((c: unknown) => c === 0 || c === 1 || c === 2)));
    if (!ok) return error(400, 50035, 'Invalid Form Body', { errors: [`command ${command.name}`] });
  }
  const commands = body.map((c: any) => ({ ...c, id: snowflake(), application_id: state.applicationId, version: snowflake() }));
  state.registeredCommands = { route, commands };
  return { status: 200, body: commands };
}

/** Routes one request to its handler. */
async function route(state: RestState, method: string, path: string, body: any, query: URLSearchParams): Promise<Reply> {
  let m: RegExpMatchArray | null;
  if (method === 'GET' && path === '/gateway/bot') {
    return {
      status: 200,
      body: {
        url: state.baseUrl.replace(/^http/, 'ws') + '/gateway',
        shards: state.shards,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: 1 },
      },
    };
  }
  if (method === 'POST' && (m = path.match(/^\/interactions\/(\d+)\/([^/]+)\/callback$/))) {
    if (state.callbackDelayMs > 0) await sleep(state.callbackDelayMs);
    return interactionCallback(state, m[1]!, m[2]!, body);
  }
  if ((m = path.match(/^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/([^/]+))?$/))) {
    if (m[1] !== state.applicationId) return error(404, 10015, 'Unknown Webhook');
    return webhookMessage(state, method, m[2]!, m[3] && decodeURIComponent(m[3]), body, path);
  }
  if (method === 'POST' && (m = path.match(/^\/channels\/(\d+)\/messages$/))) return channelMessage(state, m[1]!, body, path, null);
  if (method === 'GET' && (m = path.match(/^\/channels\/(\d+)\/messages$/))) return readChannelMessages(state, m[1]!, query);
  if (method === 'GET' && path === '/users/@me')
    return { status: 200, body: { ...state.botUser, discriminator: '0', avatar: null, bot: true, global_name: null } };
  if (method === 'PUT' && (m = path.match(/^\/applications\/(\d+)\/(?:guilds\/\d+\/)?commands$/))) {
    if (m[1] !== state.applicationId) return error(403, 50001, 'Missing Access');
    return registerCommands(state, path, body);
  }
  return error(404, 0, '404: Not Found');
}

async function readBody(req: IncomingMessage): Promise<any> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return undefined;
  return (req.headers['content-type'] ?? '').includes('application/json') ? JSON.parse(text) : text;
}

/** Applies an injected fault, if one matches; returns the reply to send instead, or null. */
function injectedFault(state: RestState, method: string, path: string): Reply | 'after-create' | null {
  const index = state.faults.findIndex((f) => f.method === method && f.path.test(path));
  if (index < 0) return null;
  const { fault } = state.faults.splice(index, 1)[0]!;
  if (fault.kind === 'rate-limit') {
    state.retryAfterUntil.set(`${method} ${path}`, Date.now() + fault.retryAfterSeconds * 1000);
    return {
      status: 429,
      body: { message: 'You are being rate limited.', retry_after: fault.retryAfterSeconds, global: false },
      headers: {
        'Retry-After': String(fault.retryAfterSeconds),
        'X-RateLimit-Remaining': '0',
        'X-RateLimit-Reset-After': String(fault.retryAfterSeconds),
        'X-RateLimit-Scope': 'user',
      },
    };
  }
  if (fault.afterCreate) return 'after-create';
  return error(fault.status, 0, `${fault.status}: injected server error`);
}

/** Handles one HTTP request under /api/v10. */
export async function handleRestRequest(state: RestState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', state.baseUrl);
  const method = req.method ?? 'GET';
  const path = url.pathname.replace(/^\/api\/v10/, '');
  let body: any;
  let reply: Reply;
  let limitHeaders: Record<string, string> | null = null;
  try {
    body = await readBody(req);
    const isInteraction = path.startsWith('/interactions/');
    const authorised = isInteraction || path.startsWith('/webhooks/') || req.headers.authorization === `Bot ${state.token}`;
    const until = state.retryAfterUntil.get(`${method} ${path}`);
    const limit = state.rateLimiter?.check(method, path) ?? null;
    limitHeaders = limit?.headers ?? null;
    if (!url.pathname.startsWith('/api/v10/')) reply = error(404, 0, 'Not under /api/v10');
    else if (!authorised) reply = error(401, 0, '401: Unauthorized');
    else if (limit?.limited) {
      state.rateLimitViolations++;
      reply = limit.limited;
    } else if (until !== undefined && Date.now() < until) {
      state.rateLimitViolations++;
      reply = {
        status: 429,
        body: { message: 'You are being rate limited.', retry_after: (until - Date.now()) / 1000, global: false },
        headers: { 'Retry-After': String(Math.ceil((until - Date.now()) / 1000)) },
      };
    } else {
      const fault = injectedFault(state, method, path);
      if (fault === 'after-create') {
        const match = path.match(/^\/channels\/(\d+)\/messages$/);
        reply = match ? channelMessage(state, match[1]!, body, path, error(500, 0, '500: created, then failed')) : error(500, 0, '500');
      } else reply = fault ?? (await route(state, method, path, body, url.searchParams));
    }
  } catch (err) {
    reply = error(400, 50109, `The request body contains invalid JSON: ${String(err)}`);
  }
  state.requests.push({ method, path, query: url.search, body, status: reply.status, at: Date.now() });
  const headers: Record<string, string> = path.startsWith('/interactions/')
    ? {}
    : limitHeaders && Object.keys(limitHeaders).length > 0
      ? limitHeaders
      : { 'X-RateLimit-Limit': '5', 'X-RateLimit-Remaining': '4', 'X-RateLimit-Reset-After': '1', 'X-RateLimit-Bucket': `bucket-${path.split('/')[1]}` };
  Object.assign(headers, reply.headers);
  if (reply.status === 204)
    res.writeHead(204, headers).end(); // no content-type: an empty JSON body crashes discord.js
  else res.writeHead(reply.status, { ...headers, 'Content-Type': 'application/json' }).end(JSON.stringify(reply.body ?? null));
  state.changed();
}
