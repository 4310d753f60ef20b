/** A validator for the parsed-article JSON contract, by default against the copy of the schema in tests/fixtures/contract/. */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { contractSchemaPath } from './paths.js';

/** Returns a function giving the errors of a parsed article as text, or '' when it is valid. */
export function createContractValidator(schemaPath = contractSchemaPath): (value: unknown) => string {
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);
  return (value) => (validate(value) ? '' : ajv.errorsText(validate.errors));
}
