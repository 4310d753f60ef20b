/**
 * Reading an article file from disk into text, with every way a file can be wrong turned into one
 * line naming the problem and the fix. Never throws.
 */
import { open, stat } from 'node:fs/promises';
import { decodeArticleBytes } from './decode.js';

/** The largest article accepted: news stories are kilobytes; anything this big is not one. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export type ReadResult = { ok: true; text: string; warning: string | null } | { ok: false; problem: string };

/** Reads and decodes one article file; resolves to its text or a one-line problem. */
export async function readArticleFile(path: string): Promise<ReadResult> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, problem: 'is a directory: pass the files inside it, or use `briefing ingest DIR`' };
    if (!info.isFile()) return { ok: false, problem: 'is not a regular file' };
    size = info.size;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, problem: 'no such file: check the path' };
    if (code === 'EACCES') return { ok: false, problem: 'permission denied: make the file readable' };
    return { ok: false, problem: `cannot read (${code ?? 'unknown error'})` };
  }
  if (size === 0) return { ok: false, problem: 'is empty: nothing to parse' };
  if (size > MAX_ARTICLE_BYTES) {
    const mb = (size / 1024 / 1024).toFixed(1);
    return { ok: false, problem: `is too large (${mb} MB; an article is at most ${MAX_ARTICLE_BYTES / 1024 / 1024} MB): pass the article itself` };
  }
  let bytes: Buffer;
  try {
    const handle = await open(path, 'r');
    try {
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (err) {
    return { ok: false, problem: `cannot read (${(err as NodeJS.ErrnoException).code ?? 'unknown error'})` };
  }
  return decodeArticleBytes(bytes);
}
