/**
 * Finding the pages of a keyed reply (a scheduled digest) that an earlier attempt already posted,
 * without relying on Discord's memory of nonces, which lasts only minutes. Each keyed page carries
 * a short ref derived from its key and page number in its embed footer; a resend after a crash
 * reads the bot's own messages in the channel since the slot (GET /channels/{id}/messages, newest
 * first, paged forward with `after`) and matches the refs. Needs the View Channel and Read Message
 * History permissions; without them the caller falls back on the nonce.
 */
import { createHash } from 'node:crypto';
import { Routes, type APIEmbed, type APIMessage, type APIUser, type REST } from 'discord.js';

/** The REST calls the sender makes (discord.js's REST client in production). */
export type DiscordRest = Pick<REST, 'get' | 'post'>;

/** Discord's epoch (2015-01-01), the zero of snowflake timestamps. */
const DISCORD_EPOCH_MS = 1_420_070_400_000n;
/** Messages per history request (Discord's maximum). */
const HISTORY_PAGE = 100;
/** History requests at most: 1,000 messages since the slot is more than any channel posts in minutes. */
const HISTORY_PAGES_MAX = 10;

/** The ref of one page of a keyed reply: 16 hex characters, the same in every process. */
export function pageRef(idempotencyKey: string, page: number): string {
  return createHash('sha256').update(`ref:${idempotencyKey}#${page}`).digest('hex').slice(0, 16);
}

/** The embed with the page's ref added to its footer ("Page 1 of 3 · ref 0123456789abcdef"). */
export function withPageRef(embed: APIEmbed, ref: string): APIEmbed {
  const text = embed.footer?.text ? `${embed.footer.text} · ref ${ref}` : `ref ${ref}`;
  return { ...embed, footer: { ...embed.footer, text } };
}

/** The ref in a message's embed footers, if it has one. */
function refOf(message: APIMessage): string | undefined {
  for (const embed of message.embeds ?? []) {
    const found = / · ref ([0-9a-f]{16})$|^ref ([0-9a-f]{16})$/.exec(embed.footer?.text ?? '');
    if (found) return found[1] ?? found[2];
  }
  return undefined;
}

/** The smallest snowflake of an instant, for `after=`. */
function snowflakeAt(iso: string): string {
  return ((BigInt(Date.parse(iso)) - DISCORD_EPOCH_MS) << 22n).toString();
}

/**
 * Looks for the pages of a keyed reply in the channel; `refs` are the page refs in page order.
 * Resolves to page number -> message id for the pages found. Throws when history cannot be read.
 */
export async function findPostedPages(rest: DiscordRest, botUserId: string, channelId: string, refs: string[], since: string): Promise<Map<number, string>> {
  const pageOfRef = new Map(refs.map((ref, page) => [ref, page]));
  const found = new Map<number, string>();
  let after = snowflakeAt(since);
  for (let request = 0; request < HISTORY_PAGES_MAX; request++) {
    const query = new URLSearchParams({ limit: String(HISTORY_PAGE), after });
    const messages = (await rest.get(Routes.channelMessages(channelId), { query })) as APIMessage[];
    for (const message of messages) {
      const page = message.author?.id === botUserId ? pageOfRef.get(refOf(message) ?? '') : undefined;
      if (page !== undefined && !found.has(page)) found.set(page, message.id);
      if (BigInt(message.id) > BigInt(after)) after = message.id;
    }
    if (messages.length < HISTORY_PAGE || found.size === refs.length) return found;
  }
  throw new Error(`more than ${HISTORY_PAGES_MAX * HISTORY_PAGE} messages since ${since}`);
}

/** The bot's own user id, asked once (GET /users/@me). */
export function botUserIdOf(rest: DiscordRest): () => Promise<string> {
  let asked: Promise<string> | undefined;
  return () => {
    asked ??= (rest.get(Routes.user()) as Promise<APIUser>).then((user) => user.id);
    asked.catch(() => (asked = undefined));
    return asked;
  };
}
