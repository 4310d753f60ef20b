/**
 * The invented news stories in tests/fixtures/articles/ (see its README), for tests that need
 * realistic articles of several shapes without reading anything from outside the repository.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fixturesDir } from './paths.js';

export const inventedArticlesDir = path.join(fixturesDir, 'articles');

export interface InventedArticle {
  name: string;
  path: string;
  text: string;
}

/** Every invented article, in name order (the README left out). */
export function inventedArticles(): InventedArticle[] {
  return readdirSync(inventedArticlesDir)
    .filter((name) => name !== 'README.md')
    .sort()
    .map((name) => inventedArticle(name));
}

/** One invented article by file name. */
export function inventedArticle(name: string): InventedArticle {
  const file = path.join(inventedArticlesDir, name);
  return { name, path: file, text: readFileSync(file, 'utf8') };
}

/** The non-blank lines of a text, trimmed: the paragraphs of a one-paragraph-per-line story. */
export function nonBlankLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
