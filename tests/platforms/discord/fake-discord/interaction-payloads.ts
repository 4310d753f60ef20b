/**
 * INTERACTION_CREATE payloads as Discord sends them (API v10), with every field discord.js reads
 * (entitlements and authorizing_integration_owners included, or it throws).
 */
import { randomBytes } from 'node:crypto';
import { snowflake, type FakeMessage } from './fake-state.js';

/** Who clicks or types, and where. */
export interface InteractionOptions {
  userId?: string;
  userName?: string;
  /** Permission bits of the member as a decimal string; default lets them manage channels. */
  permissions?: string;
  channelId?: string;
  /** The guild it happens in (default the fake's own). */
  guildId?: string;
}

/** What a payload needs to know about the server. */
interface Server {
  applicationId: string;
  guildId: string;
  channelId: string;
}

const MANAGE_CHANNELS = 1n << 4n;
const DEFAULT_PERMISSIONS = ((1n << 11n) | (1n << 10n) | MANAGE_CHANNELS).toString();

function base(given: Server, type: number, extra: InteractionOptions) {
  const server = extra.guildId ? { ...given, guildId: extra.guildId } : given;
  const userId = extra.userId ?? '900000000000000001';
  const user = { id: userId, username: extra.userName ?? 'reader', discriminator: '0', avatar: null, global_name: extra.userName ?? 'Reader', public_flags: 0 };
  const channelId = extra.channelId ?? server.channelId;
  return {
    id: snowflake(),
    application_id: server.applicationId,
    type,
    token: `itoken-${randomBytes(24).toString('hex')}`,
    version: 1,
    guild_id: server.guildId,
    guild: { id: server.guildId, locale: 'en-US', features: [] },
    channel_id: channelId,
    channel: { id: channelId, type: 0, name: 'news', guild_id: server.guildId, nsfw: false, position: 0, permissions: DEFAULT_PERMISSIONS },
    member: {
      user,
      roles: [],
      premium_since: null,
      permissions: extra.permissions ?? DEFAULT_PERMISSIONS,
      pending: false,
      nick: null,
      mute: false,
      joined_at: '2024-01-01T00:00:00.000000+00:00',
      deaf: false,
      flags: 0,
      avatar: null,
    },
    app_permissions: DEFAULT_PERMISSIONS,
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': server.guildId },
    context: 0,
    attachment_size_limit: 10_485_760,
  };
}

function options(values: Record<string, string | number>, focused?: string) {
  return Object.entries(values).map(([name, value]) => ({
    name,
    type: typeof value === 'number' ? 4 : 3,
    value,
    ...(name === focused ? { focused: true } : {}),
  }));
}

/** Options as Discord nests them: under a SUB_COMMAND option (type 1) when there is a subcommand. */
function nested(subcommand: string | undefined, given: ReturnType<typeof options>) {
  return subcommand ? [{ name: subcommand, type: 1, options: given }] : given;
}

/** A slash command interaction (type 2), optionally of a subcommand. */
export function commandPayload(server: Server, name: string, values: Record<string, string | number>, extra: InteractionOptions & { subcommand?: string }) {
  return {
    ...base(server, 2, extra),
    data: { id: snowflake(), name, type: 1, guild_id: extra.guildId ?? server.guildId, options: nested(extra.subcommand, options(values)) },
  };
}

/** An autocomplete interaction (type 4) with `option` focused (of `extra.subcommand` when given). */
export function autocompletePayload(server: Server, name: string, option: string, typed: string, extra: InteractionOptions & { subcommand?: string }) {
  return {
    ...base(server, 4, extra),
    data: {
      id: snowflake(),
      name,
      type: 1,
      guild_id: extra.guildId ?? server.guildId,
      options: nested(extra.subcommand, options({ [option]: typed }, option)),
    },
  };
}

/** A pick from a string select menu (type 3 interaction, component type 3) on `message`. */
export function selectPayload(server: Server, message: FakeMessage, customId: string, values: string[], extra: InteractionOptions) {
  return {
    ...base(server, 3, { channelId: message.channel_id, ...extra }),
    message,
    data: { custom_id: customId, component_type: 3, values },
  };
}

/** A button click (type 3) on `message`. */
export function buttonPayload(server: Server, message: FakeMessage, customId: string, extra: InteractionOptions) {
  return {
    ...base(server, 3, { channelId: message.channel_id, ...extra }),
    message,
    data: { custom_id: customId, component_type: 2 },
  };
}
