/**
 * Asking a registry (Distribution API v2) for a manifest's digest, to cross-check what the engine said it
 * pushed. Handles the two challenges registries send on 401: `Basic` (self-hosted registries with htpasswd) and
 * `Bearer realm=...,service=...,scope=...` (Docker Hub, GHCR, ECR's token flow): the token is fetched from the
 * realm with the same credentials. Loopback registries are spoken to over HTTP, like the engine does; others over
 * HTTPS. Reference: https://distribution.github.io/distribution/spec/api/ and .../spec/auth/token/
 */
import { UserError } from '@mlci/core';

export interface RegistryCredentials {
  username: string;
  password: string;
}

const MANIFEST_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

export function registryBaseUrl(registry: string): string {
  const host = registry.replace(/:\d+$/, '');
  const insecure = host === 'localhost' || /^127\./.test(host) || host === '[::1]';
  return `${insecure ? 'http' : 'https'}://${registry === 'docker.io' ? 'registry-1.docker.io' : registry}`;
}

/** The `Docker-Content-Digest` of `path:reference` as the registry serves it. */
export async function manifestDigest(
  registry: string,
  path: string,
  reference: string,
  credentials?: RegistryCredentials,
): Promise<string> {
  const url = `${registryBaseUrl(registry)}/v2/${path}/manifests/${reference}`;
  let response = await fetch(url, { method: 'HEAD', headers: { accept: MANIFEST_TYPES } });
  if (response.status === 401) {
    const authorization = await answerChallenge(response.headers.get('www-authenticate') ?? '', credentials, registry);
    response = await fetch(url, { method: 'HEAD', headers: { accept: MANIFEST_TYPES, authorization } });
  }
  if (response.status === 401 || response.status === 403) {
    throw new UserError(`registry ${registry} refused to show ${path}:${reference} (HTTP ${response.status}); check registry-username and registry-password`);
  }
  if (!response.ok) throw new UserError(`registry ${registry} has no manifest ${path}:${reference} (HTTP ${response.status})`);
  const digest = response.headers.get('docker-content-digest');
  if (!digest) throw new Error(`registry ${registry} sent no Docker-Content-Digest for ${path}:${reference}`);
  return digest;
}

async function answerChallenge(header: string, credentials: RegistryCredentials | undefined, registry: string): Promise<string> {
  const basic = credentials ? 'Basic ' + Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64') : undefined;
  if (/^basic/i.test(header)) {
    if (!basic) throw new UserError(`registry ${registry} demands credentials; set registry-username and registry-password`);
    return basic;
  }
  if (/^bearer/i.test(header)) {
    const params = Object.fromEntries([...header.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    const tokenUrl = new URL(params.realm);
    if (params.service) tokenUrl.searchParams.set('service', params.service);
    if (params.scope) tokenUrl.searchParams.set('scope', params.scope);
    const answer = await fetch(tokenUrl, { headers: basic ? { authorization: basic } : {} });
    if (!answer.ok) throw new UserError(`registry ${registry} refused a token (HTTP ${answer.status}); check registry-username and registry-password`);
    const body = (await answer.json()) as { token?: string; access_token?: string };
    return `Bearer ${body.token ?? body.access_token}`;
  }
  throw new UserError(`registry ${registry} asked for an unsupported authentication scheme: ${header || '(none)'}`);
}
