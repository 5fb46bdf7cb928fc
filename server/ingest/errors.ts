/** Mentions could not be taken now (the shared store is unreachable): answer 503 and let the sender retry. */
export class IngestUnavailableError extends Error {
  override name = 'IngestUnavailableError';
  constructor(message: string, readonly retryAfterS: number) { super(message); }
}
