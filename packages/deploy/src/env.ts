/**
 * The `env` input: one `KEY=VALUE` per line, blank lines and `#` comments ignored. Values keep everything after
 * the first `=` (so `URL=a=b` is `a=b`). Keys follow POSIX shell rules: a letter or `_`, then letters, digits, `_`.
 */
import { UserError } from '@mlci/core';

const KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function parseEnvLines(text: string, source = 'env'): Record<string, string> {
  const env: Record<string, string> = {};
  text.split(/\r?\n/).forEach((rawLine, index) => {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) return;
    const eq = line.indexOf('=');
    const key = eq < 0 ? line : line.slice(0, eq).trim();
    if (eq < 0 || !KEY.test(key)) {
      throw new UserError(
        `${source} line ${index + 1} is not KEY=VALUE (got '${eq < 0 ? line : key}'); keys are letters, digits ` +
          `and _ and do not start with a digit`,
        { file: source, line: index + 1, column: 1 },
      );
    }
    env[key] = line.slice(eq + 1);
  });
  return env;
}
