/**
 * GitHub-flavoured Markdown, as the actions write it for comments and summaries, converted to HTML for the
 * offline report: headings, paragraphs, **bold**, _emphasis_, `code`, links, lists, block quotes, tables with
 * alignment, fenced code, and the <details>/<summary>/<br> tags the report helpers emit. Mermaid chart blocks
 * become inline SVG (mermaid.ts).
 *
 * Every other character of the input is escaped, so text from result files (column names, error messages)
 * cannot inject markup or scripts. Links keep only http(s), mailto and in-page (#) targets.
 */
import { escapeHtml } from './escape.ts';
import { mermaidToSvg } from './mermaid.ts';

/** The verdict marks of ../markdown.ts as text glyphs with a colour: emoji fonts are often missing offline. */
const MARKS: Record<string, string> = { '✅': '<span class="mark pass">✓</span>', '❌': '<span class="mark fail">✗</span>', '⚠️': '<span class="mark warn">!</span>', '⚠': '<span class="mark warn">!</span>' };

function escapeText(text: string): string {
  return escapeHtml(text).replace(/✅|❌|⚠️|⚠/g, (m) => MARKS[m]);
}

export function htmlMark(passed: boolean | null): string {
  return MARKS[passed === null ? '⚠️' : passed ? '✅' : '❌'];
}

const ALLOWED_TAG = /^<\/?(details|summary|br|b|strong|em|code|sub|sup)(\s+open)?\s*\/?>$/i;

function safeHref(href: string): string | undefined {
  return /^(https?:|mailto:|#)/i.test(href.trim()) ? href.trim() : undefined;
}

/** Inline Markdown: code spans first (their content is literal), then links, bold, emphasis, allowed tags. */
export function inlineHtml(text: string): string {
  const out: string[] = [];
  const pattern = /(`+)([\s\S]*?)\1|\[([^\]]*)\]\(([^)\s]*)\)|\*\*([^*]+)\*\*|(?<![\w*])_([^_]+)_(?!\w)|(<\/?[a-z]+(?:\s+open)?\s*\/?>)|\\([\\|`*_[\]()#+\-.!<>])/gi;
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    out.push(escapeText(text.slice(last, m.index)));
    last = m.index + m[0].length;
    if (m[1]) out.push(`<code>${escapeHtml(m[2].trim())}</code>`);
    else if (m[3] !== undefined) {
      const href = safeHref(m[4]);
      out.push(href ? `<a href="${escapeHtml(href)}">${inlineHtml(m[3])}</a>` : inlineHtml(m[3]));
    } else if (m[5] !== undefined) out.push(`<strong>${inlineHtml(m[5])}</strong>`);
    else if (m[6] !== undefined) out.push(`<em>${inlineHtml(m[6])}</em>`);
    else if (m[7] !== undefined) out.push(ALLOWED_TAG.test(m[7]) ? m[7].toLowerCase() : escapeHtml(m[7]));
    else if (m[8] !== undefined) out.push(escapeHtml(m[8]));
  }
  out.push(escapeText(text.slice(last)));
  return out.join('');
}

/** Split a table row on unescaped pipes. */
function cells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, '|'));
}

const TABLE_SEPARATOR = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/;

function table(lines: string[]): string {
  const head = cells(lines[0]);
  const align = cells(lines[1]).map((c) => (c.startsWith(':') && c.endsWith(':') ? 'center' : c.endsWith(':') ? 'right' : 'left'));
  const td = (tag: string, text: string, i: number) => `<${tag}${align[i] && align[i] !== 'left' ? ` class="${align[i]}"` : ''}>${inlineHtml(text)}</${tag}>`;
  const body = lines.slice(2).map((l) => `<tr>${head.map((_, i) => td('td', cells(l)[i] ?? '', i)).join('')}</tr>`);
  return `<div class="table"><table><thead><tr>${head.map((h, i) => td('th', h, i)).join('')}</tr></thead><tbody>${body.join('')}</tbody></table></div>`;
}

