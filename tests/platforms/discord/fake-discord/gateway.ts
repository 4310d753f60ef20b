/**
 * A Discord gateway (API v10, JSON, no compression) on a local WebSocket: HELLO, IDENTIFY ->
 * READY, heartbeats and ACKs, dispatches with sequence numbers, and RESUME with replay of what the
 * client missed, so a dropped connection can be resumed as on the real gateway.
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

/** What the gateway needs to know about the bot it serves. */
export interface GatewayIdentity {
  token: string;
  applicationId: string;
  botUser: { id: string; username: string };
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

  private readonly server = new WebSocketServer({ noServer: true });
  private socket: WebSocket | null = null;
  private sessionId: string | null = null;
  private seq = 0;
  private readonly history: Dispatched[] = [];

  constructor(
    private readonly identity: GatewayIdentity,
    private readonly baseUrl: () => string,
    private readonly heartbeatIntervalMs: number,
  ) {}

  /** Takes over an HTTP upgrade request for /gateway or /resume. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.server.handleUpgrade(request, socket, head, (ws) => this.accept(ws));
  }

  /** Whether a client is connected and identified or resumed. */
  get connected(): boolean {
    return this.socket !== null && this.sessionId !== null;
  }

  /** Sends a dispatch event (e.g. INTERACTION_CREATE) to the client; kept for replay on resume. */
  dispatch(t: string, d: unknown): void {
    const event = { s: ++this.seq, t, d };
    this.history.push(event);
    this.send({ op: OP.dispatch, ...event });
  }

  /** Drops the connection abruptly, as a network failure would (close code 1006 on the client). */
  drop(): void {
    this.socket?.terminate();
    this.socket = null;
  }

  async close(): Promise<void> {
    for (const client of this.server.clients) client.terminate();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private send(payload: unknown): void {
    if (this.socket?.readyState === 1) this.socket.send(JSON.stringify(payload));
  }

  private accept(ws: WebSocket): void {
    this.socket?.terminate();
    this.socket = ws;
    ws.on('message', (raw) => this.receive(ws, raw.toString()));
    ws.on('close', () => {
      if (this.socket === ws) this.socket = null;
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

  private identify(ws: WebSocket, d: { token?: string; intents?: number }): void {
    if (d.token !== this.identity.token) {
      this.problems.push('IDENTIFY with a wrong token');
      ws.close(4004, 'Authentication failed.');
      return;
    }
    this.identifyCount++;
    this.sessionId = randomUUID().replace(/-/g, '');
    this.seq = 0;
    this.history.length = 0;
    this.events.emit('identify', d);
    const user = { ...this.identity.botUser, discriminator: '0', avatar: null, bot: true, global_name: null, flags: 0 };
    this.dispatch('READY', {
      v: 10,
      user,
      guilds: [],
      session_id: this.sessionId,
      resume_gateway_url: `${this.baseUrl().replace(/^http/, 'ws')}/resume`,
      application: { id: this.identity.applicationId, flags: 0 },
      private_channels: [],
      relationships: [],
      presences: [],
      shard: [0, 1],
    });
  }

  private resume(ws: WebSocket, d: { token?: string; session_id?: string; seq?: number }): void {
    if (d.token !== this.identity.token || d.session_id !== this.sessionId || typeof d.seq !== 'number') {
      this.problems.push(`bad RESUME ${JSON.stringify({ session: d.session_id, seq: d.seq })}`);
      ws.send(JSON.stringify({ op: OP.invalidSession, d: false, s: null, t: null }));
      return;
    }
    this.resumeCount++;
    this.events.emit('resume', d);
    for (const missed of this.history.filter((e) => e.s > d.seq!)) ws.send(JSON.stringify({ op: OP.dispatch, ...missed }));
    this.dispatch('RESUMED', null);
  }
}
