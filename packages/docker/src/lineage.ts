/**
 * Where an image came from, as labels: the OCI annotations (https://github.com/opencontainers/image-spec/blob/main/annotations.md)
 * and mlci's lineage labels:
 *   io.mlci.model.sha256 / .format / .opset / .name   the model file packaged
 *   io.mlci.datasets   JSON {file: sha256} of the datasets earlier mlci steps read (their result files)
 *   io.mlci.metrics    JSON {metric: value} from a model-eval result file
 *   io.mlci.dvc        JSON {path: md5} of the data versions DVC records (dvc.lock outs and deps, *.dvc outs)
 * `created` is the commit time, not the build time, so rebuilding the same commit gives the same labels.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';

export interface LineageInputs {
  revision?: string;
  source?: string;
  /** ISO-8601 commit time. */
  created?: string;
  version?: string;
  title: string;
  modelSha256: string;
  modelFormat: string;
  opset?: number;
  /** Result files of earlier mlci steps (mlci-results/*.json). */
  resultFiles?: string[];
  /** Repository root, searched for dvc.lock and *.dvc files. */
  repositoryDir?: string;
}

export async function lineageLabels(inputs: LineageInputs): Promise<Record<string, string>> {
  const labels: Record<string, string> = {
    'org.opencontainers.image.title': inputs.title,
    'io.mlci.model.name': inputs.title,
    'io.mlci.model.sha256': inputs.modelSha256,
    'io.mlci.model.format': inputs.modelFormat,
  };
  if (inputs.revision) labels['org.opencontainers.image.revision'] = inputs.revision;
  if (inputs.source) labels['org.opencontainers.image.source'] = inputs.source;
  if (inputs.created) labels['org.opencontainers.image.created'] = inputs.created;
  if (inputs.version) labels['org.opencontainers.image.version'] = inputs.version;
  if (inputs.opset) labels['io.mlci.model.opset'] = String(inputs.opset);
  const datasets: Record<string, string> = {};
  const metrics: Record<string, number> = {};
  for (const file of inputs.resultFiles ?? []) {
    let envelope: { action?: string; payload?: unknown };
    try {
      envelope = JSON.parse(await readFile(file, 'utf8'));
    } catch {
      continue; // not a result file of ours
    }
    collectDatasets(envelope.payload, datasets);
    const m = (envelope.payload as { metrics?: Record<string, unknown> } | undefined)?.metrics;
    if (envelope.action === 'model-eval' && m && typeof m === 'object') {
      for (const [k, v] of Object.entries(m)) if (typeof v === 'number' && Number.isFinite(v)) metrics[k] = v;
    }
  }
  if (Object.keys(datasets).length > 0) labels['io.mlci.datasets'] = JSON.stringify(datasets);
  if (Object.keys(metrics).length > 0) labels['io.mlci.metrics'] = JSON.stringify(metrics);
  if (inputs.repositoryDir) {
    const dvc = await dvcDataVersions(inputs.repositoryDir);
    if (Object.keys(dvc).length > 0) labels['io.mlci.dvc'] = JSON.stringify(dvc);
  }
  return labels;
}

/** Every {file, sha256} object anywhere in a payload. */
function collectDatasets(value: unknown, into: Record<string, string>): void {
  if (Array.isArray(value)) for (const v of value) collectDatasets(v, into);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.file === 'string' && typeof o.sha256 === 'string' && /^[0-9a-f]{64}$/.test(o.sha256)) into[o.file] = o.sha256;
    for (const v of Object.values(o)) if (v && typeof v === 'object') collectDatasets(v, into);
  }
}

/**
 * Data versions DVC records: `dvc.lock` (schema 2.0: stages.<name>.deps/outs[].{path, md5|hash}) and `*.dvc`
 * files (outs[].{path, md5}) at most three directories deep, skipping node_modules and dot-directories.
 */
export async function dvcDataVersions(repositoryDir: string): Promise<Record<string, string>> {
  const versions: Record<string, string> = {};
  const record = (base: string, entries: unknown): void => {
    if (!Array.isArray(entries)) return;
    for (const e of entries as Array<Record<string, unknown>>) {
      const hash = e?.md5 ?? e?.hash ?? e?.etag;
      if (typeof e?.path === 'string' && typeof hash === 'string') versions[join(base, e.path)] = hash;
    }
  };
  const visit = async (dir: string, depth: number): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (depth < 3 && !entry.name.startsWith('.') && entry.name !== 'node_modules') await visit(full, depth + 1);
        continue;
      }
      const base = relative(repositoryDir, dir);
      if (entry.name === 'dvc.lock') {
        const lock = parseYaml(await readFile(full, 'utf8')) as { stages?: Record<string, { deps?: unknown; outs?: unknown }> } | null;
        for (const stage of Object.values(lock?.stages ?? {})) {
          record(base, stage?.deps);
          record(base, stage?.outs);
        }
      } else if (entry.name.endsWith('.dvc')) {
        const dvc = parseYaml(await readFile(full, 'utf8')) as { outs?: unknown } | null;
        record(base, dvc?.outs);
      }
    }
  };
  await visit(repositoryDir, 0);
  return versions;
}
