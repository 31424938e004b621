/**
 * Cell values and column types.
 *
 * A cell is `string | number | boolean | null` (JSON sources may also hold arrays/objects, kept as they are).
 * `null` is "missing": an empty CSV field, a JSON `null`, an absent JSON key, a Parquet null.
 * Column types come from the user's JSON Schema (`properties.<column>.type`); without one, CSV fields are
 * inferred per value (a decimal number -> number, true/false -> boolean, otherwise string), as pandas does
 * per column.
 */
export type Value = string | number | boolean | null | bigint | object;

/** How a CSV field is turned into a value. */
export type ColumnType = 'string' | 'number' | 'integer' | 'boolean' | 'auto';

/** The parse type of each column named in a JSON Schema's `properties` (first non-null `type` wins). */
export function columnTypesFromSchema(schema: unknown): Map<string, ColumnType> {
  const types = new Map<string, ColumnType>();
  const properties = (schema as { properties?: Record<string, { type?: unknown }> } | undefined)?.properties;
  if (!properties || typeof properties !== 'object') return types;
  for (const [name, spec] of Object.entries(properties)) {
    const declared = Array.isArray(spec?.type) ? spec.type.filter((t) => t !== 'null') : [spec?.type];
    const first = declared[0];
    if (first === 'string' || first === 'number' || first === 'integer' || first === 'boolean') types.set(name, first);
  }
  return types;
}

/** The type name a value reports in profiles and `expect_column_values_to_be_of_type`. */
export function typeOf(value: Value): 'null' | 'string' | 'integer' | 'number' | 'boolean' | 'object' {
  if (value === null || value === undefined) return 'null';
  switch (typeof value) {
    case 'string': return 'string';
    case 'boolean': return 'boolean';
    case 'number': return Number.isInteger(value) ? 'integer' : 'number';
    case 'bigint': return 'integer';
    default: return 'object';
  }
}

/**
 * A key that identifies a value for set membership and uniqueness: 2 and "2" differ (as in pandas' object
 * columns), 1 and 1.0 are the same number.
 */
export function valueKey(value: Value): string {
  switch (typeof value) {
    case 'string': return 's' + value;
    case 'number': return 'n' + value;
    case 'boolean': return value ? 'btrue' : 'bfalse';
    case 'bigint': return 'n' + value.toString();
    default: return value === null ? 'z' : 'o' + JSON.stringify(value);
  }
}

/** Numbers as numbers (bigint narrowed), anything else undefined. */
export function asNumber(value: Value): number | undefined {
  if (typeof value === 'number') return Number.isNaN(value) ? undefined : value;
  if (typeof value === 'bigint') return Number(value);
  return undefined;
}

/** A value as it appears in reports and annotations: strings quoted, the rest as JSON. */
export function showValue(value: Value): string {
  if (typeof value === 'bigint') return value.toString();
  return JSON.stringify(value) ?? String(value);
}