/** The header cells of a table starting at `from` (after blank lines), or [] when none starts there. */
function followingTableHeader(lines: readonly string[], from: number): string[] {
  let i = from;
  while (i < lines.length && lines[i].trim() === '') i++;
  return i + 1 < lines.length && lines[i].trim().startsWith('|') && TABLE_SEPARATOR.test(lines[i + 1].trim()) ? cells(lines[i]) : [];
}

export function markdownToHtml(markdown: string): string {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const html: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) html.push(`<p>${paragraph.map(inlineHtml).join('<br>\n')}</p>`);
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const trimmed = line.trim();
    const fence = /^(```+|~~~+)\s*([\w-]*)/.exec(trimmed);
    if (fence) {
      flush();
      const body: string[] = [];
      for (i++; i < lines.length && !lines[i].trim().startsWith(fence[1]); i++) body.push(lines[i]);
      const svg = fence[2] === 'mermaid' ? mermaidToSvg(body.join('\n'), followingTableHeader(lines, i + 1).slice(1)) : undefined;
      html.push(svg ? `<figure class="chart">${svg}</figure>` : `<pre><code${fence[2] ? ` class="language-${escapeHtml(fence[2])}"` : ''}>${escapeHtml(body.join('\n'))}</code></pre>`);
      continue;
    }
    if (trimmed === '') {
      flush();
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(trimmed);
    if (heading) {
      flush();
      const level = Math.min(6, heading[1].length + 1);
      html.push(`<h${level}>${inlineHtml(heading[2])}</h${level}>`);
      continue;
    }
    if (trimmed.startsWith('|') && i + 1 < lines.length && TABLE_SEPARATOR.test(lines[i + 1].trim())) {
      flush();
      const rows = [line, lines[i + 1]];
      for (i += 2; i < lines.length && lines[i].trim().startsWith('|'); i++) rows.push(lines[i]);
      i--;
      html.push(table(rows));
      continue;
    }
    if (/^[-*+]\s+/.test(trimmed) || /^\d+[.)]\s+/.test(trimmed)) {
      flush();
      const ordered = /^\d/.test(trimmed);
      const items: string[] = [];
      for (; i < lines.length && (ordered ? /^\s*\d+[.)]\s+/ : /^\s*[-*+]\s+/).test(lines[i]); i++) items.push(lines[i].trim().replace(/^([-*+]|\d+[.)])\s+/, ''));
      i--;
      html.push(`<${ordered ? 'ol' : 'ul'}>${items.map((t) => `<li>${inlineHtml(t)}</li>`).join('')}</${ordered ? 'ol' : 'ul'}>`);
      continue;
    }
    if (trimmed.startsWith('>')) {
      flush();
      const quoted: string[] = [];
      for (; i < lines.length && lines[i].trim().startsWith('>'); i++) quoted.push(lines[i].trim().replace(/^>\s?/, ''));
      i--;
      html.push(`<blockquote>${markdownToHtml(quoted.join('\n'))}</blockquote>`);
      continue;
    }
    if (/^<\/?(details|summary)[\s>]/i.test(trimmed)) {
      flush();
      // <details><summary>text</summary> on one line, as details() in ../markdown.ts writes it.
      html.push(trimmed.replace(/^(<details(?:\s+open)?>)?(?:<summary>(.*?)<\/summary>)?(.*)$/i, (_, open: string | undefined, summary: string | undefined, rest: string) => `${open ? open.toLowerCase() : ''}${summary !== undefined ? `<summary>${inlineHtml(summary)}</summary>` : ''}${inlineHtml(rest)}`));
      continue;
    }
    if (/^(---+|\*\*\*+)$/.test(trimmed)) {
      flush();
      html.push('<hr>');
      continue;
    }
    paragraph.push(trimmed);
  }
  flush();
  return html.join('\n');
}
