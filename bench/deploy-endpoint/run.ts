/**
 * Benchmark: failed requests and latency while a model service is redeployed under steady load, mlci's docker
 * target (blue/green behind the router) against the naive recreate a shell script does (`docker rm -f old;
 * docker run new` on the same port, waiting for readiness after).
 *
 * Phases, each under an open-loop load of RATE requests/s (default 250) of one OIP inference:
 *   steady     3 s on v1, no deploy                      -> p50/p99 baseline
 *   redeploy   mlci deploys v2 (success)                 -> failed requests, p99 in the deploy window, time to traffic
 *   rollback   mlci deploys a v3 whose smoke request 500s -> failed requests, p99 in the deploy window
 *   naive      recreate with v1 on a second port          -> failed requests, p99
 * Usage: node bench/deploy-endpoint/run.ts [rate=250]. Needs the Docker engine (scripts/docker-up.sh); builds the
 * fixture images from test/fixtures/deploy/model-server. Bounded: every phase stops after at most 60 s.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import http from 'node:http';
import { deployDocker } from '@mlci/deploy';
import { dockerTestEnv } from '../../test/support/docker.ts';
import { freePort, INFER_BODY, modelImage, removeService, uniqueService } from '../../test/deploy/helpers.ts';

const run = promisify(execFile);
const rate = Number(process.argv[2] ?? 250);
if (!(rate >= 1 && rate <= 2000)) throw new Error(`rate must be 1..2000 requests/s, got ${process.argv[2]}`);

interface Window { sent: number; failed: number; latencies: number[]; errors: Set<string> }

/** Open-loop load: RATE requests/s regardless of answers (at most 2000 in flight), until stop(). */
function steadyLoad(port: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  let current: Window = fresh();
  const inflight = new Set<Promise<void>>();
  const one = (window: Window) => new Promise<void>((resolve) => {
    const started = performance.now();
    window.sent++;
    const request = http.request({ host: '127.0.0.1', port, path: '/v2/models/iris/infer', method: 'POST', agent,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(INFER_BODY) } }, (res) => {
      res.resume();
      res.on('end', () => {
        if (res.statusCode !== 200) { window.failed++; window.errors.add(`HTTP ${res.statusCode}`); }
        window.latencies.push(performance.now() - started);
        resolve();
      });
    });
    request.setTimeout(10_000, () => request.destroy(new Error('timeout')));
    request.on('error', (e) => { window.failed++; window.errors.add(e.message); window.latencies.push(performance.now() - started); resolve(); });
    request.end(INFER_BODY);
  });
  // Requests owed are computed from the elapsed time, not per tick, so late timer ticks (a busy machine) are made
  // up for and the offered rate stays RATE.
  const tickMs = 10;
  const begun = performance.now();
  let issued = 0;
  const timer = setInterval(() => {
    const owed = Math.floor((rate * (performance.now() - begun)) / 1000);
    while (issued < owed && inflight.size < 2000) {
      issued++;
      const p = one(current).then(() => { inflight.delete(p); });
      inflight.add(p);
    }
  }, tickMs);
  return {
    /** Starts a new measurement window and returns the previous one (after its requests finished). */
    async window(): Promise<Window> {
      const done = current;
      current = fresh();
      await Promise.all([...inflight]);
      return done;
    },
    async stop() { clearInterval(timer); await Promise.all([...inflight]); agent.destroy(); },
  };
}
function fresh(): Window { return { sent: 0, failed: 0, latencies: [], errors: new Set() }; }
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function quantile(values: number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

const env = await dockerTestEnv();
const [v1, v2, v3] = await Promise.all([modelImage('v1'), modelImage('v2'), modelImage('v3', 'smoke-500')]);
const service = uniqueService('bench');
const port = await freePort();
const options = { name: service, port, routerImage: env.baseImage, bindAddress: '127.0.0.1', watchSeconds: 3, drainSeconds: 10, timeoutSeconds: 60 };
const rows: Array<[string, Window, number, number | undefined, number]> = [];
try {
  await deployDocker({ ...options, image: v1 });
  const load = steadyLoad(port);
  await sleep(1000);
  await load.window();
  const t0 = performance.now();
  await sleep(4000);
  const steady = await load.window();
  rows.push(['steady state (v1, no deploy)', steady, performance.now() - t0, undefined, rate]);

  let t = performance.now();
  const redeploy = await deployDocker({ ...options, image: v2 });
  rows.push([`mlci redeploy v1 -> v2 (${redeploy.status})`, await load.window(), performance.now() - t, redeploy.timings.trafficMs, rate]);
  await sleep(1000);
  await load.window();

  t = performance.now();
  const rollback = await deployDocker({ ...options, image: v3 });
  rows.push([`mlci deploy of a 500-ing v3 (${rollback.status})`, await load.window(), performance.now() - t, undefined, rate]);
  await load.stop();

  // The peer: recreate in place, as `docker rm -f; docker run -p` does.
  const naivePort = await freePort();
  const naiveName = `${service}-naive`;
  const start = (image: string) => run('docker', ['run', '-d', '--name', naiveName, '--label', `mlci.service=${service}`,
    '-p', `127.0.0.1:${naivePort}:8080`, image]);
  await start(v1);
  while ((await fetch(`http://127.0.0.1:${naivePort}/v2/health/ready`).then((r) => r.status, () => 0)) !== 200) await sleep(100);
  const naiveLoad = steadyLoad(naivePort);
  await sleep(1000);
  await naiveLoad.window();
  t = performance.now();
  await run('docker', ['rm', '-f', naiveName]);
  await start(v2);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && (await fetch(`http://127.0.0.1:${naivePort}/v2/health/ready`).then((r) => r.status, () => 0)) !== 200) await sleep(50);
  const naiveMs = performance.now() - t;
  await sleep(500);
  rows.push(['naive recreate v1 -> v2 (docker rm -f; docker run)', await naiveLoad.window(), naiveMs, naiveMs, rate]);
  await naiveLoad.stop();
} finally {
  await removeService(env.docker, service);
}

const steadyP99 = quantile(rows[0]![1].latencies, 0.99);
console.log(`\nRedeploy under ${rate} requests/s of one OIP inference (open loop), Docker engine on this machine.`);
console.log('Figures measured under shared load (2 cores shared with other engineers\' jobs); rerun for your own.\n');
console.log('| Phase | Window (s) | Requests | Failed | Achieved req/s | p50 (ms) | p99 (ms) | p99 / steady p99 | Deploy start -> traffic on new (s) |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const [name, w, ms, traffic] of rows) {
  const p99 = quantile(w.latencies, 0.99);
  console.log(`| ${name} | ${(ms / 1000).toFixed(1)} | ${w.sent} | ${w.failed}${w.errors.size ? ` (${[...w.errors].slice(0, 2).join('; ')})` : ''} | ` +
    `${(w.sent / (ms / 1000)).toFixed(0)} | ${quantile(w.latencies, 0.5).toFixed(1)} | ${p99.toFixed(1)} | ${(p99 / steadyP99).toFixed(2)} | ` +
    `${traffic === undefined ? '—' : (traffic / 1000).toFixed(2)} |`);
}
const failedMlci = rows.slice(1, 3).reduce((n, r) => n + r[1].failed, 0);
console.log(`\nmlci: ${failedMlci} failed requests across the redeploy and the rollback (goal: 0).`);
process.exit(failedMlci === 0 ? 0 : 1);
