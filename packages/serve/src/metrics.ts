/**
 * Prometheus metrics in the text exposition format 0.0.4
 * (https://prometheus.io/docs/instrumenting/exposition_formats/): request counts by route and status, a
 * latency histogram (cumulative `le` buckets, `_sum`, `_count`), inference errors, requests in flight and the
 * number of requests per model run (how much batching happens).
 */
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const BATCH_BUCKETS = [1, 2, 4, 8, 16, 32, 64, 128];

class Histogram {
  readonly counts: number[];
  sum = 0;
  count = 0;
  readonly buckets: number[];
  constructor(buckets: number[]) {
    this.buckets = buckets;
    this.counts = new Array(buckets.length).fill(0);
  }
  observe(value: number): void {
    this.sum += value;
    this.count++;
    for (let i = 0; i < this.buckets.length; i++) if (value <= this.buckets[i]) this.counts[i]++;
  }
  render(name: string, labels: string): string[] {
    const sep = labels ? ',' : '';
    const lines = this.buckets.map((b, i) => `${name}_bucket{${labels}${sep}le="${b}"} ${this.counts[i]}`);
    lines.push(`${name}_bucket{${labels}${sep}le="+Inf"} ${this.count}`);
    lines.push(`${name}_sum${labels ? `{${labels}}` : ''} ${this.sum}`);
    lines.push(`${name}_count${labels ? `{${labels}}` : ''} ${this.count}`);
    return lines;
  }
}

export class ServerMetrics {
  private readonly requests = new Map<string, number>();
  private readonly latency = new Map<string, Histogram>();
  private readonly batchSizes = new Histogram(BATCH_BUCKETS);
  inferenceErrors = 0;
  inFlight = 0;

  private readonly modelName: string;
  constructor(modelName: string) {
    this.modelName = modelName;
  }

  observeRequest(route: string, status: number, seconds: number): void {
    const key = `route="${route}",code="${status}"`;
    this.requests.set(key, (this.requests.get(key) ?? 0) + 1);
    let histogram = this.latency.get(route);
    if (!histogram) this.latency.set(route, (histogram = new Histogram(LATENCY_BUCKETS)));
    histogram.observe(seconds);
  }

  observeBatch(requests: number): void {
    this.batchSizes.observe(requests);
  }

  render(): string {
    const model = `model="${this.modelName.replace(/["\\\n]/g, '_')}"`;
    const lines = [
      '# HELP mlci_requests_total HTTP requests by route and status code.',
      '# TYPE mlci_requests_total counter',
      ...[...this.requests].map(([labels, n]) => `mlci_requests_total{${labels}} ${n}`),
      '# HELP mlci_request_duration_seconds Time from request to response, by route.',
      '# TYPE mlci_request_duration_seconds histogram',
      ...[...this.latency].flatMap(([route, h]) => h.render('mlci_request_duration_seconds', `route="${route}"`)),
      '# HELP mlci_inference_errors_total Infer requests that failed (invalid request or model error).',
      '# TYPE mlci_inference_errors_total counter',
      `mlci_inference_errors_total{${model}} ${this.inferenceErrors}`,
      '# HELP mlci_requests_in_flight Requests being handled now.',
      '# TYPE mlci_requests_in_flight gauge',
      `mlci_requests_in_flight ${this.inFlight}`,
      '# HELP mlci_batch_requests Infer requests served by one model run (adaptive batching).',
      '# TYPE mlci_batch_requests histogram',
      ...this.batchSizes.render('mlci_batch_requests', model),
    ];
    return lines.join('\n') + '\n';
  }
}
