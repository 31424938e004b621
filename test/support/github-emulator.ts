/**
 * A GitHub REST API emulator on loopback for the endpoints mlci calls. Every request and every response is
 * checked against GitHub's own OpenAPI description (test/fixtures/github-openapi.json, extracted from
 * @octokit/openapi): a request GitHub would reject, or a response GitHub would never send, is recorded as a
 * violation, and `stop()` fails the test when there is any. Faults (403, 429, 5xx, secondary rate limits) can be
 * injected per route.
 */
import http from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { Ajv, type ValidateFunction } from 'ajv';
import { repoPath } from './runner.ts';

const spec = JSON.parse(readFileSync(repoPath('test/fixtures/github-openapi.json'), 'utf8'));

type Json = any;

export interface RecordedRequest {
  method: string;
  path: string;
  route: string;
  query: Record<string, string>;
  body: Json;
  status: number;
  authorization: string | undefined;
}

export interface Fault {
  status: number;
  message?: string;
  /** Seconds, sent as Retry-After. */
  retryAfter?: number;
  /** A secondary rate limit: 403 with GitHub's message and Retry-After. */
  secondary?: boolean;
}

interface Route {
  template: string;
  regex: RegExp;
  params: string[];
}

interface Reply {
  status: number;
  body?: Json;
  headers?: Record<string, string>;
}

const ROUTES: Route[] = Object.keys(spec.paths).map((template) => {
  const params: string[] = [];
  const pattern = template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    params.push(name);
    return name === 'ref' ? '(.+)' : '([^/]+)';
  });
  return { template, regex: new RegExp(`^${pattern}$`), params };
});

const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
ajv.addSchema(spec, 'github');
const validators = new Map<string, ValidateFunction | null>();

