/**
 * A child process of bench:cluster: holds WALL_CLIENTS Socket.IO wall clients per URL (WebSocket,
 * joined to the wall room, re-joining on reconnect), counting frames. Prints "ready N" once all
 * are joined and "frames N" every second; runs until killed.
 */
import { io as ioc } from 'socket.io-client';

const urls = (process.env.WALL_URLS ?? '').split(',').filter(Boolean);
const perUrl = Number(process.env.WALL_CLIENTS ?? 1000);
let joined = 0;
let frames = 0;
for (const url of urls) {
  for (let i = 0; i < perUrl; i++) {
    const s = ioc(url, { transports: ['websocket'], forceNew: true, reconnectionDelay: 500 });
    let first = true;
    s.on('connect', () => s.emit('view:join', { room: 'wall' }, () => {
      if (first) { first = false; if (++joined === urls.length * perUrl) console.log(`ready ${joined}`); }
    }));
    s.on('frame:push', () => { frames++; });
  }
}
setInterval(() => console.log(`frames ${frames}`), 1000);
