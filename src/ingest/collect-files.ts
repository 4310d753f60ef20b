/**
 * Expanding the paths given to ingest into article files: folders are walked recursively for
 * .txt, .html, .htm and .md files, skipping hidden entries; a file named explicitly is taken
 * whatever its extension (reading it reports what is wrong). A symbolic link in a folder is
 * followed only when it resolves inside that folder: a link to /etc/passwd dropped into the
 * watched folder must not be served through /articles. (What is checked is the link when the
 * folder is walked; swapping a file for a link in the instant before it is read is not covered.)
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** Extensions picked up when walking a folder. */
export const ARTICLE_EXTENSIONS = new Set(['.txt', '.html', '.htm', '.md']);

/** Options for collectArticleFiles. */
export interface CollectOptions {
  /** Every file, named or found, must resolve inside this folder (the watched folder). */
  within?: string;
}

/** Files to ingest, and the paths that could not be used at all. */
export interface CollectedFiles {
  files: string[];
  failed: { path: string; problem: string }[];
}

/**
 * The stable name of a file as an article source: relative to the working directory when inside
 * it (data/articles/x.txt), else absolute, always with forward slashes, so the same file given as
 * ./data/articles/x.txt or by its full path is one source.
 */
export function sourceForPath(path: string, cwd: string = process.cwd()): string {
  const absolute = resolve(cwd, path);
  const inside = relative(cwd, absolute);
  const chosen = inside !== '' && !inside.startsWith('..') && !isAbsolute(inside) ? inside : absolute;
  return chosen.split(sep).join('/');
}

/** True for names such as .DS_Store or .git that a walk skips. */
function isHidden(name: string): boolean {
  return name.startsWith('.');
}

/** Whether a folder walk takes this file name. */
export function isArticleFileName(name: string): boolean {
  return !isHidden(name) && ARTICLE_EXTENSIONS.has(extname(name).toLowerCase());
}

/** True when `real` is `root` or lies under it (both resolved by realpath). */
function isInside(root: string, real: string): boolean {
  return real === root || real.startsWith(root.endsWith(sep) ? root : `${root}${sep}`);
}

/** The one-line problem of a link that leads out of the folder given. */
const outsideProblem = (root: string): string =>
  `is a symbolic link to a place outside the folder ${sourceForPath(root)}: not followed (copy the file into the folder instead)`;

/** Expands files and folders into a sorted, de-duplicated list of article files. */
export async function collectArticleFiles(paths: readonly string[], options: CollectOptions = {}): Promise<CollectedFiles> {
  const files = new Set<string>();
  const failed: CollectedFiles['failed'] = [];
  const visitedFolders = new Set<string>();
  const within = options.within === undefined ? undefined : await realpath(options.within).catch(() => resolve(options.within!));

  async function walk(folder: string, root: string): Promise<void> {
    // Symbolic links can make loops; each real folder is walked once.
    const real = await realpath(folder);
    if (visitedFolders.has(real)) return;
    visitedFolders.add(real);
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (err) {
      failed.push({ path: sourceForPath(folder), problem: folderProblem(err) });
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (isHidden(entry.name)) continue;
      const path = join(folder, entry.name);
      let isFolder = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = await stat(path).catch(() => null);
        isFolder = target?.isDirectory() ?? false;
        isFile = target?.isFile() ?? false;
        const wanted = isFolder || (isFile && isArticleFileName(entry.name));
        const resolved = wanted ? await realpath(path).catch(() => null) : null;
        if (wanted && (resolved === null || !isInside(root, resolved))) {
          failed.push({ path: sourceForPath(path), problem: outsideProblem(root) });
          continue;
        }
      }
      if (isFolder) await walk(path, root);
      else if (isFile && isArticleFileName(entry.name)) files.add(sourceForPath(path));
    }
  }

  for (const path of paths) {
    const info = await stat(path).catch((err: NodeJS.ErrnoException) => err);
    if (info instanceof Error) {
      const problem = info.code === 'ENOENT' ? 'no such file or folder: check the path' : `cannot be read (${info.code ?? info.message})`;
      failed.push({ path, problem });
      continue;
    }
    const real = await realpath(path);
    if (within !== undefined && !isInside(within, real)) {
      failed.push({ path: sourceForPath(path), problem: outsideProblem(within) });
    } else if (info.isDirectory()) {
      // The folder given is the boundary: its own path may be a link, what is under it may not leave it.
      await walk(path, within ?? real);
    } else {
      files.add(sourceForPath(path));
    }
  }
  return { files: [...files].sort(), failed };
}

function folderProblem(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'EACCES' ? 'folder cannot be read (permission denied): make it readable' : `folder cannot be read (${code})`;
}