function pointer(...segments: string[]): string {
  return segments.map((s) => encodeURIComponent(s.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/');
}

function validatorAt(...segments: string[]): ValidateFunction | null {
  const key = segments.join('\u0000');
  if (!validators.has(key)) {
    let node: Json = spec;
    for (const s of segments) node = node?.[s];
    validators.set(key, node ? ajv.compile({ $ref: `github#/${pointer(...segments)}` }) : null);
  }
  return validators.get(key) ?? null;
}

export interface EmulatorOptions {
  /** Whether the token may write issue comments; false emulates a fork PR's read-only token. */
  canComment?: boolean;
  /** The token the emulator accepts. */
  token?: string;
}

export class GitHubEmulator {
  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];
  readonly dispatches: Array<{ workflowId: string; ref: string; inputs: Json }> = [];
  readonly repositoryDispatches: Array<{ eventType: string; clientPayload: Json }> = [];
  readonly deployments: Json[] = [];
  readonly deploymentStatuses = new Map<number, Json[]>();
  readonly checkRuns: Json[] = [];
  readonly refs = new Map<string, string>();
  canComment: boolean;
  private readonly comments: Json[] = [];
  private readonly faults: Array<{ method: string; route: RegExp; replies: Fault[] }> = [];
  private nextId = 1000;
  private server!: http.Server;
  private readonly token: string | undefined;
  url = '';

  private constructor(options: EmulatorOptions) {
    this.canComment = options.canComment ?? true;
    this.token = options.token;
  }

  static async start(options: EmulatorOptions = {}): Promise<GitHubEmulator> {
    const emulator = new GitHubEmulator(options);
    emulator.server = http.createServer((req, res) => emulator.handle(req, res));
    await new Promise<void>((resolve) => emulator.server.listen(0, '127.0.0.1', resolve));
    emulator.url = `http://127.0.0.1:${(emulator.server.address() as AddressInfo).port}`;
    return emulator;
  }

  /** Stop, and fail when any request or response broke GitHub's OpenAPI description. */
  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    if (this.violations.length > 0) throw new Error(`GitHub emulator saw ${this.violations.length} OpenAPI violation(s):\n${this.violations.join('\n')}`);
  }

  /** The next matching requests get these replies, in order (one reply per request). */
  inject(method: string, route: RegExp, replies: Fault[]): void {
    this.faults.push({ method: method.toUpperCase(), route, replies: [...replies] });
  }

  /** Comments of an issue or PR, oldest first. */
  commentsOn(issueNumber: number): Json[] {
    return this.comments.filter((c) => c.issue_number === issueNumber).map(({ issue_number: _, ...c }) => c);
  }

  /** Add comments written by someone else (e.g. 250 review chatter comments). */
  seedComments(issueNumber: number, count: number, body = (i: number) => `Looks good to me (${i})`): void {
    for (let i = 0; i < count; i++) this.addComment(issueNumber, body(i), 'reviewer');
  }

  private addComment(issueNumber: number, body: string, login = 'github-actions[bot]'): Json {
    const id = this.nextId++;
    const now = new Date(Date.UTC(2026, 10, 30, 12, 0, 0) + id * 1000).toISOString();
    const comment = {
      id,
      node_id: `IC_kwDO${id}`,
      url: `${this.url}/repos/o/r/issues/comments/${id}`,
      html_url: `https://github.com/o/r/pull/${issueNumber}#issuecomment-${id}`,
      issue_url: `${this.url}/repos/o/r/issues/${issueNumber}`,
      body,
      user: user(login),
      created_at: now,
      updated_at: now,
      author_association: login === 'reviewer' ? 'MEMBER' : 'NONE',
      issue_number: issueNumber,
    };
    this.comments.push(comment);
    return comment;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const method = (req.method ?? 'GET').toUpperCase();
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: Json;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = raw;
    }
    const query = Object.fromEntries(url.searchParams);
    const match = this.match(url.pathname);
    const record: RecordedRequest = { method, path: url.pathname, route: match?.route.template ?? '', query, body, status: 0, authorization: req.headers.authorization };
    this.requests.push(record);

    const reply = this.reply(method, url, match, body, req.headers.authorization);
    record.status = reply.status;
    if (match && !reply.headers?.['x-emulator-fault']) this.checkResponse(method, match.route.template, reply);
    const payload = reply.body === undefined ? '' : JSON.stringify(reply.body);
    const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', 'x-github-media-type': 'github.v3; format=json', ...reply.headers };
    delete headers['x-emulator-fault'];
    res.writeHead(reply.status, headers);
    res.end(payload);
  }

  private match(pathname: string): { route: Route; params: Record<string, string> } | undefined {
    for (const route of ROUTES) {
      const m = route.regex.exec(pathname);
      if (m) return { route, params: Object.fromEntries(route.params.map((p, i) => [p, decodeURIComponent(m[i + 1])])) };
    }
    return undefined;
  }

  private reply(method: string, url: URL, match: ReturnType<GitHubEmulator['match']>, body: Json, authorization: string | undefined): Reply {
    if (!match || !spec.paths[match.route.template][method.toLowerCase()]) {
      this.violations.push(`${method} ${url.pathname}: not an operation of the GitHub REST API description (or not emulated)`);
      return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };
    }
    if (!authorization || !/^(token|bearer) \S+$/i.test(authorization)) return { status: 401, body: { message: 'Requires authentication', documentation_url: 'https://docs.github.com/rest' } };
    if (this.token && !authorization.endsWith(` ${this.token}`)) return { status: 401, body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' } };

    const fault = this.takeFault(method, url.pathname);
    if (fault) return faultReply(fault);

    const operation = spec.paths[match.route.template][method.toLowerCase()];
    if (operation.requestBody) {
      const validate = validatorAt('paths', match.route.template, method.toLowerCase(), 'requestBody', 'content', 'application/json', 'schema');
      if (validate && !validate(body)) {
        const errors = ajv.errorsText(validate.errors);
        this.violations.push(`${method} ${match.route.template}: request body breaks the description: ${errors}`);
        return { status: 422, body: { message: `Invalid request: ${errors}`, documentation_url: 'https://docs.github.com/rest' } };
      }
    }
    return this.operate(method, match.route.template, match.params, url, body);
  }

  private takeFault(method: string, pathname: string): Fault | undefined {
    for (const fault of this.faults) {
      if (fault.method === method && fault.route.test(pathname) && fault.replies.length > 0) return fault.replies.shift();
    }
    return undefined;
  }

  private checkResponse(method: string, template: string, reply: Reply): void {
    const responses = spec.paths[template][method.toLowerCase()].responses;
    const described = responses[String(reply.status)];
    if (!described) {
      this.violations.push(`${method} ${template}: status ${reply.status} is not a documented response`);
      return;
    }
    if (!described.content) {
      // The description leaves out the body of some error responses, which GitHub sends as its basic error.
      const basicError = reply.status >= 400 && typeof reply.body?.message === 'string' && typeof reply.body?.documentation_url === 'string';
      if (reply.body !== undefined && !basicError) this.violations.push(`${method} ${template}: status ${reply.status} must have no body`);
      return;
    }
    const validate = validatorAt('paths', template, method.toLowerCase(), 'responses', String(reply.status), 'content', 'application/json', 'schema');
    if (validate && !validate(reply.body)) this.violations.push(`${method} ${template} ${reply.status}: response breaks the description: ${ajv.errorsText(validate.errors)}`);
  }

  private operate(method: string, template: string, params: Record<string, string>, url: URL, body: Json): Reply {
    const key = `${method} ${template}`;
    const api = this.url;
    switch (key) {
      case 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments':
        return this.paginate(url, this.commentsOn(Number(params.issue_number)));
      case 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': {
        if (!this.canComment) return forbidden();
        const { issue_number: _, ...comment } = this.addComment(Number(params.issue_number), body.body);
        return { status: 201, body: comment, headers: { location: comment.url } };
      }
      case 'GET /repos/{owner}/{repo}/issues/comments/{comment_id}': {
        const comment = this.comments.find((c) => c.id === Number(params.comment_id));
        if (!comment) return notFound();
        const { issue_number: _, ...rest } = comment;
        return { status: 200, body: rest };
      }
      case 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': {
        if (!this.canComment) return forbidden();
        const comment = this.comments.find((c) => c.id === Number(params.comment_id));
        if (!comment) return notFound();
        comment.body = body.body;
        comment.updated_at = new Date().toISOString();
        const { issue_number: _, ...rest } = comment;
        return { status: 200, body: rest };
      }
      case 'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}': {
        if (!this.canComment) return forbidden();
        const index = this.comments.findIndex((c) => c.id === Number(params.comment_id));
        if (index < 0) return notFound();
        this.comments.splice(index, 1);
        return { status: 204 };
      }
      case 'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches':
        this.dispatches.push({ workflowId: params.workflow_id, ref: body.ref, inputs: body.inputs ?? {} });
        return { status: 204 };
      case 'POST /repos/{owner}/{repo}/dispatches':
        this.repositoryDispatches.push({ eventType: body.event_type, clientPayload: body.client_payload ?? {} });
        return { status: 204 };
      case 'POST /repos/{owner}/{repo}/deployments': {
        const id = this.nextId++;
        const now = new Date().toISOString();
        const deployment = {
          id,
          node_id: `DE_${id}`,
          sha: 'b'.repeat(40),
          ref: body.ref,
          task: body.task ?? 'deploy',
          payload: body.payload ?? {},
          original_environment: body.environment ?? 'production',
          environment: body.environment ?? 'production',
          description: body.description ?? null,
          creator: user('github-actions[bot]'),
          created_at: now,
          updated_at: now,
          statuses_url: `${api}/repos/${params.owner}/${params.repo}/deployments/${id}/statuses`,
          repository_url: `${api}/repos/${params.owner}/${params.repo}`,
          url: `${api}/repos/${params.owner}/${params.repo}/deployments/${id}`,
          transient_environment: body.transient_environment ?? false,
          production_environment: body.production_environment ?? (body.environment ?? 'production') === 'production',
        };
        this.deployments.push(deployment);
        this.deploymentStatuses.set(id, []);
        return { status: 201, body: deployment };
      }
      case 'GET /repos/{owner}/{repo}/deployments':
        return this.paginate(url, this.deployments.filter((d) => !url.searchParams.get('environment') || d.environment === url.searchParams.get('environment')).slice().reverse());
      case 'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses': {
        const id = Number(params.deployment_id);
        const statuses = this.deploymentStatuses.get(id);
        if (!statuses) return notFound();
        const statusId = this.nextId++;
        const now = new Date().toISOString();
        const status = {
          id: statusId,
          node_id: `DES_${statusId}`,
          state: body.state,
          creator: user('github-actions[bot]'),
          description: body.description ?? '',
          environment: body.environment ?? this.deployments.find((d) => d.id === id)?.environment,
          target_url: body.target_url ?? '',
          log_url: body.log_url ?? '',
          environment_url: body.environment_url ?? '',
          created_at: now,
          updated_at: now,
          deployment_url: `${api}/repos/${params.owner}/${params.repo}/deployments/${id}`,
          repository_url: `${api}/repos/${params.owner}/${params.repo}`,
          url: `${api}/repos/${params.owner}/${params.repo}/deployments/${id}/statuses/${statusId}`,
        };
        statuses.push(status);
        return { status: 201, body: status };
      }
      case 'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses': {
        const statuses = this.deploymentStatuses.get(Number(params.deployment_id));
        if (!statuses) return notFound();
        return this.paginate(url, statuses.slice().reverse());
      }
      case 'POST /repos/{owner}/{repo}/check-runs': {
        const id = this.nextId++;
        const run = checkRun(id, api, params, body);
        this.checkRuns.push(run);
        return { status: 201, body: run };
      }
      case 'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}': {
        const run = this.checkRuns.find((r) => r.id === Number(params.check_run_id));
        if (!run) return notFound();
        Object.assign(run, checkRun(run.id, api, params, { ...run, ...body, output: { ...run.output, ...body.output } }));
        return { status: 200, body: run };
      }
      case 'POST /repos/{owner}/{repo}/git/refs': {
        if (this.refs.has(body.ref)) return { status: 422, body: { message: 'Reference already exists', documentation_url: 'https://docs.github.com/rest/git/refs#create-a-reference' } };
        this.refs.set(body.ref, body.sha);
        return { status: 201, body: gitRef(api, params, body.ref, body.sha), headers: { location: `${api}/repos/${params.owner}/${params.repo}/git/${body.ref}` } };
      }
      case 'GET /repos/{owner}/{repo}/git/ref/{ref}': {
        const ref = `refs/${params.ref}`;
        const sha = this.refs.get(ref);
        if (!sha) return notFound();
        return { status: 200, body: gitRef(api, params, ref, sha) };
      }
      default:
        this.violations.push(`${key}: described but not emulated`);
        return notFound();
    }
  }

  /** GitHub's page/per_page pagination with a Link header (first, prev, next, last). */
  private paginate(url: URL, items: Json[]): Reply {
    const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30)));
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (p: number) => {
      const next = new URL(url.toString());
      next.searchParams.set('page', String(p));
      next.searchParams.set('per_page', String(perPage));
      return next.toString();
    };
    const links: string[] = [];
    if (page < last) links.push(`<${link(page + 1)}>; rel="next"`, `<${link(last)}>; rel="last"`);
    if (page > 1) links.push(`<${link(1)}>; rel="first"`, `<${link(page - 1)}>; rel="prev"`);
    return { status: 200, body: items.slice((page - 1) * perPage, page * perPage), headers: links.length ? { link: links.join(', ') } : {} };
  }
}

