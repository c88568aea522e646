import fc from 'fast-check';
import type { JsonSchema } from './openapi.ts';

/** Ids that are not a uuid, or are one in disguise: path traversal, encoding tricks, huge. */
export const garbage = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', '.', '..', '%', '%00', '%2e%2e', 'null', '-1', '0', 'x'.repeat(2000)),
  fc.uuid().map((u) => u.toUpperCase()),
);

export const text = (min: number, max: number) =>
  fc.oneof(
    fc.string({ minLength: min, maxLength: max }),
    // Any code point, lone surrogates and NUL included: what a pasted document can hold.
    fc.string({ unit: 'binary', minLength: min, maxLength: max }),
  );

const instant = fc
  .date({ min: new Date('2024-01-01'), max: new Date('2028-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString());

const bounded = (value: number | undefined, fallback: number, lo: number, hi: number) =>
  Math.min(hi, Math.max(lo, value ?? fallback));

/** fc.integer stays within 32 bits; wider declared bounds (up to 2^53) come in as constants. */
const int32 = (v: number) => Math.min(2_147_483_647, Math.max(-2_147_483_648, v));

/**
 * Values for a JSON schema of the OpenAPI document — mostly accepted ones: types, enums, formats,
 * patterns, lengths and bounds are followed; zod refinements are not, so some get refused. A uuid
 * is mostly one of `ids` (records that exist), so requests reach past "not found".
 */
export function fromSchema(schema: JsonSchema, ids: readonly string[]): fc.Arbitrary<unknown> {
  const base = fromType(schema, ids);
  return schema.nullable ? fc.option(base, { nil: null, freq: 5 }) : base;
}

function fromType(schema: JsonSchema, ids: readonly string[]): fc.Arbitrary<unknown> {
  if (schema.anyOf) return fc.oneof(...schema.anyOf.map((s) => fromSchema(s, ids)));
  if (schema.enum) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'string':
      return stringFrom(schema, ids);
    case 'integer': {
      const lo = (schema.minimum ?? -1000) + (schema.exclusiveMinimum ? 1 : 0);
      const hi = (schema.maximum ?? 1000) - (schema.exclusiveMaximum ? 1 : 0);
      // Small values hit versions and counts that exist; the edges hit the limits.
      return fc.oneof(
        fc.integer({ min: int32(Math.max(lo, -3)), max: int32(Math.max(lo, Math.min(hi, 5))) }),
        fc.constantFrom(lo, hi),
        fc.integer({ min: int32(lo), max: int32(hi) }),
      );
    }
    case 'number':
      return fc.double({
        min: schema.minimum ?? -1e9,
        max: schema.maximum ?? 1e9,
        noNaN: true,
        noDefaultInfinity: true,
      });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(schema.items ? fromSchema(schema.items, ids) : fc.jsonValue(), {
        minLength: schema.minItems ?? 0,
        maxLength: bounded(schema.maxItems, 4, schema.minItems ?? 0, 4),
      });
    case 'object': {
      const model = Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([key, value]) => [
          key,
          fromSchema(value, ids),
        ]),
      );
      return fc.record(model, { requiredKeys: schema.required ?? [] });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function stringFrom(schema: JsonSchema, ids: readonly string[]): fc.Arbitrary<string> {
  switch (schema.format) {
    case 'uuid':
      return ids.length > 0
        ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ids) }, fc.uuid())
        : fc.uuid();
    case 'date':
      return instant.map((d) => d.slice(0, 10));
    case 'date-time':
      return instant;
    case 'email':
      return fc.emailAddress();
  }
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
  const min = schema.minLength ?? 0;
  return text(min, bounded(schema.maxLength, 40, min, 40));
}
