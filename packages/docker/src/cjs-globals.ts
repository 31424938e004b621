/**
 * dockerode loads ssh2, whose emscripten-built poly1305 module reads `__dirname` when it initialises. Inside an
 * ESM bundle (ncc output of an action) there is no `__dirname`, so that read throws before any code of ours
 * runs. A free `__dirname` falls back to the global object: define it there, as the bundle's folder, before
 * dockerode is imported. Imported for this side effect only, first, by connect.ts (and, as `@mlci/docker/cjs-globals`, by
 * deploy-endpoint before anything loads dockerode).
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const globals = globalThis as { __dirname?: string; __filename?: string };
globals.__filename ??= fileURLToPath(import.meta.url);
globals.__dirname ??= dirname(globals.__filename);
