/**
 * Markdown building blocks for reports. GitHub-flavoured Markdown: tables, <details>, fenced Mermaid blocks.
 * Every helper returns a string with no trailing newline; callers join blocks with blank lines.
 */

export type Align = 'left' | 'right' | 'center';

/** Escape text for a table cell: pipes would split the cell and newlines would end the row. */
export function escapeCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/**
 * Format a number for people: integers as they are (with thousands separators when large), others with
 * `digits` significant decimals, and non-finite values spelled out.
 */
export function formatNumber(value: number | null | undefined, digits = 4): string {
  if (value === null || value === undefined) return '—';
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  if (Number.isInteger(value)) return Math.abs(value) >= 10_000 ? value.toLocaleString('en-US') : String(value);
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude < 1e-4 || magnitude >= 1e9)) return value.toExponential(Math.max(0, digits - 1));
  return String(Number(value.toFixed(digits)));
}

export type Cell = string | number | boolean | null | undefined;

function cellText(cell: Cell): string {
  if (typeof cell === 'number') return formatNumber(cell);
  if (typeof cell === 'boolean') return cell ? 'yes' : 'no';
  if (cell === null || cell === undefined) return '—';
  return escapeCell(cell);
}

/** A GitHub table. Numbers are formatted with `formatNumber`; strings are escaped. */
export function markdownTable(headers: string[], rows: Cell[][], options: { align?: Align[] } = {}): string {
  const separator = headers.map((_, i) => {
    const align = options.align?.[i] ?? 'left';
    return align === 'right' ? '---:' : align === 'center' ? ':---:' : '---';
  });
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(headers.map(escapeCell)), line(separator), ...rows.map((row) => line(headers.map((_, i) => cellText(row[i]))))].join('\n');
}

/** A collapsed block. The blank lines let GitHub render Markdown inside it. */
export function details(summary: string, body: string, options: { open?: boolean } = {}): string {
  return `<details${options.open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

export const PASS_MARK = '✅';
export const FAIL_MARK = '❌';
export const WARN_MARK = '⚠️';

/** The headline of a section: a mark and a sentence. */
export function verdict(passed: boolean, text: string): string {
  return `**${passed ? PASS_MARK : FAIL_MARK} ${text}**`;
}

export function mark(passed: boolean | null): string {
  return passed === null ? WARN_MARK : passed ? PASS_MARK : FAIL_MARK;
}
