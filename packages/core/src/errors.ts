/**
 * The error model shared by every engine and action.
 *
 * A `UserError` is a mistake the user can fix (a missing file, a malformed CSV, bad YAML, an unknown column):
 * the action prints it as ONE `::error` annotation, with file/line/column where known, and exits 1 with no
 * stack trace. Anything else that escapes is a bug in mlci and is reported as such, stack included.
 */
export interface SourceLocation {
  /** Path of the file the mistake is in, as the user gave it. */
  file?: string;
  /** 1-based line number. */
  line?: number;
  /** 1-based column number. */
  column?: number;
}

export class UserError extends Error {
  readonly location: SourceLocation | undefined;

  constructor(message: string, location?: SourceLocation, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'UserError';
    this.location = location;
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError || (error instanceof Error && error.name === 'UserError');
}

/** "file:line:column: message", the form compilers use, for CLI output and logs. */
export function formatUserError(error: UserError): string {
  const where = formatLocation(error.location);
  return where ? `${where}: ${error.message}` : error.message;
}

export function formatLocation(location: SourceLocation | undefined): string {
  if (!location?.file) return '';
  let where = location.file;
  if (location.line !== undefined) {
    where += `:${location.line}`;
    if (location.column !== undefined) where += `:${location.column}`;
  }
  return where;
}
