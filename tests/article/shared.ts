/** Paths and helpers the parser tests share: the repo root, the shared folder beside it, the JSON Schema validator. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';

/** The repository root (tests/article/ is two levels below it). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The shared read-only folder: `../shared` beside the clone, in CI as here. */
export const sharedDir = path.resolve(repoRoot, '../shared');
export const defaultArticlePath = path.join(repoRoot, 'data/articles/putin-north-korea.txt');
export const polnearDevDir = path.join(sharedDir, 'eval/polnear-dev');

/** A validator for the parsed-article JSON contract; returns the errors as text, or '' when valid. */
export function createContractValidator(): (value: unknown) => string {
  const schema = JSON.parse(readFileSync(path.join(sharedDir, 'contract/parsed-article.schema.json'), 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);
  return (value) => (validate(value) ? '' : ajv.errorsText(validate.errors));
}
