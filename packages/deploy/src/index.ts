export { deployDocker, type DockerDeployOptions } from './docker-target.ts';
export { connectDocker, demultiplex, lastLogLines, type DockerConnection } from './docker-connection.ts';
export { acquireLock, lockName, type DeployLock, type LockOptions } from './lock.ts';
export { ensureRouter, routerName, RouterClient, type RouterState } from './router.ts';
export { routerProgram, routerScript, type PoolRecord, type PoolStats, type RouterConfig } from './router-program.ts';
export { parseEnvLines } from './env.ts';
export { readSmokeRequest, requestFromMetadata, isInferSuccess, type SmokeRequest } from './smoke.ts';
export type { DeployResult, DeployStatus, DeployTimings, FailureStage, Log } from './types.ts';
export { deploySwarm, type SwarmDeployOptions } from './swarm-target.ts';
// renderKubernetes and writeManifests: import '@mlci/deploy/kubernetes', loaded only where manifests are made. Its
// schema validation (kubernetes-models) loads Node's deprecated punycode module, and that printed a DEP0040
// warning in every deploy's log, the Docker and Swarm ones too.
export type { KubernetesRenderOptions, RenderedManifest } from './kubernetes.ts';
export { applyKubernetes, type ApplyOptions, type ApplyOutcome } from './kubernetes-apply.ts';
export { runBatch, type BatchRunOptions, type BatchRunResult } from './batch.ts';
export { GitHubDeployment, type DeploymentState, type GitHubDeploymentTarget } from './github-deployment.ts';
