/**
 * A local server that speaks Discord's protocol (REST under /api/v10 and a WebSocket gateway) on
 * 127.0.0.1, for running the real bot with the real discord.js client in tests. It dispatches
 * interactions like Discord does, records what the bot sends, checks it against Discord's limits,
 * and can inject a 429, a 500, a dropped gateway connection or a slow callback.
 */
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeGateway } from './gateway.js';
import { snowflake, type Fault, type FakeInteraction, type FakeMessage, type PendingFault, type RecordedRequest } from './fake-state.js';
import { handleRestRequest, type ChannelAccess, type RestState } from './rest-api.js';
import { autocompletePayload, buttonPayload, commandPayload, selectPayload, type InteractionOptions } from './interaction-payloads.js';
import type { MessageBodyJson } from './payload-limits.js';
import { RateLimiter } from './rate-limits.js';

/** Settings for a fake Discord. */
export interface FakeDiscordOptions {
  heartbeatIntervalMs?: number;
  /** Enforce Discord's global 50 req/s and per-channel 5 messages / 5 s limits with 429s. */
  enforceRateLimits?: boolean;
  /** The shard count GET /gateway/bot recommends (default 1). */
  shards?: number;
  /** The fake's clock in ms (message times, ids, nonce memory); the real one by default. */
  now?: () => number;
  /** How long an enforced nonce is remembered; Discord says "a short duration". */
  nonceWindowMs?: number;
}

/** The fake server; create with `startFakeDiscord()`. */
export class FakeDiscord implements RestState {
  readonly token = `fake-token.${randomBytes(8).toString('hex')}`;
  readonly applicationId = snowflake();
  readonly guildId = snowflake();
  readonly channelId = snowflake();
  readonly botUser = { id: this.applicationId, username: 'briefing-bot' };
  readonly requests: RecordedRequest[] = [];
  readonly messageBodies: Array<{ path: string; body: MessageBodyJson }> = [];
  readonly interactions = new Map<string, FakeInteraction>();
  readonly messages = new Map<string, FakeMessage>();
  readonly channels = new Map<string, ChannelAccess>([[this.channelId, 'ok']]);
  readonly faults: PendingFault[] = [];
  readonly retryAfterUntil = new Map<string, number>();
  rateLimitViolations = 0;
  registeredCommands: { route: string; commands: any[] } | null = null;
  callbackDelayMs = 0;
  nonceWindowMs: number;
  readonly now: () => number;
  readonly rateLimiter: RateLimiter | null;
  readonly shards: number;
  readonly gateway: FakeGateway;

  private readonly changes = new EventEmitter();
  private readonly server: Server;
  private port = 0;

  constructor(options: FakeDiscordOptions = {}) {
    this.changes.setMaxListeners(100);
    this.rateLimiter = options.enforceRateLimits ? new RateLimiter() : null;
    this.shards = Math.max(1, options.shards ?? 1);
    this.now = options.now ?? Date.now;
    this.nonceWindowMs = options.nonceWindowMs ?? 5 * 60_000;
    this.gateway = new FakeGateway(
      { token: this.token, applicationId: this.applicationId, botUser: this.botUser },
      () => this.baseUrl,
      options.heartbeatIntervalMs ?? 500,
    );
    this.gateway.events.on('identify', () => this.changed());
    this.gateway.events.on('resume', () => this.changed());
    this.server = createServer((req, res) => void handleRestRequest(this, req, res));
    this.server.on('upgrade', (req, socket, head) => {
      if (/^\/(gateway|resume)(\?|$)/.test(req.url ?? '')) this.gateway.handleUpgrade(req, socket, head);
      else socket.destroy();
    });
  }

  /** Listens on a free port of 127.0.0.1. */
  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The value for DISCORD_API_URL. */
  get apiUrl(): string {
    return `${this.baseUrl}/api`;
  }

  /** Environment for loadConfig() pointing the bot at this server. */
  env(extra: Record<string, string> = {}): Record<string, string> {
    return { DISCORD_TOKEN: this.token, DISCORD_APPLICATION_ID: this.applicationId, DISCORD_API_URL: this.apiUrl, ...extra };
  }