function faultReply(fault: Fault): Reply {
  const headers: Record<string, string> = { 'x-emulator-fault': '1' };
  if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter);
  if (fault.secondary) {
    headers['retry-after'] = String(fault.retryAfter ?? 1);
    return { status: 403, headers, body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits' } };
  }
  if (fault.status === 429) {
    headers['x-ratelimit-remaining'] = '0';
    headers['x-ratelimit-reset'] = String(Math.ceil(Date.now() / 1000) + (fault.retryAfter ?? 1));
  }
  return { status: fault.status, headers, body: { message: fault.message ?? http.STATUS_CODES[fault.status] ?? 'error', documentation_url: 'https://docs.github.com/rest' } };
}

function forbidden(): Reply {
  return { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment' } };
}

function notFound(): Reply {
  return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };
}

function user(login: string): Json {
  const base = `https://api.github.com/users/${encodeURIComponent(login)}`;
  return {
    login,
    id: login.length * 1000 + 7,
    node_id: `U_${login}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${login.length}`,
    gravatar_id: '',
    url: base,
    html_url: `https://github.com/${login}`,
    followers_url: `${base}/followers`,
    following_url: `${base}/following{/other_user}`,
    gists_url: `${base}/gists{/gist_id}`,
    starred_url: `${base}/starred{/owner}{/repo}`,
    subscriptions_url: `${base}/subscriptions`,
    organizations_url: `${base}/orgs`,
    repos_url: `${base}/repos`,
    events_url: `${base}/events{/privacy}`,
    received_events_url: `${base}/received_events`,
    type: login.endsWith('[bot]') ? 'Bot' : 'User',
    site_admin: false,
  };
}

