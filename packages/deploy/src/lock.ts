/**
 * A per-service deploy lock held on the Docker engine itself, so that deploys from different runners that
 * share an engine exclude each other too.
 *
 * Mechanism: container names are unique per engine and `create` is atomic, so creating the (never started)
 * container `mlci-<name>-lock` succeeds for exactly one caller; the others get 409 Conflict. The holder removes
 * it when done. A holder that died leaves a lock behind: its `mlci.lock.expires` label (epoch ms) lets the next
 * deploy break it after the lease. The router's generation compare-and-set is the second line of defence.
 */
import type Docker from 'dockerode';
import { UserError } from '@mlci/core';
import { sleep, statusCode } from './docker-connection.ts';

export interface DeployLock {
  release(): Promise<void>;
}

export interface LockOptions {
  /** Image to create the placeholder container from (never started; any local image works). */
  image: string;
  /** How long to wait for another deploy to finish, in ms. */
  waitMs: number;
  /** Lease after which a lock left behind is broken, in ms. */
  leaseMs: number;
  owner: string;
}

export function lockName(service: string): string {
  return `mlci-${service}-lock`;
}

export async function acquireLock(docker: Docker, service: string, options: LockOptions): Promise<DeployLock> {
  const name = lockName(service);
  const deadline = Date.now() + options.waitMs;
  for (;;) {
    try {
      const container = await docker.createContainer({
        name,
        Image: options.image,
        Cmd: ['true'],
        Labels: {
          'mlci.service': service,
          'mlci.role': 'lock',
          'mlci.lock.owner': options.owner,
          'mlci.lock.expires': String(Date.now() + options.leaseMs),
        },
      });
      return {
        async release() {
          await container.remove({ force: true }).catch(() => undefined);
        },
      };
    } catch (error) {
      if (statusCode(error) !== 409) throw error;
    }
    const holder = await docker.getContainer(name).inspect().catch(() => null);
    if (holder) {
      const expires = Number(holder.Config.Labels?.['mlci.lock.expires'] ?? 0);
      if (expires < Date.now()) {
        // The holder is gone (its lease ran out): break the lock. Removing by ID, not name, so that a lock a
        // third deploy took in between is not removed by mistake.
        await docker.getContainer(holder.Id).remove({ force: true }).catch(() => undefined);
        continue;
      }
      if (Date.now() >= deadline) {
        throw new UserError(
          `another deploy of '${service}' holds the lock (${holder.Config.Labels?.['mlci.lock.owner'] ?? 'unknown'}` +
            `, container ${name}) and did not finish within ${Math.round(options.waitMs / 1000)} s`,
        );
      }
    }
    await sleep(250);
  }
}
