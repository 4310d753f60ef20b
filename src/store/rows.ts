/**
 * Row <-> object mapping shared by both stores. Column names are the same in SQLite and
 * PostgreSQL; the drivers differ only in value types (Date vs ISO text, jsonb object vs JSON text,
 * boolean vs 0/1), which these functions even out.
 */
import { joinParse } from './parse-columns.js';
import type { Delivery, StoredArticle, Subscription } from './store.js';

type Value = string | number | boolean | Date | object | null | undefined;
/** A row as a driver returns it. */
export type Row = Record<string, Value>;

/** ISO UTC text for a timestamp column, whichever driver read it. */
export function toIso(value: Value): string {
  if (value instanceof Date) return value.toISOString();
  return new Date(String(value)).toISOString();
}

function toIsoOrNull(value: Value): string | null {
  return value === null || value === undefined ? null : toIso(value);
}

function textOrNull(value: Value): string | null {
  return value === null || value === undefined ? null : String(value);
}

/**
 * Normalises an instant given by a caller to the one form stored, so '...T06:30:00Z' and
 * '...T06:30:00.000Z' are the same slot.
 */
export function normalizeInstant(iso: string, what: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new TypeError(`${what} is not an ISO instant: ${iso}`);
  return date.toISOString();
}

/** A stored article from an `articles` row. */
export function articleFromRow(row: Row): StoredArticle {
  const parsed = joinParse(row.parsed, row.body);
  return {
    id: String(row.id),
    source: String(row.source),
    contentHash: String(row.content_hash),
    fingerprint: String(row.fingerprint),
    parserVersion: Number(row.parser_version),
    parsed,
    ingestedAt: toIso(row.ingested_at),
  };
}

/** A subscription from a `subscriptions` row. */
export function subscriptionFromRow(row: Row): Subscription {
  return {
    id: String(row.id),
    platform: String(row.platform) as Subscription['platform'],
    channelId: String(row.channel_id),
    time: String(row.time),
    timezone: String(row.timezone),
    filter: textOrNull(row.filter),
    status: String(row.status) as Subscription['status'],
    pausedReason: textOrNull(row.paused_reason),
    createdBy: String(row.created_by),
    createdAt: toIso(row.created_at),
    lastDeliveredAt: toIsoOrNull(row.last_delivered_at),
    workspaceId: textOrNull(row.workspace_id),
  };
}

/** A delivery-log entry from a `deliveries` row. */
export function deliveryFromRow(row: Row): Delivery {
  return {
    subscriptionId: String(row.subscription_id),
    slot: toIso(row.slot),
    claimedAt: toIso(row.claimed_at),
    claimedBy: String(row.claimed_by),
    status: String(row.status) as Delivery['status'],
    messageId: textOrNull(row.message_id),
    late: row.late === true || row.late === 1,
    error: textOrNull(row.error),
    attempts: row.attempts === undefined || row.attempts === null ? 1 : Number(row.attempts),
  };
}

/** The LSH band keys a fingerprint is made of (space-separated, see src/ingest/fingerprint.ts). */
export function fingerprintBands(fingerprint: string): string[] {
  return [...new Set(fingerprint.split(' ').filter((key) => key.length > 0))];
}
