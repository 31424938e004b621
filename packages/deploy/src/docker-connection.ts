/**
 * Connecting to the Docker engine named by the `docker-host` input, and the few engine helpers every target
 * shares (image resolution, log tails).
 */
import type Docker from 'dockerode';
import { UserError } from '@mlci/core';
import { connectDocker as connectEngine } from '@mlci/docker';

export interface DockerConnection {
  docker: Docker;
  /** Host name under which ports the engine publishes on its loopback are reached (127.0.0.1 for a socket). */
  publishHost: string;
}

/** The engine named by `docker-host` (forms and errors as @mlci/docker's connectDocker). */
export function connectDocker(dockerHost: string | undefined): DockerConnection {
  const { docker, publishedHost } = connectEngine(dockerHost);
  return { docker, publishHost: publishedHost };
}

/** Image ID (content digest) of `image`, pulling it when the engine does not have it. */
export async function resolveImage(docker: Docker, image: string): Promise<{ id: string; repoDigest?: string }> {
  const inspect = async () => {
    const info = await docker.getImage(image).inspect();
    return { id: info.Id, repoDigest: info.RepoDigests?.[0] };
  };
  try {
    return await inspect();
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode !== 404) throw error;
  }
  try {
    const stream = await docker.pull(image);
    await new Promise<void>((resolve, reject) =>
      docker.modem.followProgress(stream, (err: Error | null) => (err ? reject(err) : resolve())),
    );
  } catch (error) {
    throw new UserError(`image '${image}' is not on the Docker engine and could not be pulled: ${
      (error as Error).message}`);
  }
  return inspect();
}

/**
 * The last `lines` lines a container wrote (stdout and stderr interleaved), for failure reports. The engine
 * stores a line a little after the container wrote it (the shim copies the pipe to the log driver), so the
 * tail is read until two reads 100 ms apart agree (at most 1 s): a failure report asked for right after the
 * failing answer would otherwise miss the line that explains it.
 */
export async function lastLogLines(docker: Docker, containerId: string, lines = 30): Promise<string[]> {
  const read = async (): Promise<string> => {
    const raw = (await docker.getContainer(containerId).logs({ stdout: true, stderr: true, tail: lines, follow: false })) as unknown as Buffer;
    return demultiplex(raw);
  };
  try {
    let text = await read();
    for (let attempt = 0; attempt < 10; attempt++) {
      await sleep(100);
      const again = await read();
      if (again === text) break;
      text = again;
    }
    return text.split('\n').filter((l) => l.length > 0).slice(-lines);
  } catch {
    return [];
  }
}

/**
 * Docker multiplexes stdout/stderr of non-TTY containers into frames: 1 byte stream, 3 zero bytes, a 4-byte
 * big-endian payload length, then the payload (Engine API, "Attach to a container", stream format).
 */
export function demultiplex(raw: Buffer): string {
  const parts: Buffer[] = [];
  let offset = 0;
  while (offset + 8 <= raw.length && raw[offset + 1] === 0 && raw[offset]! <= 2) {
    const size = raw.readUInt32BE(offset + 4);
    parts.push(raw.subarray(offset + 8, offset + 8 + size));
    offset += 8 + size;
  }
  if (offset === 0) return raw.toString('utf8');
  return Buffer.concat(parts).toString('utf8');
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function statusCode(error: unknown): number | undefined {
  return (error as { statusCode?: number } | undefined)?.statusCode;
}
