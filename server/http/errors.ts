import type { ErrorRequestHandler } from 'express';

export class HttpError extends Error {
  constructor(readonly status: number, message: string) { super(message); }
}

/** Every error becomes JSON naming the problem; no stack traces leave the server. */
export function errorHandler(log: { error(obj: object, msg: string): void }): ErrorRequestHandler {
  return (err, _req, res, _next) => {
    const e = err as { status?: number; statusCode?: number; type?: string; message?: string; limit?: number };
    const status = e.status ?? e.statusCode ?? 500;
    let message = status >= 500 ? 'internal error' : (e.message ?? 'bad request');
    if (e.type === 'entity.too.large') message = `request body too large (limit ${e.limit} bytes)`;
    else if (e.type === 'encoding.unsupported' || e.type === 'charset.unsupported') message = e.message ?? 'unsupported encoding';
    if (status >= 500) log.error({ err }, 'request failed');
    res.status(status).json({ error: message });
  };
}
