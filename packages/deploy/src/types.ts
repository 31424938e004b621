/** What every deploy target reports back; the action's payload is built from it. */
export type DeployStatus = 'deployed' | 'unchanged' | 'rolled-back' | 'failed';

/** Why a new version was refused or rolled back. */
export type FailureStage = 'readiness' | 'smoke' | 'after-switch' | 'swarm-update' | 'rollout' | 'batch';

export interface DeployTimings {
  /** From deploy start until every new replica answered the health path with 200. */
  healthMs?: number;
  /** Duration of the smoke inference request. */
  smokeMs?: number;
  /** From deploy start until traffic moved to the new version. */
  trafficMs?: number;
  /** From deploy start until the step finished (old version stopped, or rollback done). */
  totalMs: number;
}

export interface DeployResult {
  target: 'docker' | 'swarm' | 'kubernetes';
  service: string;
  image: string;
  /** Image ID (content digest) of the version now meant to serve. */
  version: string;
  previousImage: string | null;
  previousVersion: string | null;
  url: string | null;
  status: DeployStatus;
  rolledBack: boolean;
  failure: { stage: FailureStage; reason: string; logTail: string[] } | null;
  timings: DeployTimings;
  replicas: number;
}

/** Where progress lines go (the action passes its logger; tests pass nothing). */
export type Log = (message: string) => void;
