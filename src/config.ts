/**
 * Configuration, read from the environment once and validated here. Anything wrong fails at
 * start-up with one line naming the variable and the fix. Optional features (Discord, Slack,
 * PostgreSQL, LLM, feeds) switch off cleanly when their variables are absent.
 */
import { DEFAULT_PARSE_LIMITS, type ParseLimits } from './ingest/parse-pool.js';
import { z } from 'zod';

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

/** A URL whose scheme is one of `schemes`; the message names what is accepted and gives an example. */
const url = (name: string, schemes: readonly string[], example: string) =>
  optionalString.refine((v) => v === undefined || schemes.some((scheme) => v.toLowerCase().startsWith(`${scheme}://`)), {
    message: `${name} must be a ${schemes.map((s) => `${s}://`).join(' or ')} URL such as ${example}`,
  });
const httpUrl = (name: string, example: string) => url(name, ['http', 'https'], example);

/** true/false (also 1/0, yes/no), default false. */
const flag = (name: string) =>
  optionalString
    .transform((v) => (v ?? 'false').toLowerCase())
    .refine((v) => ['true', 'false', '1', '0', 'yes', 'no'].includes(v), { message: `${name} must be true or false` })
    .transform((v) => ['true', '1', 'yes'].includes(v));

const positiveNumber = (name: string, fallback: number) =>
  optionalString
    .transform((v) => (v === undefined ? fallback : Number(v)))
    .refine((v) => Number.isFinite(v) && v >= 0, { message: `${name} must be a non-negative number` });

const atLeast = (name: string, fallback: number, min: number) =>
  optionalString
    .transform((v) => (v === undefined ? fallback : Number(v)))
    .refine((v) => Number.isFinite(v) && v >= min, { message: `${name} must be a number of at least ${min}` });

/** The parse limits alone (for `briefing parse`, which needs nothing else); ConfigError when invalid. */
export function loadParseLimits(env: Record<string, string | undefined> = process.env): ParseLimits {
  const parsed = schema.pick({ PARSE_TIMEOUT_MS: true, PARSE_MEMORY_MB: true, PARSE_WORKERS: true }).safeParse(env);
  if (!parsed.success) throw new ConfigError(parsed.error.issues[0]?.message ?? 'invalid parse settings');
  return parseLimitsOf(parsed.data);
}

/** The parse pool's limits from the validated configuration. */
export function parseLimitsOf(config: Pick<Config, 'PARSE_TIMEOUT_MS' | 'PARSE_MEMORY_MB' | 'PARSE_WORKERS'>): ParseLimits {
  return { timeoutMs: config.PARSE_TIMEOUT_MS, memoryMb: config.PARSE_MEMORY_MB, workers: config.PARSE_WORKERS };
}

const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

