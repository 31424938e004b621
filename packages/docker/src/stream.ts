/**
 * Following the JSON-lines progress streams the engine sends for build, push and pull.
 *
 * The engine answers these requests with HTTP 200 before the work is done, so a failure (a RUN that exits
 * non-zero, a registry refusing credentials) arrives as a line `{"errorDetail": {...}, "error": "..."}` inside
 * the 200 stream. Such a line must fail the operation: `followJsonStream` rejects with the daemon's message.
 */
import type { Readable } from 'node:stream';

export interface StreamEvent {
  stream?: string;
  status?: string;
  id?: string;
  progress?: string;
  progressDetail?: { current?: number; total?: number };
  error?: string;
  errorDetail?: { code?: number; message?: string };
  aux?: { ID?: string; Digest?: string; Tag?: string; Size?: number };
}

/** Raised for an error line in an engine stream; `message` is the daemon's own. */
export class EngineStreamError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EngineStreamError';
  }
}

/** Reads every event; calls `onEvent` for each; rejects with the first error line after the stream ends. */
export function followJsonStream(stream: Readable, onEvent: (event: StreamEvent) => void): Promise<StreamEvent[]> {
  return new Promise((resolve, reject) => {
    const events: StreamEvent[] = [];
    let buffered = '';
    let failure: string | undefined;
    const handle = (line: string): void => {
      if (line.trim() === '') return;
      let event: StreamEvent;
      try {
        event = JSON.parse(line) as StreamEvent;
      } catch {
        event = { stream: line + '\n' };
      }
      events.push(event);
      if (event.errorDetail || event.error) failure ??= event.errorDetail?.message || event.error || 'unknown engine error';
      onEvent(event);
    };
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      buffered += chunk;
      let newline: number;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        handle(buffered.slice(0, newline));
        buffered = buffered.slice(newline + 1);
      }
    });
    stream.on('error', reject);
    stream.on('end', () => {
      handle(buffered);
      if (failure !== undefined) reject(new EngineStreamError(failure.trim()));
      else resolve(events);
    });
  });
}

/**
 * Turns engine events into readable log lines: build output as it comes (line by line), layer statuses once per
 * change of status (not every progress tick).
 */
export function progressPrinter(log: (line: string) => void): (event: StreamEvent) => void {
  const lastStatus = new Map<string, string>();
  let partial = '';
  return (event) => {
    if (event.stream !== undefined) {
      partial += event.stream;
      const lines = partial.split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) if (line.trim() !== '') log(line.replace(/\s+$/, ''));
    } else if (event.error || event.errorDetail) {
      log(`error: ${event.errorDetail?.message ?? event.error}`);
    } else if (event.status !== undefined) {
      const key = event.id ?? '';
      if (lastStatus.get(key) === event.status) return;
      lastStatus.set(key, event.status);
      log(event.id ? `${event.id}: ${event.status}` : event.status);
    }
  };
}
