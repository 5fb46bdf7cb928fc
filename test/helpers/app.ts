import { once } from 'node:events';
import { io as ioc, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/events';
import type { Frame } from '../../shared/frame';
import { createApp, type AppDeps, type AppOptions, type EarshotApp } from '../../server/app';
import { loadTracking } from '../../server/config/env';

export const DEFAULT_TRACKING = 'server/config/default.tracking.json';

/** A real server on port 0 with no source unless one is given. */
export async function startApp(opts: Partial<AppOptions> & { trackingFile?: string } = {}, deps: AppDeps = {}): Promise<EarshotApp> {
  const tracking = opts.tracking ?? loadTracking(opts.trackingFile ?? DEFAULT_TRACKING);
  return createApp({
    tracking, port: 0, tickMs: 100, bodyLimit: 1024 * 1024, mentionStoreMax: 10_000, dedupeMax: 100_000, ...opts,
  }, deps);
}

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export function connect(url: string): TestSocket {
  return ioc(url, { transports: ['websocket'], reconnectionDelay: 50, reconnectionDelayMax: 100 });
}

/** Resolves with the next event of that name (or rejects after a timeout). */
export async function waitFor<T>(socket: TestSocket, event: 'frame:push', pred: (f: Frame) => boolean = () => true, timeoutMs = 5000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { socket.off(event, on); reject(new Error(`timeout waiting for ${event}`)); }, timeoutMs);
    const on = (f: Frame) => {
      if (!pred(f)) return;
      clearTimeout(timer); socket.off(event, on); resolve(f as T);
    };
    socket.on(event, on);
  });
}

export async function connected(socket: TestSocket): Promise<void> {
  if (!socket.connected) await once(socket as unknown as NodeJS.EventEmitter, 'connect');
}

export async function post(url: string, body: string | unknown, contentType = 'application/json'): Promise<{ status: number; json: any }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': contentType }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: res.status, json: await res.json() };
}

export async function getJson(url: string): Promise<{ status: number; json: any }> {
  const res = await fetch(url);
  return { status: res.status, json: await res.json() };
}
