/**
 * Cutting Markdown to a size without breaking what follows it: an open code fence or <details> block left
 * unclosed would swallow the rest of the comment, so they are closed after the cut.
 */

/** Cut `markdown` to at most `limit` characters (JS string length), ending with `notice`. */
export function truncateMarkdown(markdown: string, limit: number, notice: string): string {
  if (markdown.length <= limit) return markdown;
  const tail = `\n\n${notice}`;
  let budget = limit - tail.length - 64; // room for the closers added below
  if (budget <= 0) return notice.slice(0, Math.max(0, limit));
  for (;;) {
    let cut = markdown.slice(0, budget);
    const lastNewline = cut.lastIndexOf('\n');
    if (lastNewline > budget / 2) cut = cut.slice(0, lastNewline); // prefer a whole line
    const closers = closersFor(cut);
    const result = `${cut}${closers}${tail}`;
    if (result.length <= limit) return result;
    budget -= result.length - limit;
  }
}

/** What must be appended to `markdown` to close its open fences and <details> blocks. */
function closersFor(markdown: string): string {
  let inFence: string | null = null;
  let openDetails = 0;
  for (const line of markdown.split('\n')) {
    const fence = /^\s*(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (inFence === null) inFence = fence[1];
      else if (fence[1].startsWith(inFence)) inFence = null;
      continue;
    }
    if (inFence !== null) continue;
    openDetails += (line.match(/<details[\s>]/g) ?? []).length;
    openDetails -= (line.match(/<\/details>/g) ?? []).length;
  }
  let closers = inFence !== null ? `\n${inFence}` : '';
  for (let i = 0; i < Math.max(0, openDetails); i++) closers += '\n\n</details>';
  return closers;
}

/** UTF-8 size of a string in bytes. */
export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Cut to at most `limitBytes` UTF-8 bytes (for the job summary, whose limit is in bytes). */
export function truncateMarkdownBytes(markdown: string, limitBytes: number, notice: string): string {
  if (utf8Bytes(markdown) <= limitBytes) return markdown;
  // Each UTF-16 code unit is at most 3 UTF-8 bytes; shrink the character limit until the bytes fit.
  let limit = Math.min(markdown.length, limitBytes);
  for (;;) {
    const result = truncateMarkdown(markdown, limit, notice);
    const bytes = utf8Bytes(result);
    if (bytes <= limitBytes) return result;
    limit -= Math.max(1, Math.ceil((bytes - limitBytes) / 3));
  }
}
