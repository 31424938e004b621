/**
 * Validation of results against their JSON Schemas before they are written: the envelope
 * (schemas/result.schema.json) and the action's payload (schemas/<action>.schema.json).
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import resultSchema from '../../../schemas/result.schema.json' with { type: 'json' };

const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
const validators = new WeakMap<object, ValidateFunction>();

function validatorFor(schema: object): ValidateFunction {
  let validator = validators.get(schema);
  if (!validator) {
    validator = ajv.compile(schema);
    validators.set(schema, validator);
  }
  return validator;
}

/** Messages of what in `value` breaks `schema`; empty when it is valid. */
export function schemaErrors(schema: object, value: unknown): string[] {
  const validate = validatorFor(schema);
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}

export function envelopeErrors(result: unknown): string[] {
  return schemaErrors(resultSchema, result);
}
