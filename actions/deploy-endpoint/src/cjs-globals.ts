/**
 * The bundle is an ES module, where `__dirname` does not exist; ssh2 (docker-modem -> dockerode) reads it when it
 * loads its WebAssembly helpers. Defining it on globalThis, before @mlci/deploy is imported, lets those bare
 * references resolve. Must stay the first import of deploy-endpoint.ts.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const scope = globalThis as { __dirname?: string; __filename?: string };
scope.__filename ??= fileURLToPath(import.meta.url);
scope.__dirname ??= path.dirname(scope.__filename);
