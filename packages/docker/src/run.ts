/**
 * Running a container for a short check: publish its port on the engine host's loopback at a free port, read
 * the last lines of its log on failure, always remove it afterwards.
 */
import type Docker from 'dockerode';

export interface RunningContainer {
  container: Docker.Container;
  /** Base URL of the published port, e.g. http://127.0.0.1:49153 */
  url: string;
  /** Tail of the container's log (stdout and stderr interleaved). */
  logs(tail?: number): Promise<string>;
  /** Still running? And if not, its exit code. */
  state(): Promise<{ running: boolean; exitCode: number }>;
  remove(): Promise<void>;
}

export interface RunOptions {
  image: string;
  /** Port the server listens on inside the container. */
  port: number;
  env?: Record<string, string>;
  /** Host name where the engine publishes ports (127.0.0.1 for a local engine). */
  publishedHost?: string;
  name?: string;
}

export async function runContainer(docker: Docker, options: RunOptions): Promise<RunningContainer> {
  const portKey = `${options.port}/tcp`;
  const container = await docker.createContainer({
    Image: options.image,
    name: options.name,
    Env: Object.entries({ PORT: String(options.port), ...options.env }).map(([k, v]) => `${k}=${v}`),
    ExposedPorts: { [portKey]: {} },
    HostConfig: { PortBindings: { [portKey]: [{ HostIp: options.publishedHost === '127.0.0.1' || !options.publishedHost ? '127.0.0.1' : '', HostPort: '' }] } },
  });
  const remove = async (): Promise<void> => {
    try {
      await container.remove({ force: true, v: true });
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode !== 404) throw error;
    }
  };
  try {
    await container.start();
    const info = await container.inspect();
    const binding = info.NetworkSettings.Ports?.[portKey]?.[0];
    if (!binding) throw new Error(`the engine published no port for ${portKey}`);
    return {
      container,
      url: `http://${options.publishedHost ?? '127.0.0.1'}:${binding.HostPort}`,
      logs: (tail = 40) => containerLogs(container, tail),
      async state() {
        const s = (await container.inspect()).State;
        return { running: s.Running, exitCode: s.ExitCode };
      },
      remove,
    };
  } catch (error) {
    await remove();
    throw error;
  }
}

export async function containerLogs(container: Docker.Container, tail: number): Promise<string> {
  const raw = (await container.logs({ stdout: true, stderr: true, tail, follow: false })) as unknown as Buffer;
  // Without a TTY the log is multiplexed: 8-byte frame headers (stream, 0, 0, 0, size as uint32 BE).
  const chunks: Buffer[] = [];
  let offset = 0;
  while (offset + 8 <= raw.length) {
    const size = raw.readUInt32BE(offset + 4);
    chunks.push(raw.subarray(offset + 8, offset + 8 + size));
    offset += 8 + size;
  }
  return Buffer.concat(chunks).toString('utf8').trimEnd();
}