function gitRef(api: string, params: Record<string, string>, ref: string, sha: string): Json {
  return {
    ref,
    node_id: `REF_${Buffer.from(ref).toString('base64url')}`,
    url: `${api}/repos/${params.owner}/${params.repo}/git/${ref}`,
    object: { type: 'commit', sha, url: `${api}/repos/${params.owner}/${params.repo}/git/commits/${sha}` },
  };
}

function checkRun(id: number, api: string, params: Record<string, string>, body: Json): Json {
  const now = new Date().toISOString();
  const completed = body.conclusion !== undefined && body.conclusion !== null;
  return {
    id,
    node_id: `CR_${id}`,
    head_sha: body.head_sha,
    external_id: body.external_id ?? '',
    url: `${api}/repos/${params.owner}/${params.repo}/check-runs/${id}`,
    html_url: `https://github.com/${params.owner}/${params.repo}/runs/${id}`,
    details_url: body.details_url ?? null,
    status: completed ? 'completed' : (body.status ?? 'queued'),
    conclusion: body.conclusion ?? null,
    started_at: body.started_at ?? now,
    completed_at: completed ? (body.completed_at ?? now) : null,
    output: { title: body.output?.title ?? null, summary: body.output?.summary ?? null, text: body.output?.text ?? null, annotations_count: body.output?.annotations?.length ?? 0, annotations_url: `${api}/repos/${params.owner}/${params.repo}/check-runs/${id}/annotations` },
    name: body.name,
    check_suite: { id: 1 },
    app: null,
    pull_requests: [],
  };
}
