/**
 * The one typed place where action inputs are read. Each method reads the input as the runner sets it
 * (`INPUT_<NAME>` on a runner, a flag in the CLI), trims it, and throws a UserError that names the input when the value
 * is wrong, so every action reports input mistakes the same way.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { parseDocument } from 'yaml';
import { UserError } from '@mlci/core';

export interface YamlValue {
  value: unknown;
  /** The file it came from, or undefined when it was given inline. */
  file: string | undefined;
}

export class InputReader {
  readonly workspace: string;
  private readonly getInput: (name: string) => string;

  constructor(workspace: string, getInput: (name: string) => string) {
    this.workspace = workspace;
    this.getInput = getInput;
  }

  /** A required input. */
  string(name: string): string {
    const value = this.optionalString(name);
    if (value === undefined) throw new UserError(`Input '${name}' is required but was not given.`);
    return value;
  }

  optionalString(name: string): string | undefined {
    const value = this.getInput(name).trim();
    return value === '' ? undefined : value;
  }

  /** `true`/`false` (also yes/no, on/off, 1/0, any case); `fallback` when empty. */
  boolean(name: string, fallback = false): boolean {
    const value = this.optionalString(name);
    if (value === undefined) return fallback;
    const lower = value.toLowerCase();
    if (['true', 'yes', 'on', '1'].includes(lower)) return true;
    if (['false', 'no', 'off', '0'].includes(lower)) return false;
    throw new UserError(`Input '${name}' must be true or false, got '${value}'.`);
  }

  number(name: string, options: { min?: number; max?: number; integer?: boolean; fallback?: number } = {}): number {
    const value = this.optionalNumber(name, options);
    if (value !== undefined) return value;
    if (options.fallback !== undefined) return options.fallback;
    throw new UserError(`Input '${name}' is required but was not given.`);
  }

  optionalNumber(name: string, options: { min?: number; max?: number; integer?: boolean } = {}): number | undefined {
    const text = this.optionalString(name);
    if (text === undefined) return undefined;
    const value = Number(text);
    const kind = options.integer ? 'a whole number' : 'a number';
    if (!Number.isFinite(value) || (options.integer && !Number.isInteger(value))) {
      throw new UserError(`Input '${name}' must be ${kind}, got '${text}'.`);
    }
    if (options.min !== undefined && value < options.min) throw new UserError(`Input '${name}' must be at least ${options.min}, got ${text}.`);
    if (options.max !== undefined && value > options.max) throw new UserError(`Input '${name}' must be at most ${options.max}, got ${text}.`);
    return value;
  }

  /** One of `values`; the first is the default when the input is empty. */
  choice<T extends string>(name: string, values: readonly T[]): T {
    const value = this.optionalString(name);
    if (value === undefined) return values[0];
    const match = values.find((v) => v === value.toLowerCase());
    if (match === undefined) throw new UserError(`Input '${name}' must be one of ${values.map((v) => `'${v}'`).join(', ')}; got '${value}'.`);
    return match;
  }

  /** Items separated by commas or newlines, trimmed, empty ones dropped. */
  list(name: string): string[] {
    return (this.optionalString(name) ?? '')
      .split(/[,\n]/)
      .map((s) => s.trim())
      .filter((s) => s !== '');
  }

  /** A path relative to the workspace, made absolute. */
  resolve(file: string): string {
    return path.resolve(this.workspace, file);
  }

  /** A path that must name an existing file. */
  optionalFile(name: string): string | undefined {
    const value = this.optionalString(name);
    if (value === undefined) return undefined;
    const file = this.resolve(value);
    if (!existsSync(file)) throw new UserError(`Input '${name}': file '${value}' does not exist.`);
    if (!statSync(file).isFile()) throw new UserError(`Input '${name}': '${value}' is not a file.`);
    return file;
  }

  file(name: string): string {
    const file = this.optionalFile(name);
    if (file === undefined) throw new UserError(`Input '${name}' is required but was not given.`);
    return file;
  }

  /** Paths or glob patterns (comma- or newline-separated), expanded to existing files in sorted order. */
  async files(name: string, options: { required?: boolean } = {}): Promise<string[]> {
    const patterns = this.list(name);
    if (patterns.length === 0) {
      if (options.required) throw new UserError(`Input '${name}' is required but was not given.`);
      return [];
    }
    const found = new Set<string>();
    for (const pattern of patterns) {
      const matches = await glob(pattern, { cwd: this.workspace, absolute: true, onlyFiles: true, dot: true });
      if (matches.length === 0) throw new UserError(`Input '${name}': '${pattern}' matches no file (relative to ${this.workspace}).`);
      for (const match of matches) found.add(match);
    }
    return [...found].sort();
  }

  /**
   * Inline YAML/JSON, or the path of a YAML/JSON file. Syntax errors carry the file (when there is one), line and
   * column.
   */
  yamlOrFile(name: string): YamlValue | undefined {
    const text = this.optionalString(name);
    if (text === undefined) return undefined;
    const candidate = this.resolve(text);
    const isPath = !text.includes('\n') && /\.(ya?ml|json)$/i.test(text);
    if (isPath && !existsSync(candidate)) throw new UserError(`Input '${name}': file '${text}' does not exist.`);
    if (isPath) return { value: parseYaml(readFileSync(candidate, 'utf8'), text), file: text };
    return { value: parseYaml(text, undefined, name), file: undefined };
  }
}

/** Parse YAML (JSON is YAML); a syntax error becomes a UserError at its line and column. */
export function parseYaml(text: string, file: string | undefined, inputName?: string): unknown {
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const error = document.errors[0];
  if (error) {
    const [line, column] = error.linePos?.[0] ? [error.linePos[0].line, error.linePos[0].col] : [undefined, undefined];
    const where = file ? `${file}` : `input '${inputName}'`;
    const message = error.message.split('\n')[0];
    throw new UserError(`Invalid YAML in ${where}${line !== undefined ? ` at line ${line}, column ${column}` : ''}: ${message}`, file ? { file, line, column } : undefined);
  }
  return document.toJS();
}
