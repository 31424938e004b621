export { deployDocker, type DockerDeployOptions } from './docker-target.ts';
export { connectDocker, demultiplex, lastLogLines, type DockerConnection } from './docker-connection.ts';
export { acquireLock, lockName, type DeployLock, type LockOptions } from './lock.ts';
export { ensureRouter, routerName, RouterClient, type RouterState } from './router.ts';
export { routerProgram, routerScript, type PoolRecord, type PoolStats, type RouterConfig } from './router-program.ts';
export { parseEnvLines } from './env.ts';
export { readSmokeRequest, requestFromMetadata, isInferSuccess, type SmokeRequest } from './smoke.ts';
export type { DeployResult, DeployStatus, DeployTimings, FailureStage, Log } from './types.ts';
