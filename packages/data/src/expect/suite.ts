/**
 * Loading an expectation suite from YAML or JSON, keeping each expectation's line for errors.
 *
 * Accepted shapes (the first is a Great Expectations suite file as GE writes it):
 *   { "expectation_suite_name": "...", "expectations": [ { "expectation_type" | "type": "...", "kwargs": {...} } ] }
 *   expectations:                       # or a bare list
 *     - expect_column_values_to_not_be_null: { column: id }
 * GE evaluation parameters `{"$PARAMETER": "now()"}` and `now() ± timedelta(<unit>=<n>)` become ISO
 * timestamps; any other parameter is an error (we have no parameter store).
 */
import { readFileSync } from 'node:fs';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { UserError } from '@mlci/core';
import type { ExpectationConfig } from './kwargs.ts';

export interface Suite {
  name: string;
  file?: string;
  expectations: ExpectationConfig[];
}

export function loadSuiteFile(file: string): Suite {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UserError(`cannot read the expectation suite ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`, { file });
  }
  return parseSuite(text, file);
}

export function parseSuite(text: string, file?: string): Suite {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    const pos = error.linePos?.[0];
    throw new UserError(`the expectation suite${file ? ` ${file}` : ''} is not valid YAML/JSON: ${error.message.split('\n')[0]}`, { file, line: pos?.line, column: pos?.col });
  }
  const lineOf = (node: Node | null | undefined): number | undefined => (node?.range ? lineCounter.linePos(node.range[0]).line : undefined);
  const root = doc.contents;
  let list: Node | null | undefined = root as Node | null;
  let name = 'default';
  if (isMap(root)) {
    list = root.get('expectations', true) as Node | undefined;
    const n = root.get('expectation_suite_name') ?? root.get('name');
    if (typeof n === 'string') name = n;
  }
  if (!isSeq(list)) {
    throw new UserError(`the expectation suite${file ? ` ${file}` : ''} must be a list of expectations or a map with an 'expectations' list`, { file, line: lineOf(root as Node) ?? 1 });
  }
  const expectations: ExpectationConfig[] = [];
  for (const item of list.items) {
    const line = lineOf(item as Node);
    const json = (item as Node).toJSON() as unknown;
    if (json === null || typeof json !== 'object' || Array.isArray(json)) {
      throw new UserError(`expectation at line ${line} must be a map`, { file, line });
    }
    const entry = json as Record<string, unknown>;
    let type: unknown = entry.expectation_type ?? entry.type;
    let kwargs: unknown = entry.kwargs;
    if (type === undefined) {
      const keys = Object.keys(entry).filter((k) => k !== 'meta' && k !== 'notes' && k !== 'id');
      if (keys.length !== 1) throw new UserError(`expectation at line ${line} must have 'expectation_type' and 'kwargs', or be a single 'expect_…: {kwargs}' entry`, { file, line });
      type = keys[0];
      kwargs = entry[keys[0]];
    }
    if (typeof type !== 'string') throw new UserError(`expectation at line ${line}: the type must be a string`, { file, line });
    if (kwargs === undefined || kwargs === null) kwargs = Object.fromEntries(Object.entries(entry).filter(([k]) => !['type', 'expectation_type', 'meta', 'notes', 'id', 'rendered_content'].includes(k)));
    if (typeof kwargs !== 'object' || Array.isArray(kwargs)) throw new UserError(`expectation ${type} at line ${line}: kwargs must be a map`, { file, line });
    expectations.push({ type, kwargs: resolveParameters(kwargs as Record<string, unknown>, type, file, line), file, line });
  }
  return { name, file, expectations };
}

const UNITS: Record<string, number> = { weeks: 604800e3, days: 86400e3, hours: 3600e3, minutes: 60e3, seconds: 1e3 };

function resolveParameters(kwargs: Record<string, unknown>, type: string, file?: string, line?: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(kwargs)) {
    if (v && typeof v === 'object' && !Array.isArray(v) && '$PARAMETER' in v) {
      const expression = String((v as Record<string, unknown>).$PARAMETER).replace(/\s+/g, '');
      const m = /^now\(\)(?:([+-])timedelta\((\w+)=(\d+(?:\.\d+)?)\))?$/.exec(expression);
      if (!m || (m[2] && !(m[2] in UNITS))) {
        throw new UserError(`${type} at line ${line}: evaluation parameter ${JSON.stringify(expression)} is not supported (only now() ± timedelta(unit=n))`, { file, line });
      }
      let t = Date.now();
      if (m[1]) t += (m[1] === '-' ? -1 : 1) * Number(m[3]) * UNITS[m[2]];
      out[k] = new Date(t).toISOString().replace('Z', '');
    } else {
      out[k] = v;
    }
  }
  return out;
}