const schema = z.object({
  /** Unset: warn in the console (a clean first screen), info for the bot processes. */
  LOG_LEVEL: optionalString.refine((v) => v === undefined || ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(v), {
    message: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
  }),
  /** Unset: pretty (one readable line each) in the console, json for the bot processes. */
  LOG_FORMAT: optionalString.refine((v) => v === undefined || ['json', 'pretty'].includes(v), {
    message: 'LOG_FORMAT must be json or pretty',
  }),
  DATA_DIR: optionalString.transform((v) => v ?? 'data'),
  ARTICLES_DIR: optionalString,
  INGEST_DIR: optionalString,
  SQLITE_PATH: optionalString,
  DATABASE_URL: url('DATABASE_URL', ['postgres', 'postgresql'], 'postgres://USER:PASSWORD@HOST:5432/DATABASE'),
  DATABASE_SCHEMA: optionalString.refine((v) => v === undefined || /^[a-z_][a-z0-9_]{0,50}$/.test(v), {
    message: 'DATABASE_SCHEMA must be lower-case letters, digits and underscores, not starting with a digit',
  }),
  JOB_TIMEOUT_SECONDS: positiveNumber('JOB_TIMEOUT_SECONDS', 120).refine((v) => v >= 2, {
    message: 'JOB_TIMEOUT_SECONDS must be at least 2',
  }),
  TIMEZONE: optionalString.transform((v) => v ?? 'UTC').refine(isTimeZone, { message: 'TIMEZONE must be an IANA time zone such as Europe/London' }),

  DISCORD_TOKEN: optionalString,
  DISCORD_APPLICATION_ID: optionalString,
  DISCORD_GUILD_ID: optionalString,
  DISCORD_API_URL: httpUrl('DISCORD_API_URL', 'http://127.0.0.1:8080/api'),

  /** One workspace: the xoxb- token of the app installed there. */
  SLACK_BOT_TOKEN: optionalString,
  /** Many workspaces: the app's OAuth credentials; installations are kept in the store. */
  SLACK_CLIENT_ID: optionalString,
  SLACK_CLIENT_SECRET: optionalString,
  /** Signs the OAuth state parameter (any long random string). */
  SLACK_STATE_SECRET: optionalString,
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_APP_TOKEN: optionalString,
  SLACK_API_URL: httpUrl('SLACK_API_URL', 'http://127.0.0.1:8080/api/'),
  SLACK_PORT: positiveNumber('SLACK_PORT', 3000),
  /** The one slash command (default /brief); SLACK_UMBRELLA_COMMAND is its older name. */
  SLACK_COMMAND: optionalString,
  SLACK_UMBRELLA_COMMAND: optionalString,
  /** Also register each command on its own (/who, /quote, ...), opt-in: they collide with other apps. */
  SLACK_SEPARATE_COMMANDS: flag('SLACK_SEPARATE_COMMANDS'),
  SLACK_COMMAND_PREFIX: optionalString,
  SLACK_DIGEST_ADMINS: optionalString,
  /**
   * Before resending a digest after a crash, read the channel's recent messages for the one sent
   * (needs the channels:history and groups:history scopes; Slack allows new apps outside its
   * Marketplace one such read a minute, 15 messages). Off: no history is read (see README).
   */
  SLACK_HISTORY_CHECK: flag('SLACK_HISTORY_CHECK'),

  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: httpUrl('OPENAI_BASE_URL', 'http://127.0.0.1:11434/v1'),
  OPENAI_MODEL: optionalString.transform((v) => v ?? 'gpt-4o-mini'),
  OPENAI_TIMEOUT_MS: positiveNumber('OPENAI_TIMEOUT_MS', 20000),
  OPENAI_DAILY_TOKEN_BUDGET: positiveNumber('OPENAI_DAILY_TOKEN_BUDGET', 200000),
  OPENAI_INGEST_SUGGESTIONS: flag('OPENAI_INGEST_SUGGESTIONS'),

  // Each parse runs in a worker with a time budget and a memory cap (src/ingest/parse-pool.ts).
  PARSE_TIMEOUT_MS: atLeast('PARSE_TIMEOUT_MS', 5000, 1),
  PARSE_MEMORY_MB: atLeast('PARSE_MEMORY_MB', 512, 16),
  PARSE_WORKERS: atLeast('PARSE_WORKERS', DEFAULT_PARSE_LIMITS.workers, 1).refine(Number.isInteger, { message: 'PARSE_WORKERS must be a whole number' }),

  FEEDS: optionalString,
  FEED_POLL_MINUTES: positiveNumber('FEED_POLL_MINUTES', 15),
  /** Lets feeds and their items point at loopback, private and link-local addresses (off: such fetches are refused). */
  FEEDS_ALLOW_PRIVATE: flag('FEEDS_ALLOW_PRIVATE'),
  DIGEST_DEFAULT_TIME: optionalString
    .transform((v) => v ?? '07:30')
    .refine((v) => /^([01]?\d|2[0-3]):[0-5]\d$/.test(v), { message: 'DIGEST_DEFAULT_TIME must look like 07:30' }),
  DIGEST_CATCHUP_HOURS: positiveNumber('DIGEST_CATCHUP_HOURS', 6),

  HEALTH_PORT: optionalString
    .transform((v) => v?.toLowerCase())
    .refine((v) => v === undefined || v === 'off' || (/^\d+$/.test(v) && Number(v) <= 65535), {
      message: 'HEALTH_PORT must be a port number (0 picks a free one) or off',
    }),
  SHUTDOWN_TIMEOUT_MS: positiveNumber('SHUTDOWN_TIMEOUT_MS', 10_000),
});

/** Validated configuration. */
export type Config = Omit<z.infer<typeof schema>, 'SLACK_COMMAND' | 'SLACK_UMBRELLA_COMMAND' | 'LOG_LEVEL' | 'LOG_FORMAT'> & {
  /** The log level in force (see the schema for the defaults). */
  LOG_LEVEL: string;
  LOG_FORMAT: 'json' | 'pretty';
  /** The Slack slash command, e.g. /brief. */
  SLACK_COMMAND: string;
  /** No chat platform is configured: `npm start` opens the console. */
  consoleMode: boolean;
  llmEnabled: boolean;
  /**
   * Where /healthz, /readyz and /metrics are served: a port of their own, Slack's HTTP-mode server
   * ('slack'), or nowhere. Bot processes serve them by default, the console only when HEALTH_PORT is set.
   */
  health: { port: number } | 'slack' | 'off';
};

