import type { Alert } from './alert';
import type { Frame } from './frame';

/** Acknowledgement shape for every client -> server event. */
export type Ack<T> = (res: { ok: true; data: T } | { ok: false; error: string }) => void;

/** Rooms a client can join; a room is a view of the data. */
export const ROOMS = ['wall'] as const;
export type Room = (typeof ROOMS)[number];

export const EVENTS = {
  frame: 'frame:push',
  alert: 'alert:update',
  join: 'view:join',
} as const;

export interface ServerToClientEvents {
  'frame:push': (frame: Frame) => void;
  /** An alert changed state (fired, acknowledged, resolved): sent reliably, never volatile. */
  'alert:update': (alert: Alert) => void;
}

export interface ClientToServerEvents {
  /** Join a view's room: the server answers with a snapshot frame, then deltas every tick. */
  'view:join': (req: { room: Room }, ack: Ack<{ room: Room; tickMs: number }>) => void;
}

/** Every client -> server event name at run time (server access policies and their test walk them). */
export const CLIENT_EVENTS = [EVENTS.join] as const satisfies readonly (keyof ClientToServerEvents)[];
/** Fails to compile when an event of ClientToServerEvents is missing from CLIENT_EVENTS. */
export const CLIENT_EVENTS_COMPLETE: Exclude<keyof ClientToServerEvents, (typeof CLIENT_EVENTS)[number]> extends never ? true : never = true;
