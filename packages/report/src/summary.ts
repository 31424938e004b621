/** The job summary (GITHUB_STEP_SUMMARY): GitHub refuses a step's summary over 1 MiB. */
import { truncateMarkdownBytes } from './truncate.ts';

/** 1 MiB, with room left for what other steps of the job append. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;

export function composeSummary(markdown: string, limitBytes = SUMMARY_LIMIT_BYTES): string {
  return truncateMarkdownBytes(markdown, limitBytes, '> ✂️ The summary was cut to fit GitHub\'s 1 MiB limit; the result files hold everything.');
}
