export { connectDocker, type DockerEndpoint } from './connect.ts';
export { buildImage, engineMessage, type BuildOptions, type BuildResult } from './build.ts';
export { listContextFiles, packContext } from './context.ts';
export { pushImage, type PushOptions, type PushResult } from './push.ts';
export { manifestDigest, registryBaseUrl, type RegistryCredentials } from './registry.ts';
export { parseImageReference, type ImageReference } from './reference.ts';
export { runContainer, containerLogs, type RunningContainer, type RunOptions } from './run.ts';
export { smokeTest, inferResponseProblem, type SmokeOptions, type SmokeResult, type InferResponse } from './smoke.ts';
export { followJsonStream, progressPrinter, EngineStreamError, type StreamEvent } from './stream.ts';
