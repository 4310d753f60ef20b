/**
 * A Discord gateway (API v10, JSON, no compression) on a local WebSocket: HELLO, IDENTIFY ->
 * READY, heartbeats and ACKs, dispatches with sequence numbers, and RESUME with replay of what the
 * client missed, so a dropped connection can be resumed as on the real gateway. Sharded as Discord
 * is: each connection identifies as shard [id, count], and an event of a guild goes to the shards
 * (guild_id >> 22) % count; as on Discord, two connections identifying as one shard both get its
 * events, which is what a sharded bot must never let happen.
 */
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';

const OP = { dispatch: 0, heartbeat: 1, identify: 2, resume: 6, reconnect: 7, invalidSession: 9, hello: 10, heartbeatAck: 11 };

interface Dispatched {
  s: number;
  t: string;
  d: unknown;
}

/** One identified connection: its shard, sequence and what it was sent (for RESUME). */
interface Session {
  id: string;
  shard: [number, number];
  socket: WebSocket | null;
  seq: number;
  history: Dispatched[];
}

/** What the gateway needs to know about the bot it serves. */
export interface GatewayIdentity {
  token: string;
  applicationId: string;
  botUser: { id: string; username: string };
}

/** The shard a guild's events go to, as Discord computes it. */
export function shardOfGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** The fake gateway; `events` emits 'identify', 'resume', 'heartbeat' and 'close'. */
export class FakeGateway {
  readonly events = new EventEmitter();
  /** Set false to stop acknowledging heartbeats (a zombie connection). */
  ackHeartbeats = true;
  identifyCount = 0;
  resumeCount = 0;
  heartbeatCount = 0;
  /** Problems with what the client sent (bad token, unknown opcode, bad resume). */
  readonly problems: string[] = [];
  /** The shard of every IDENTIFY, in order. */
  readonly identified: [number, number][] = [];

  private readonly server = new WebSocketServer({ noServer: true });
  private readonly sessions: Session[] = [];
  private readonly open = new Set<WebSocket>();

  constructor(
    private readonly identity: GatewayIdentity,
    private readonly baseUrl: () => string,
    private readonly heartbeatIntervalMs: number,
  ) {}

  /** Takes over an HTTP upgrade request for /gateway or /resume. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.server.handleUpgrade(request, socket, head, (ws) => this.accept(ws));
  }

  /** Whether every session is connected (identified or resumed), and there is one. */
  get connected(): boolean {
    const live = this.sessions.filter((s) => s.socket !== null);
    return live.length > 0 && live.length === this.sessions.length;
  }

  /** The shards connected now, one entry per connection (a shard held twice appears twice). */
  get connectedShards(): [number, number][] {
    return this.sessions.filter((s) => s.socket !== null).map((s) => s.shard);
  }

  /**
   * Sends a dispatch event (e.g. INTERACTION_CREATE) to the connections of the shard its guild
   * belongs to (shard 0 without a guild); kept for replay on resume.
   */
  dispatch(t: string, d: unknown): void {
    const guildId = (d as { guild_id?: string } | null)?.guild_id;
    for (const session of this.sessions) {
      const [id, count] = session.shard;
      if ((guildId ? shardOfGuild(guildId, count) : 0) === id) this.sendEvent(session, t, d);
    }
  }

  /** Drops every connection abruptly, as a network failure would (close code 1006 on the client). */
  drop(): void {
    for (const session of this.sessions) {
      session.socket?.terminate();
      session.socket = null;
    }
  }

  async close(): Promise<void> {
    for (const client of this.server.clients) client.terminate();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private sendEvent(session: Session, t: string, d: unknown): void {
    const event = { s: ++session.seq, t, d };
    session.history.push(event);
    if (session.socket?.readyState === 1) session.socket.send(JSON.stringify({ op: OP.dispatch, ...event }));
  }

  private accept(ws: WebSocket): void {
    this.open.add(ws);
    ws.on('message', (raw) => this.receive(ws, raw.toString()));
    ws.on('close', () => {
      this.open.delete(ws);
      const session = this.sessions.find((s) => s.socket === ws);
      if (session) session.socket = null;
      this.events.emit('close');
    });
    ws.send(JSON.stringify({ op: OP.hello, d: { heartbeat_interval: this.heartbeatIntervalMs }, s: null, t: null }));
  }

  private receive(ws: WebSocket, raw: string): void {
    let payload: { op: number; d: any };
    try {
      payload = JSON.parse(raw);
    } catch {
      this.problems.push(`non-JSON gateway frame: ${raw.slice(0, 80)}`);
      return;
    }
    switch (payload.op) {
      case OP.heartbeat:
        this.heartbeatCount++;
        this.events.emit('heartbeat');
        if (this.ackHeartbeats) ws.send(JSON.stringify({ op: OP.heartbeatAck, d: null, s: null, t: null }));
        return;
      case OP.identify:
        return this.identify(ws, payload.d);
      case OP.resume:
        return this.resume(ws, payload.d);
      case 3: // presence update
      case 8: // request guild members
        return;
      default:
        this.problems.push(`unexpected gateway opcode ${payload.op}`);
    }
  }

  private identify(ws: WebSocket, d: { token?: string; intents?: number; shard?: [number, number] }): void {
    if (d.token !== this.identity.token) {
      this.problems.push('IDENTIFY with a wrong token');
      ws.close(4004, 'Authentication failed.');
      return;
    }
    const shard: [number, number] = Array.isArray(d.shard) ? [d.shard[0], d.shard[1]] : [0, 1];
    if (!(shard[1] >= 1 && shard[0] >= 0 && shard[0] < shard[1])) {
      this.problems.push(`IDENTIFY with an invalid shard ${JSON.stringify(d.shard)}`);
      ws.close(4010, 'Invalid shard.');
      return;
    }
    this.identifyCount++;
    this.identified.push(shard);
    // A connection that identifies again starts a new session; its old one ends.
    const previous = this.sessions.findIndex((s) => s.socket === ws);
    if (previous >= 0) this.sessions.splice(previous, 1);
    const session: Session = { id: randomUUID().replace(/-/g, ''), shard, socket: ws, seq: 0, history: [] };
    this.sessions.push(session);
    this.events.emit('identify', d);
    const user = { ...this.identity.botUser, discriminator: '0', avatar: null, bot: true, global_name: null, flags: 0 };
    this.sendEvent(session, 'READY', {
      v: 10,
      user,
      guilds: [],
      session_id: session.id,
      resume_gateway_url: `${this.baseUrl().replace(/^http/, 'ws')}/resume`,
      application: { id: this.identity.applicationId, flags: 0 },
      private_channels: [],
      relationships: [],
      presences: [],
      shard,
    });
  }

  private resume(ws: WebSocket, d: { token?: string; session_id?: string; seq?: number }): void {
    const session = this.sessions.find((s) => s.id === d.session_id);
    if (d.token !== this.identity.token || !session || typeof d.seq !== 'number') {
      this.problems.push(`bad RESUME ${JSON.stringify({ session: d.session_id, seq: d.seq })}`);
      ws.send(JSON.stringify({ op: OP.invalidSession, d: false, s: null, t: null }));
      return;
    }
    session.socket?.terminate();
    session.socket = ws;
    this.resumeCount++;
    this.events.emit('resume', d);
    for (const missed of session.history.filter((e) => e.s > d.seq!)) ws.send(JSON.stringify({ op: OP.dispatch, ...missed }));
    this.sendEvent(session, 'RESUMED', null);
  }
}
