export { startServer, type ServeOptions, type RunningServer } from './server.ts';
export { loadModel, type LoadedModel, type ModelMetadata, type TensorMetadata } from './model.ts';
export { parseInferRequest, RequestError, type InferRequest, type InputTensor } from './request.ts';
export { Batcher, type OutputTensor } from './batcher.ts';
export { scoreFile, type BatchOptions, type BatchResult } from './batch.ts';
export { ServerMetrics } from './metrics.ts';
export { oipDatatype, ortType, type OipDatatype } from './datatypes.ts';