/** The health port of a bot process when HEALTH_PORT is unset. */
export const DEFAULT_HEALTH_PORT = 8080;

/** A configuration problem, worded for the person running the bot. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/**
 * Reads and validates configuration from an environment object (process.env by default).
 * @example const config = loadConfig({ DISCORD_TOKEN: 'x', DISCORD_APPLICATION_ID: '1' });
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`${String(issue.path[0] ?? 'configuration')}: ${issue.message} (set it in .env or the environment)`);
  }
  const c = parsed.data;
  if (c.DISCORD_TOKEN && !c.DISCORD_APPLICATION_ID) {
    throw new ConfigError('DISCORD_APPLICATION_ID is missing: set it to your application id from the Discord developer portal');
  }
  if (c.SLACK_BOT_TOKEN && !c.SLACK_SIGNING_SECRET && !c.SLACK_APP_TOKEN) {
    throw new ConfigError('SLACK_BOT_TOKEN is set but neither SLACK_SIGNING_SECRET (HTTP mode) nor SLACK_APP_TOKEN (Socket Mode) is: set one');
  }
  if (c.SLACK_BOT_TOKEN && c.SLACK_CLIENT_ID) {
    throw new ConfigError(
      'SLACK_BOT_TOKEN and SLACK_CLIENT_ID are both set: keep SLACK_BOT_TOKEN for one workspace, or SLACK_CLIENT_ID (with SLACK_CLIENT_SECRET and SLACK_STATE_SECRET) to install in many',
    );
  }
  if (c.SLACK_CLIENT_ID && c.SLACK_APP_TOKEN) {
    throw new ConfigError(
      'SLACK_APP_TOKEN (Socket Mode) is for one workspace: unset it to install through OAuth (SLACK_CLIENT_ID, HTTP mode), or use SLACK_BOT_TOKEN instead of SLACK_CLIENT_ID',
    );
  }
  if (c.SLACK_CLIENT_ID) {
    const missing = (['SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET', 'SLACK_SIGNING_SECRET'] as const).find((name) => !c[name]);
    if (missing) {
      throw new ConfigError(
        `${missing} is missing: installing the Slack app in many workspaces (SLACK_CLIENT_ID) needs SLACK_CLIENT_SECRET, SLACK_STATE_SECRET and SLACK_SIGNING_SECRET`,
      );
    }
  }
  if ((c.SLACK_SIGNING_SECRET || c.SLACK_APP_TOKEN) && !c.SLACK_BOT_TOKEN && !c.SLACK_CLIENT_ID) {
    throw new ConfigError('SLACK_BOT_TOKEN is missing: set it to the xoxb- token from your Slack app (or SLACK_CLIENT_ID to install it in many workspaces)');
  }
  const { SLACK_UMBRELLA_COMMAND, ...rest } = c;
  const chat = { discord: Boolean(c.DISCORD_TOKEN), slack: Boolean(c.SLACK_BOT_TOKEN || c.SLACK_CLIENT_ID) };
  const console = !chat.discord && !chat.slack;
  return {
    ...rest,
    LOG_LEVEL: c.LOG_LEVEL ?? (console ? 'warn' : 'info'),
    LOG_FORMAT: (c.LOG_FORMAT ?? (console ? 'pretty' : 'json')) as 'json' | 'pretty',
    SLACK_COMMAND: c.SLACK_COMMAND ?? SLACK_UMBRELLA_COMMAND ?? '/brief',
    consoleMode: console,
    llmEnabled: Boolean(c.OPENAI_API_KEY || c.OPENAI_BASE_URL),
    health: healthEndpoint(c, chat),
  };
}

// One port to expose and probe: with Slack in HTTP mode the health routes join its server unless
// HEALTH_PORT names another port.
function healthEndpoint(c: z.infer<typeof schema>, chat: { discord: boolean; slack: boolean }): Config['health'] {
  if (c.HEALTH_PORT === 'off') return 'off';
  const slackHttp = chat.slack && !c.SLACK_APP_TOKEN;
  const port = c.HEALTH_PORT === undefined ? undefined : Number(c.HEALTH_PORT);
  if (slackHttp && (port === undefined || port === c.SLACK_PORT)) return 'slack';
  if (port !== undefined) return { port };
  return chat.discord || chat.slack ? { port: DEFAULT_HEALTH_PORT } : 'off';
}
