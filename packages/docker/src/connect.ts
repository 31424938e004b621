/**
 * Connecting to a Docker engine from a `docker-host` value, in the forms the Docker CLI's DOCKER_HOST takes and
 * dockerode supports: `unix:///var/run/docker.sock`, `tcp://host:2375` (`:2376` or DOCKER_TLS_VERIFY=1 means
 * TLS, with certificates from DOCKER_CERT_PATH), `ssh://user@host[:port]` (the engine's socket over SSH, keys
 * from the SSH agent), `npipe:////./pipe/docker_engine`. Empty means DOCKER_HOST, else the local socket.
 */
import './cjs-globals.ts';
import Docker from 'dockerode';
import { UserError } from '@mlci/core';

export interface DockerEndpoint {
  docker: Docker;
  /** Host name where ports the engine publishes can be reached: 127.0.0.1 for a local socket. */
  publishedHost: string;
}

export function connectDocker(dockerHost?: string): DockerEndpoint {
  const value = (dockerHost ?? '').trim();
  if (value === '') {
    const env = process.env.DOCKER_HOST;
    if (env && !env.startsWith('unix://') && !env.startsWith('npipe://')) return connectDocker(env);
    return { docker: new Docker(), publishedHost: '127.0.0.1' };
  }
  if (value.startsWith('unix://')) return { docker: new Docker({ socketPath: value.slice('unix://'.length) }), publishedHost: '127.0.0.1' };
  if (value.startsWith('npipe://')) return { docker: new Docker({ socketPath: value.slice('npipe://'.length) }), publishedHost: '127.0.0.1' };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UserError(`docker-host '${value}' is not a URL; expected unix:///path, tcp://host:port or ssh://user@host`);
  }
  if (url.protocol === 'tcp:' || url.protocol === 'http:' || url.protocol === 'https:') {
    const port = url.port || '2375';
    const tls = url.protocol === 'https:' || port === '2376' || process.env.DOCKER_TLS_VERIFY === '1';
    return {
      docker: new Docker({ host: url.hostname, port, protocol: tls ? 'https' : 'http' }),
      publishedHost: url.hostname,
    };
  }
  if (url.protocol === 'ssh:') {
    return {
      docker: new Docker({
        protocol: 'ssh',
        host: url.hostname,
        port: url.port || 22,
        username: decodeURIComponent(url.username) || undefined,
        sshOptions: { agent: process.env.SSH_AUTH_SOCK },
      } as Docker.DockerOptions),
      publishedHost: url.hostname,
    };
  }
  throw new UserError(`docker-host '${value}' has an unsupported scheme '${url.protocol}'; expected unix://, tcp:// or ssh://`);
}
