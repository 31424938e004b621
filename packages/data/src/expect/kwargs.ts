/**
 * Reading an expectation's kwargs: each accessor names the expectation, the kwarg and the suite line when
 * a value has the wrong shape, so a suite mistake is one clear UserError.
 */
import { UserError } from '@mlci/core';

export interface ExpectationConfig {
  type: string;
  kwargs: Record<string, unknown>;
  /** The suite file and 1-based line of this expectation, for errors and annotations. */
  file?: string;
  line?: number;
}

export class Kwargs {
  readonly config: ExpectationConfig;

  constructor(config: ExpectationConfig) {
    this.config = config;
  }

  fail(message: string): never {
    const { type, file, line } = this.config;
    throw new UserError(`${type}${line ? ` (line ${line}${file ? ` of ${file}` : ''})` : ''}: ${message}`, { file, line });
  }

  has(name: string): boolean {
    return this.config.kwargs[name] !== undefined && this.config.kwargs[name] !== null;
  }

  raw(name: string): unknown {
    return this.config.kwargs[name];
  }

  string(name: string): string {
    const v = this.config.kwargs[name];
    if (typeof v === 'number') return String(v);
    if (typeof v !== 'string') this.fail(`'${name}' must be a string, got ${JSON.stringify(v)}`);
    return v;
  }

  column(): string {
    return this.string('column');
  }

  columns(name: string): string[] {
    const v = this.config.kwargs[name];
    if (!Array.isArray(v) || v.some((c) => typeof c !== 'string' && typeof c !== 'number')) this.fail(`'${name}' must be a list of column names`);
    return v.map(String);
  }

  optionalNumber(name: string): number | undefined {
    const v = this.config.kwargs[name];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'number' || Number.isNaN(v)) this.fail(`'${name}' must be a number, got ${JSON.stringify(v)}`);
    return v;
  }

  /** A bound of a range: a number, a string (compared as text) or absent. */
  bound(name: string): number | string | undefined {
    const v = this.config.kwargs[name];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'number' && typeof v !== 'string') this.fail(`'${name}' must be a number, got ${JSON.stringify(v)}`);
    return v;
  }

  boolean(name: string, fallback: boolean): boolean {
    const v = this.config.kwargs[name];
    if (v === undefined || v === null) return fallback;
    if (typeof v !== 'boolean') this.fail(`'${name}' must be true or false, got ${JSON.stringify(v)}`);
    return v;
  }

  mostly(): number | undefined {
    const m = this.optionalNumber('mostly');
    if (m !== undefined && (m < 0 || m > 1)) this.fail(`'mostly' must be between 0 and 1, got ${m}`);
    return m;
  }

  list(name: string): unknown[] | undefined {
    const v = this.config.kwargs[name];
    if (v === undefined || v === null) return undefined;
    if (!Array.isArray(v)) this.fail(`'${name}' must be a list, got ${JSON.stringify(v)}`);
    return v;
  }

  /** min_value/max_value with strict_min/strict_max; at least one bound unless `optional`. */
  range(optional = false): Range {
    const min = this.bound('min_value');
    const max = this.bound('max_value');
    if (!optional && min === undefined && max === undefined) this.fail(`give min_value, max_value or both`);
    return { min, max, strictMin: this.boolean('strict_min', false), strictMax: this.boolean('strict_max', false) };
  }
}

export interface Range {
  min: number | string | undefined;
  max: number | string | undefined;
  strictMin: boolean;
  strictMax: boolean;
}

/** Whether `x` lies in the range; numbers compare with numbers, strings with strings, anything else is out. */
export function inRange(x: unknown, r: Range): boolean {
  if (r.min !== undefined) {
    if (typeof x !== typeof r.min) return false;
    if (r.strictMin ? !((x as number) > (r.min as number)) : !((x as number) >= (r.min as number))) return false;
  }
  if (r.max !== undefined) {
    if (typeof x !== typeof r.max) return false;
    if (r.strictMax ? !((x as number) < (r.max as number)) : !((x as number) <= (r.max as number))) return false;
  }
  if (r.min === undefined && r.max === undefined) return true;
  return typeof x === 'number' ? !Number.isNaN(x) : typeof x === 'string';
}

/**
 * A Python `re` pattern as a JavaScript RegExp: named groups `(?P<n>…)`/`(?P=n)`, `\A`, `\Z` and leading
 * inline flags `(?i)` are translated; a pattern that still does not compile is a UserError.
 */
export function compileRegex(pattern: string, kwargs: Kwargs): RegExp {
  let flags = 'u';
  let source = pattern;
  const inline = /^\(\?([aiLmsux]+)\)/.exec(source);
  if (inline) {
    source = source.slice(inline[0].length);
    for (const f of inline[1]) if (f === 'i' || f === 'm' || f === 's') flags += f;
  }
  source = source.replace(/\(\?P<([A-Za-z_]\w*)>/g, '(?<$1>').replace(/\(\?P=([A-Za-z_]\w*)\)/g, '\\k<$1>')
    .replace(/\\A/g, '^').replace(/\\Z/g, '$');
  try {
    return new RegExp(source, flags);
  } catch {
    try {
      return new RegExp(source, flags.replace('u', ''));
    } catch (error) {
      kwargs.fail(`the regex ${JSON.stringify(pattern)} does not compile: ${(error as Error).message}`);
    }
  }
}
