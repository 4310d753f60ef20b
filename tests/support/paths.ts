/**
 * Where the tests find the project's own files: the repository root, the default article and the
 * fixtures. Nothing here reaches outside the repository, so `npm test` runs in a clone on its own.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (tests/support/ is two levels below it). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const defaultArticlePath = path.join(repoRoot, 'data/articles/putin-north-korea.txt');
export const fixturesDir = path.join(repoRoot, 'tests/fixtures');
/** The copy of the shared contract schema (see tests/fixtures/contract/README.md). */
export const contractSchemaPath = path.join(fixturesDir, 'contract/parsed-article.schema.json');
/** The copy of the default article's gold (see tests/fixtures/gold/README.md). */
export const defaultArticleGoldPath = path.join(fixturesDir, 'gold/putin-north-korea.gold.json');
/** The vendored copy of the shared scorer. */
export const vendoredScorerPath = path.join(repoRoot, 'tests/support/score-article.mjs');
