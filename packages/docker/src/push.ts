/**
 * Pushing tags of an image (dockerode /images/{name}/push). Credentials travel in the X-Registry-Auth header
 * (base64 JSON, which dockerode builds from `authconfig`); they are never logged. The push answers 200 at once,
 * so a refused login or a failed upload arrives as an error line in the stream and fails the push with the
 * daemon's message. The digest comes from the stream's final `aux.Digest` and is cross-checked with the registry.
 */
import type { Readable } from 'node:stream';
import type Docker from 'dockerode';
import { UserError } from '@mlci/core';
import { engineMessage } from './build.ts';
import { manifestDigest, type RegistryCredentials } from './registry.ts';
import { parseImageReference } from './reference.ts';
import { EngineStreamError, followJsonStream, progressPrinter } from './stream.ts';

export interface PushOptions {
  /** `registry/path` without tag. */
  repository: string;
  tags: string[];
  credentials?: RegistryCredentials;
  log?: (line: string) => void;
}

export interface PushResult {
  digest: string;
  /** `repository@sha256:...` */
  image: string;
  /** Manifest size the engine reported, bytes. */
  manifestSize?: number;
}

export async function pushImage(docker: Docker, options: PushOptions): Promise<PushResult> {
  const log = options.log ?? (() => {});
  const ref = parseImageReference(options.repository, 'image');
  const authconfig = options.credentials
    ? { username: options.credentials.username, password: options.credentials.password, serveraddress: ref.registry }
    : undefined;
  let digest: string | undefined;
  let manifestSize: number | undefined;
  for (const tag of options.tags) {
    log(`pushing ${options.repository}:${tag}`);
    let stream: Readable;
    try {
      stream = (await docker.getImage(`${options.repository}:${tag}`).push({ tag, authconfig } as never)) as unknown as Readable;
    } catch (error) {
      throw new UserError(`push of ${options.repository}:${tag} could not start: ${engineMessage(error)}`, undefined, { cause: error });
    }
    let tagDigest: string | undefined;
    const print = progressPrinter(log);
    try {
      await followJsonStream(stream, (event) => {
        print(event);
        if (event.aux?.Digest) {
          tagDigest = event.aux.Digest;
          manifestSize = event.aux.Size;
        }
      });
    } catch (error) {
      if (error instanceof EngineStreamError) {
        const hint = /unauthori[sz]ed|authentication required|denied|401/i.test(error.message)
          ? ` (registry ${ref.registry} rejected the credentials; check registry-username and registry-password)`
          : '';
        throw new UserError(`push of ${options.repository}:${tag} failed: ${error.message}${hint}`);
      }
      throw error;
    }
    if (!tagDigest) throw new Error(`the engine reported no digest for ${options.repository}:${tag}`);
    if (digest && digest !== tagDigest) throw new Error(`tags of one image pushed with different digests: ${digest} and ${tagDigest}`);
    digest = tagDigest;
    const remote = await manifestDigest(ref.registry, ref.path, tag, options.credentials);
    if (remote !== tagDigest) {
      throw new Error(`registry ${ref.registry} serves ${remote} for ${options.repository}:${tag} but the engine pushed ${tagDigest}`);
    }
    log(`pushed ${options.repository}:${tag} as ${tagDigest} (registry agrees)`);
  }
  if (!digest) throw new UserError('nothing to push: no tags given');
  return { digest, image: `${options.repository}@${digest}`, manifestSize };
}
