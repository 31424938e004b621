/** The deploy-endpoint payload and its Markdown: version deployed, previous version, timings, rollback reason. */
import { details, escapeCell, formatNumber, markdownTable, verdict } from '@mlci/report';
import type { DeployResult } from '@mlci/deploy';

export interface Payload extends Omit<DeployResult, 'status'> {
  status: DeployResult['status'] | 'rendered';
  mode: 'realtime' | 'batch';
  /** Names of the environment variables given (values are never written). */
  envKeys: string[];
  manifests?: string[];
  batch?: { input: string; output: string; inputRows: number; rows: number; failures: number; exitCode: number };
  githubDeployment?: { id: number; environment: string; states: string[] };
}

export function headline(p: Payload): string {
  if (p.batch) return `batch: ${p.batch.rows} of ${p.batch.inputRows} rows scored, ${p.batch.failures} failed`;
  switch (p.status) {
    case 'deployed': return `${p.image} is live on ${p.target}${p.previousImage ? ` (was ${p.previousImage})` : ''}`;
    case 'unchanged': return `${p.image} was already live on ${p.target}; nothing changed`;
    case 'rendered': return `${p.manifests?.length ?? 0} Kubernetes manifest(s) rendered and validated for ${p.image}`;
    case 'rolled-back': return `${p.image} was rolled back at ${p.failure?.stage}; ${p.previousImage} keeps serving`;
    default: return `deploy of ${p.image} failed at ${p.failure?.stage ?? 'an unknown stage'}`;
  }
}

const ms = (value: number | undefined) => (value === undefined ? '—' : `${formatNumber(value / 1000, 3)} s`);

export function renderReport(p: Payload): { comment: string; details: string } {
  const passed = p.batch ? p.batch.exitCode === 0 && p.batch.failures === 0 : ['deployed', 'unchanged', 'rendered'].includes(p.status);
  const lines = [verdict(passed, headline(p)), ''];
  if (p.batch) {
    lines.push(markdownTable(['Input', 'Rows', 'Scored', 'Failed', 'Output'],
      [[p.batch.input, p.batch.inputRows, p.batch.rows, p.batch.failures, p.batch.output]], { align: ['left', 'right', 'right', 'right', 'left'] }));
  } else {
    lines.push(markdownTable(['', 'Image', 'Version'], [
      ['Deployed', escapeCell(p.image), `\`${p.version.slice(0, 19)}\``],
      ['Previous', escapeCell(p.previousImage ?? '—'), p.previousVersion ? `\`${p.previousVersion.slice(0, 19)}\`` : '—'],
    ]));
    lines.push('', markdownTable(['Health', 'Smoke request', 'Traffic on new version', 'Total'],
      [[ms(p.timings.healthMs), ms(p.timings.smokeMs), ms(p.timings.trafficMs), ms(p.timings.totalMs)]],
      { align: ['right', 'right', 'right', 'right'] }));
    if (p.url) lines.push('', `Service: ${p.url} (${p.target}, ${p.replicas} replica${p.replicas === 1 ? '' : 's'})`);
  }
  if (p.failure) lines.push('', `**${p.rolledBack ? 'Rollback' : 'Failure'} reason (${p.failure.stage}):** ${escapeCell(p.failure.reason)}`);
  if (p.githubDeployment) lines.push('', `GitHub deployment ${p.githubDeployment.id} to \`${p.githubDeployment.environment}\`: ${p.githubDeployment.states.join(' → ')}`);
  const comment = lines.join('\n');
  const extra: string[] = [];
  if (p.failure?.logTail.length) extra.push(details('Last log lines of the new version', `\`\`\`\n${p.failure.logTail.join('\n')}\n\`\`\``));
  if (p.manifests?.length) extra.push(details('Manifests', p.manifests.map((m) => `- \`${m}\``).join('\n')));
  return { comment, details: [comment, ...extra].join('\n\n') };
}
