/**
 * The sticky pull-request comment: ONE comment per PR and report id, found again by a hidden marker, in which
 * each action owns one section. An action replaces only its own section and keeps the others as they are.
 *
 * Body layout:
 *   <!-- mlci:report id=REPORT_ID -->
 *   ## mlci report
 *   <!-- mlci:section id=data-validate -->
 *   ...markdown...
 *   <!-- mlci:end id=data-validate -->
 *   ...
 */
import { truncateMarkdown } from './truncate.ts';

/** GitHub rejects issue comment bodies longer than this (characters). */
export const COMMENT_LIMIT = 65_536;

export interface CommentSection {
  /** Who owns the section: the action name, or `action:part` for several sections of one action. */
  id: string;
  markdown: string;
}

/** Sections appear in pipeline order; sections of other owners follow in order of their ids. */
const PIPELINE_ORDER = ['summary', 'data-validate', 'model-eval', 'tests', 'drift-check', 'package-image', 'deploy-endpoint'];

export function reportMarker(reportId: string): string {
  return `<!-- mlci:report id=${sanitizeId(reportId)} -->`;
}

function sanitizeId(id: string): string {
  return id.replace(/[^A-Za-z0-9._:/-]/g, '_');
}

const SECTION_RE = /<!-- mlci:section id=([^ ]+) -->\n([\s\S]*?)\n<!-- mlci:end id=\1 -->/g;

/** The sections of a comment body made by `composeComment` (empty when the body is not ours). */
export function parseComment(body: string): CommentSection[] {
  const sections: CommentSection[] = [];
  for (const match of body.matchAll(SECTION_RE)) sections.push({ id: match[1], markdown: match[2] });
  return sections;
}

export function hasMarker(body: string | undefined | null, reportId: string): boolean {
  return typeof body === 'string' && body.startsWith(reportMarker(reportId));
}

/** Replace (or add) `updates` in the sections of `previousBody`, keeping every other section. */
export function mergeSections(previousBody: string | undefined, updates: CommentSection[]): CommentSection[] {
  const byId = new Map<string, string>();
  for (const section of previousBody ? parseComment(previousBody) : []) byId.set(section.id, section.markdown);
  for (const section of updates) byId.set(sanitizeId(section.id), section.markdown);
  return [...byId.entries()].map(([id, markdown]) => ({ id, markdown })).sort(bySectionOrder);
}

function bySectionOrder(a: CommentSection, b: CommentSection): number {
  const rank = (id: string) => {
    const i = PIPELINE_ORDER.indexOf(id.split(':')[0]);
    return i === -1 ? PIPELINE_ORDER.length : i;
  };
  return rank(a.id) - rank(b.id) || a.id.localeCompare(b.id);
}

export interface ComposeOptions {
  reportId: string;
  title?: string;
  /** Where the full report lives (a run or artifact URL), linked when a section must be cut. */
  fullReportUrl?: string;
  limit?: number;
}

/**
 * The comment body. When the sections together exceed the limit, each section gets a fair share: sections smaller
 * than an equal share keep all of theirs, and what they leave is shared among the larger ones, which are cut with
 * a pointer to the full report.
 */
export function composeComment(sections: CommentSection[], options: ComposeOptions): string {
  const limit = options.limit ?? COMMENT_LIMIT;
  const head = `${reportMarker(options.reportId)}\n## ${options.title ?? 'mlci report'}\n`;
  const wrap = (s: CommentSection, markdown: string) => `\n<!-- mlci:section id=${sanitizeId(s.id)} -->\n${markdown}\n<!-- mlci:end id=${sanitizeId(s.id)} -->\n`;
  const full = head + sections.map((s) => wrap(s, s.markdown)).join('');
  if (full.length <= limit) return full;

  const notice = options.fullReportUrl
    ? `> ✂️ This section was cut to fit GitHub's comment limit. [Full report](${options.fullReportUrl})`
    : '> ✂️ This section was cut to fit GitHub\'s comment limit; the full report is in the job summary and the result files.';
  const overhead = head.length + sections.reduce((n, s) => n + wrap(s, '').length, 0);
  const budgets = fairShares(sections.map((s) => s.markdown.length), Math.max(0, limit - overhead));
  return head + sections.map((s, i) => wrap(s, truncateMarkdown(s.markdown, budgets[i], notice))).join('');
}

/** Split `total` among demands: max-min fairness (water filling). */
export function fairShares(demands: number[], total: number): number[] {
  const shares = new Array<number>(demands.length).fill(0);
  let remaining = total;
  let open = demands.map((_, i) => i);
  while (open.length > 0) {
    const equal = Math.floor(remaining / open.length);
    const satisfied = open.filter((i) => demands[i] <= equal);
    if (satisfied.length === 0) {
      for (const i of open) shares[i] = equal;
      break;
    }
    for (const i of satisfied) {
      shares[i] = demands[i];
      remaining -= demands[i];
    }
    open = open.filter((i) => demands[i] > equal);
  }
  return shares;
}
