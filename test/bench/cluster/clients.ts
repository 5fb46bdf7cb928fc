/**
 * A child process of bench:cluster: holds WALL_CLIENTS Socket.IO wall clients per URL (WebSocket,
 * joined to the wall room, re-joining on reconnect), counting frames. Prints "ready N" once all
 * are joined and "frames N" every second; runs until killed.
 */
import { io as ioc } from 'socket.io-client';

const urls = (process.env.WALL_URLS ?? '').split(',').filter(Boolean);
const perUrl = Number(process.env.WALL_CLIENTS ?? 1000);
/** Connections opened at once (thousands at the same instant overwhelm a loaded machine). */
const OPEN_AT_ONCE = 50;
let joined = 0;
let frames = 0;
const want = urls.length * perUrl;
const jobs = urls.flatMap((url) => Array.from({ length: perUrl }, () => url));
async function open(url: string): Promise<void> {
  const s = ioc(url, { transports: ['websocket'], forceNew: true, reconnectionDelay: 500 });
  s.on('frame:push', () => { frames++; });
  await new Promise<void>((resolve) => {
    let first = true;
    s.on('connect', () => s.emit('view:join', { room: 'wall' }, () => {
      if (first) { first = false; joined++; resolve(); }
    }));
  });
}
setInterval(() => console.log(`frames ${frames} joined ${joined}/${want}`), 1000);
for (let i = 0; i < jobs.length; i += OPEN_AT_ONCE) await Promise.all(jobs.slice(i, i + OPEN_AT_ONCE).map(open));
console.log(`ready ${joined}`);
