/**
 * Fetching a feed or an article page as text: a deadline, a size cap read as the body streams
 * in, the charset the server or the page declares, and every failure as one line. Redirects are
 * followed here, a few at most, each new URL going back through the given fetch (which checks
 * where it leads: see outbound-fetch.ts).
 */
import iconv from 'iconv-lite';
import type { Response } from 'undici';
import { decodeArticleBytes } from '../article/decode.js';
import { RefusedAddressError, type Fetch } from './outbound-fetch.js';

export type { Fetch } from './outbound-fetch.js';

/** Limits and headers for one request. */
export interface FetchTextOptions {
  fetch: Fetch;
  timeoutMs: number;
  maxBytes: number;
  /** Content types accepted, by prefix, e.g. ['text/html', 'text/plain']; a missing type is accepted. */
  accept: string[];
  headers?: Record<string, string>;
}

/** Response headers, as far as callers read them. */
export interface ResponseHeaders {
  get(name: string): string | null;
}

/** The text of a response, or why there is none. 'notModified' answers a conditional request. */
export type FetchTextResult =
  { ok: true; text: string; headers: ResponseHeaders } | { ok: true; notModified: true; headers: ResponseHeaders } | { ok: false; problem: string };

const USER_AGENT = 'news-briefing-bot/0.1 (+https://github.com/)';
/** Redirects followed for one request; browsers allow 20, a feed or article needs one or two. */
export const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * GETs `url`, following up to MAX_REDIRECTS redirects, and decodes its body.
 * @example await fetchText('https://example.com/a', { fetch, timeoutMs: 15000, maxBytes: 5e6, accept: ['text/html'] })
 */
export async function fetchText(url: string, options: FetchTextOptions): Promise<FetchTextResult> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  let response: Response;
  let current = url;
  try {
    for (let hops = 0; ; hops++) {
      response = await options.fetch(current, {
        headers: { 'user-agent': USER_AGENT, ...options.headers },
        redirect: 'manual',
        signal,
      });
      if (!REDIRECT_STATUSES.has(response.status)) break;
      await response.body?.cancel();
      const location = response.headers.get('location');
      if (location === null) return { ok: false, problem: `answered HTTP ${response.status} without a Location to go to` };
      const next = new URL(location, current);
      if (next.protocol !== 'http:' && next.protocol !== 'https:') return { ok: false, problem: `redirects to a ${next.protocol} URL, not http(s)` };
      if (hops + 1 > MAX_REDIRECTS) return { ok: false, problem: `redirects more than ${MAX_REDIRECTS} times` };
      current = next.href;
    }
  } catch (err) {
    return { ok: false, problem: requestProblem(err, options.timeoutMs, current === url ? null : current) };
  }
  if (response.status === 304) {
    await response.body?.cancel();
    return { ok: true, notModified: true, headers: response.headers };
  }
  if (!response.ok) {
    await response.body?.cancel();
    return { ok: false, problem: `answered HTTP ${response.status} ${response.statusText}`.trim() };
  }
  const type = (response.headers.get('content-type') ?? '').toLowerCase();
  const mediaType = type.split(';')[0]!.trim();
  if (mediaType !== '' && !options.accept.some((accepted) => mediaType.startsWith(accepted))) {
    await response.body?.cancel();
    return { ok: false, problem: `is ${mediaType}, not ${options.accept.join(' or ')}` };
  }
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > options.maxBytes) {
    await response.body?.cancel();
    return { ok: false, problem: `is too large (${declared} bytes, at most ${options.maxBytes})` };
  }
  let bytes: Uint8Array;
  try {
    const body = await readCapped(response, options.maxBytes);
    if (body === null) return { ok: false, problem: `is too large (more than ${options.maxBytes} bytes)` };
    bytes = body;
  } catch (err) {
    return { ok: false, problem: requestProblem(err, options.timeoutMs, null) };
  }
  const decoded = decode(bytes, charsetOf(type) ?? declaredInMarkup(bytes));
  if (!decoded.ok) return { ok: false, problem: decoded.problem };
  return { ok: true, text: decoded.text, headers: response.headers };
}

/** Reads the body, giving up (null) as soon as it passes `maxBytes`. */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function charsetOf(contentType: string): string | null {
  return /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1]?.toLowerCase() ?? null;
}

/** <meta charset> or <?xml encoding?> near the start of the document. */
function declaredInMarkup(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const found = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return found?.[1]?.toLowerCase() ?? null;
}

function decode(bytes: Uint8Array, charset: string | null): { ok: true; text: string } | { ok: false; problem: string } {
  if (charset && !/^(utf-?8|us-ascii|ascii)$/.test(charset) && iconv.encodingExists(charset)) {
    const text = iconv.decode(Buffer.from(bytes), charset);
    return text.trim() === '' ? { ok: false, problem: 'is empty' } : { ok: true, text };
  }
  // UTF-8, with the same binary and Latin-1 checks as article files.
  const result = decodeArticleBytes(bytes);
  return result.ok ? { ok: true, text: result.text } : { ok: false, problem: beforeColon(result.problem) };
}

function requestProblem(err: unknown, timeoutMs: number, redirectedTo: string | null): string {
  const error = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  const refused = err instanceof RefusedAddressError ? err : error.cause instanceof RefusedAddressError ? error.cause : null;
  if (refused) return `${redirectedTo ? `redirects to ${redirectedTo}, which ` : ''}points at ${refused.message}`;
  if (error.name === 'TimeoutError' || error.name === 'AbortError') return `did not answer within ${timeoutMs / 1000} s`;
  const cause = error.cause?.code ?? error.cause?.message ?? error.message ?? String(err);
  return `could not be fetched (${cause})`;
}

/** `text.replace(/:.*$/, '')`: cut at the first colon after the last line break, without an end-anchored scan. */
function beforeColon(text: string): string {
  const lastBreak = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'), text.lastIndexOf('\u2028'), text.lastIndexOf('\u2029'));
  const colon = text.indexOf(':', lastBreak + 1);
  return colon < 0 ? text : text.slice(0, colon);
}
