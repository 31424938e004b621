/** The package-image report: verdict, where the image is, how it was built and smoke-tested, its labels. */
import { details, escapeCell, markdownTable, verdict } from '@mlci/report';

export interface Payload {
  flavor: 'onnx' | 'dockerfile';
  repository: string;
  image: string;
  digest: string | null;
  imageId: string;
  tags: string[];
  pushed: boolean;
  sizeBytes: number;
  build: { durationMs: number; steps: number; cachedSteps: number; rebuiltSteps: string[] };
  smoke: { readyAfterMs: number; inferMs: number; outputs: string[] } | null;
  model: { file: string; sha256: string; format: string; inputs: Array<{ name: string; datatype: string; shape: number[] }>; outputs: Array<{ name: string; datatype: string; shape: number[] }> } | null;
  labels: Record<string, string>;
}

export function renderReport(p: Payload): { comment: string; details: string } {
  const rows: string[][] = [
    ['Image', `\`${escapeCell(p.image)}\``],
    ['Tags', p.tags.map((t) => `\`${escapeCell(t)}\``).join(', ')],
    ['Size', `${(p.sizeBytes / 1e6).toFixed(1)} MB`],
    ['Build', `${(p.build.durationMs / 1000).toFixed(1)} s, ${p.build.cachedSteps} of ${p.build.steps} steps from cache`],
    ['Smoke test', p.smoke ? `passed: ready in ${(p.smoke.readyAfterMs / 1000).toFixed(1)} s, answered in ${p.smoke.inferMs} ms (${p.smoke.outputs.map(escapeCell).join(', ') || 'readiness only'})` : 'skipped'],
    ['Pushed', p.pushed ? `yes, \`${p.digest}\`` : 'no'],
  ];
  if (p.model) rows.push(['Model', `\`${escapeCell(p.model.file)}\` (${p.model.format}, sha256 \`${p.model.sha256.slice(0, 12)}\`)`]);
  const comment = [verdict(true, `${p.pushed ? 'Pushed' : 'Built'} ${p.repository}`), '', markdownTable(['', ''], rows)].join('\n');
  const labels = markdownTable(['Label', 'Value'], Object.entries(p.labels).sort().map(([k, v]) => [`\`${escapeCell(k)}\``, escapeCell(v)]));
  const rebuilt = p.build.rebuiltSteps.length > 0 ? p.build.rebuiltSteps.map((s) => `- \`${s.slice(0, 120)}\``).join('\n') : '(everything from cache)';
  return { comment, details: [comment, '', details('Labels', labels), '', details('Steps the engine ran (not from cache)', rebuilt)].join('\n') };
}
