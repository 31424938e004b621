export { main } from './cli.ts';
export { createCliHost, type CliHost, type CliHostOptions } from './cli-host.ts';
