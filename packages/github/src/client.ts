/**
 * The one Octokit every mlci step uses: retries with backoff on 5xx (plugin-retry), and waits out primary (429)
 * and secondary rate limits (plugin-throttling), a bounded number of times.
 */
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

const MlciOctokit = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof MlciOctokit>;

export interface ClientLog {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
}

export interface ClientOptions {
  token: string;
  apiUrl?: string;
  log?: ClientLog;
  /** How many times a rate-limited request is retried (default 3). */
  rateLimitRetries?: number;
  /** How many times a 5xx is retried (default 3). */
  serverErrorRetries?: number;
}

export function createGitHubClient(options: ClientOptions): GitHubClient {
  const log = options.log;
  const rateLimitRetries = options.rateLimitRetries ?? 3;
  const onLimit = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
    if (retryCount >= rateLimitRetries) {
      log?.warning(`GitHub ${kind} rate limit on ${request.method} ${request.url}; giving up after ${retryCount} retries`);
      return false;
    }
    log?.info(`GitHub ${kind} rate limit on ${request.method} ${request.url}; retrying in ${retryAfter} s`);
    return true;
  };
  return new MlciOctokit({
    auth: options.token,
    baseUrl: (options.apiUrl ?? 'https://api.github.com').replace(/\/$/, ''),
    userAgent: 'mlci',
    log: {
      debug: (m: string) => log?.debug(m),
      info: (m: string) => log?.debug(m),
      warn: (m: string) => log?.debug(m),
      error: (m: string) => log?.debug(m),
    },
    retry: { retries: options.serverErrorRetries ?? 3 },
    throttle: {
      onRateLimit: onLimit('primary'),
      onSecondaryRateLimit: onLimit('secondary'),
    },
  });
}

/** The status of an Octokit RequestError, or undefined for other errors. */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}
