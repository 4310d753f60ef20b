/**
 * A sidecar file beside an article gives what the article itself does not say, for files that are
 * dropped into the watched folder where no command-line option reaches: `story.meta.json` next to
 * `story.txt` (or `story.html`) holding `{ "publishedAt": "2025-03-04" }`. A file's modification
 * time is not used: it says when the file was saved, not when the story was published.
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { z } from 'zod';
import { isoDateOrNull } from '../article/dates.js';

/** What a sidecar may give. */
export interface Sidecar {
  /** YYYY-MM-DD: used when the article states no date. */
  publishedAt?: string;
}

const SIDECAR = z
  .object({
    publishedAt: z
      .string()
      .refine((s) => isoDateOrNull(s) !== null, { message: 'publishedAt must be a date written YYYY-MM-DD' })
      .optional(),
  })
  .strict();

/** The sidecar's path for an article file: the same name with `.meta.json` for its extension. */
export function sidecarPathFor(articlePath: string): string {
  return join(dirname(articlePath), `${basename(articlePath, extname(articlePath))}.meta.json`);
}

/** True for a sidecar's file name. */
export function isSidecarName(name: string): boolean {
  return name.toLowerCase().endsWith('.meta.json');
}

/**
 * Reads the sidecar of `articlePath`: nothing when there is none, the values when it is good, a
 * one-line problem (and nothing used) when it is not.
 */
export async function readSidecar(articlePath: string): Promise<{ sidecar: Sidecar; problem: string | null }> {
  const path = sidecarPathFor(articlePath);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { sidecar: {}, problem: code === 'ENOENT' ? null : `${basename(path)} cannot be read (${code}); its date is not used` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { sidecar: {}, problem: `${basename(path)} is not JSON: write {"publishedAt": "YYYY-MM-DD"}` };
  }
  const parsed = SIDECAR.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
    return { sidecar: {}, problem: `${basename(path)}: ${where}${issue.message}: write {"publishedAt": "YYYY-MM-DD"}` };
  }
  return { sidecar: parsed.data.publishedAt ? { publishedAt: parsed.data.publishedAt } : {}, problem: null };
}
