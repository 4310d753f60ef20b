/** What the fake Discord remembers: messages, interactions, requests, and faults to inject. */

/** A message as Discord stores and returns it (API v10 JSON). */
export type FakeMessage = Record<string, unknown> & {
  id: string;
  channel_id: string;
  content: string;
  embeds: Array<Record<string, any>>;
  components: Array<Record<string, any>>;
  flags: number;
  nonce?: string;
};

/** One interaction the fake dispatched, and everything the bot did with it. */
export interface FakeInteraction {
  id: string;
  token: string;
  /** 2 command, 3 component, 4 autocomplete. */
  type: number;
  payload: Record<string, any>;
  /** Interaction callbacks in order: 4 reply, 5 defer, 6 deferred update, 7 update, 8 choices. */
  callbacks: Array<{ type: number; data?: any }>;
  /** The reply (or, for a button, the message the button is on). */
  original: FakeMessage | null;
  originalDeleted: boolean;
  followUps: FakeMessage[];
  /** Choices answered to an autocomplete interaction. */
  choices: Array<{ name: string; value: string | number }> | null;
  /** When true the callback answers 404 Unknown interaction (10062), like an expired token. */
  expired: boolean;
}

/** One REST request the bot made. */
export interface RecordedRequest {
  method: string;
  /** Path after /api/v10, e.g. /channels/100/messages. */
  path: string;
  query: string;
  body: any;
  status: number;
  at: number;
}

/** A failure to inject on the next request that matches. */
export type Fault =
  | { kind: 'rate-limit'; retryAfterSeconds: number }
  | { kind: 'server-error'; status: number; /** Create the message first, then fail (tests nonces). */ afterCreate?: boolean };

/** A fault waiting for a request to match it. */
export interface PendingFault {
  method: string;
  path: RegExp;
  fault: Fault;
}

const EPOCH = 1_420_070_400_000n;
let sequence = 0n;

/** A fresh snowflake id for the instant `atMs` (now by default), increasing like Discord's. */
export function snowflake(atMs: number = Date.now()): string {
  sequence += 1n;
  return (((BigInt(Math.floor(atMs)) - EPOCH) << 22n) + sequence).toString();
}
