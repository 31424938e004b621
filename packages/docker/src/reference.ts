/**
 * Image references `[registry/]repository[:tag][@digest]`, split the way the Docker CLI does (distribution's
 * reference grammar): the first path component is a registry when it contains '.' or ':' or is 'localhost'.
 */
import { UserError } from '@mlci/core';

export interface ImageReference {
  /** Registry host[:port]; 'docker.io' when the reference names none. */
  registry: string;
  /** Repository path inside the registry ('library/x' for an official Docker Hub image). */
  path: string;
  /** `registry/path` as the user wrote it (without tag or digest). */
  repository: string;
  tag?: string;
  digest?: string;
}

const TAG = /^[\w][\w.-]{0,127}$/;
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;

export function parseImageReference(reference: string, what = 'image'): ImageReference {
  let rest = reference.trim();
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!/^sha256:[a-f0-9]{64}$/.test(digest)) throw new UserError(`${what} '${reference}' has a malformed digest '${digest}'; expected sha256:<64 hex digits>`);
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) throw new UserError(`${what} '${reference}' has an invalid tag '${tag}'; tags are up to 128 letters, digits, '_', '.', '-'`);
  }
  const parts = rest.split('/');
  let registry = 'docker.io';
  if (parts.length > 1 && (parts[0].includes('.') || parts[0].includes(':') || parts[0] === 'localhost')) {
    registry = parts.shift() as string;
  }
  if (parts.length === 0 || parts.some((p) => !COMPONENT.test(p))) {
    throw new UserError(`${what} '${reference}' is not a valid repository name; use lowercase letters, digits and separators, e.g. ghcr.io/org/model`);
  }
  if (registry === 'docker.io' && parts.length === 1) parts.unshift('library');
  return { registry, path: parts.join('/'), repository: rest, tag, digest };
}
