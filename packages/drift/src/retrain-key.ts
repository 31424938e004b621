/**
 * The idempotency key of a retraining request. One drift verdict on the same data must start retraining once:
 * not once per drifted column, and not again when the same workflow re-runs on the same files. The key is a
 * SHA-256 over the content hashes of reference and current data and the trigger names, so a re-run computes
 * the same key; the action records it as the git ref `refs/mlci/retrain/<key>` (creating a ref is atomic, and
 * fails with 422 when it exists) before dispatching.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/**
 * The content hash of data files: SHA-256 (FIPS 180-4). It runs over every byte of both datasets, so its speed
 * matters: on x86-64 CPUs with the SHA extensions (SHA-NI: the AMD EPYC of GitHub's hosted runners and this
 * machine) OpenSSL's SHA-256 takes 81 ms CPU for 111 MB against 424 ms for SHA-512/256, which is faster only
 * without them (measured with bench/drift-check data, Node 24).
 */
export const CONTENT_HASH = 'sha256';

export async function fileContentHash(file: string): Promise<string> {
  const hash = createHash(CONTENT_HASH);
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export function retrainKey(parts: { referenceHash: string; currentHash: string; triggers: readonly string[] }): string {
  const h = createHash(CONTENT_HASH);
  h.update(`mlci-retrain-v1\n${parts.referenceHash}\n${parts.currentHash}\n${[...parts.triggers].sort().join(',')}`);
  return h.digest('hex').slice(0, 40);
}

export function retrainRef(key: string): string {
  return `refs/mlci/retrain/${key}`;
}