  changed(): void {
    this.changes.emit('change');
  }

  /** Resolves once `check` returns a value other than undefined/false, re-checking on every change. */
  waitFor<T>(check: () => T | undefined | false | null, what: string, timeoutMs = 15_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const attempt = () => {
        const value = check();
        if (value !== undefined && value !== false && value !== null) {
          done();
          resolve(value);
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`fake Discord: timed out waiting for ${what}`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.changes.off('change', attempt);
      };
      this.changes.on('change', attempt);
      attempt();
    });
  }

  /** Fails the next request matching `method` and `path` with `fault`. */
  inject(method: string, path: RegExp, fault: Fault): void {
    this.faults.push({ method, path, fault });
  }

  private track(payload: Record<string, any>, original: FakeMessage | null = null): FakeInteraction {
    const interaction: FakeInteraction = {
      id: payload.id,
      token: payload.token,
      type: payload.type,
      payload,
      callbacks: [],
      original,
      originalDeleted: false,
      followUps: [],
      choices: null,
      expired: false,
    };
    this.interactions.set(interaction.id, interaction);
    this.gateway.dispatch('INTERACTION_CREATE', payload);
    return interaction;
  }

  /** Dispatches a slash command as a user typed it (`extra.subcommand` for a subcommand's options). */
  sendCommand(name: string, options: Record<string, string | number> = {}, extra: InteractionOptions & { subcommand?: string } = {}): FakeInteraction {
    return this.track(commandPayload(this, name, options, extra));
  }

  /** Dispatches an autocomplete request for `option` of command `name`, typed so far: `typed`. */
  sendAutocomplete(name: string, option: string, typed: string, extra: InteractionOptions & { subcommand?: string } = {}): FakeInteraction {
    return this.track(autocompletePayload(this, name, option, typed, extra));
  }

  /** Dispatches a pick of `values` from the select menu `customId` of `message`. */
  pickFromMenu(message: FakeMessage, customId: string, values: string[], extra: InteractionOptions = {}): FakeInteraction {
    return this.track(selectPayload(this, message, customId, values, extra), message);
  }

  /** Dispatches a click on the button with `customId` of `message`. */
  clickButton(message: FakeMessage, customId: string, extra: InteractionOptions = {}): FakeInteraction {
    return this.track(buttonPayload(this, message, customId, extra), message);
  }

  /** Waits until the interaction has been acknowledged and its answer is visible. */
  answered(interaction: FakeInteraction, followUps = 0): Promise<FakeMessage[]> {
    return this.waitFor(() => {
      const first = interaction.callbacks[0];
      if (!first) return undefined;
      const visible = this.visibleAnswer(interaction);
      const originalDone = interaction.originalDeleted || (interaction.original !== null && (interaction.original.flags & 128) === 0);
      if (first.type === 5 && !originalDone) return undefined;
      if (first.type === 6 && !interaction.original?.edited_timestamp && interaction.followUps.length === 0) return undefined;
      return interaction.followUps.length >= followUps && visible.length > 0 ? visible : undefined;
    }, `an answer to interaction ${interaction.id}`);
  }

  /** What the user sees: the reply (unless deleted) and follow-ups. */
  visibleAnswer(interaction: FakeInteraction): FakeMessage[] {
    const original = interaction.original && !interaction.originalDeleted ? [interaction.original] : [];
    return [...original, ...interaction.followUps];
  }

  /** Messages posted to a channel (not interaction replies). */
  channelMessages(channelId: string): FakeMessage[] {
    return [...this.messages.values()].filter((m) => m.channel_id === channelId && m.type === 0 && !this.isFollowUp(m));
  }

  private isFollowUp(message: FakeMessage): boolean {
    return [...this.interactions.values()].some((i) => i.followUps.includes(message));
  }

  async close(): Promise<void> {
    await this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** Starts a fake Discord on a free local port. */
export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  return new FakeDiscord(options).listen();
}
