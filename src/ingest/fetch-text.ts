/**
 * Fetching a feed or an article page as text: a deadline, a size cap read as the body streams
 * in, the charset the server or the page declares, and every failure as one line.
 */
import iconv from 'iconv-lite';
import { decodeArticleBytes } from '../article/decode.js';

/** The fetch function used (global fetch in production, the same in tests against a local server). */
export type Fetch = typeof globalThis.fetch;

/** Limits and headers for one request. */
export interface FetchTextOptions {
  fetch: Fetch;
  timeoutMs: number;
  maxBytes: number;
  /** Content types accepted, by prefix, e.g. ['text/html', 'text/plain']; a missing type is accepted. */
  accept: string[];
  headers?: Record<string, string>;
}

/** The text of a response, or why there is none. 'notModified' answers a conditional request. */
export type FetchTextResult =
  | { ok: true; text: string; headers: Headers }
  | { ok: true; notModified: true; headers: Headers }
  | { ok: false; problem: string };

const USER_AGENT = 'news-briefing-bot/0.1 (+https://github.com/)';

/**
 * GETs `url` and decodes its body.
 * @example await fetchText('https://example.com/a', { fetch, timeoutMs: 15000, maxBytes: 5e6, accept: ['text/html'] })
 */
export async function fetchText(url: string, options: FetchTextOptions): Promise<FetchTextResult> {
  let response: Response;
  try {
    response = await options.fetch(url, {
      headers: { 'user-agent': USER_AGENT, ...options.headers },
      redirect: 'follow',
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch (err) {
    return { ok: false, problem: requestProblem(err, options.timeoutMs) };
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
    return { ok: false, problem: requestProblem(err, options.timeoutMs) };
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
  return result.ok ? { ok: true, text: result.text } : { ok: false, problem: result.problem.replace(/:.*$/, '') };
}

function requestProblem(err: unknown, timeoutMs: number): string {
  const error = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (error.name === 'TimeoutError' || error.name === 'AbortError') return `did not answer within ${timeoutMs / 1000} s`;
  const cause = error.cause?.code ?? error.cause?.message ?? error.message ?? String(err);
  return `could not be fetched (${cause})`;
}
