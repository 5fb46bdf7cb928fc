/** Width of the terminal progress bar, in characters. */
const BAR_WIDTH = 30;
/** Redraw at most this often on a terminal; elsewhere print a line per 10%. */
const REDRAW_MS = 100;
const STEPS_WHEN_NOT_TTY = 10;

export interface ProgressState { fraction: number; rows: number; accepted: number; rejected: number; duplicates: number; done: boolean }

/** A progress bar on stderr: redrawn in place on a terminal, a line per 10% otherwise. */
export function progressBar(stream: NodeJS.WriteStream = process.stderr, label = 'replay') {
  const started = Date.now();
  let lastDraw = 0;
  let lastStep = -1;
  return (s: ProgressState): void => {
    const now = Date.now();
    const rate = Math.round(s.rows / Math.max(0.001, (now - started) / 1000));
    const pct = Math.min(100, Math.floor(s.fraction * 100));
    const line = `${label} [${'#'.repeat(Math.round((pct / 100) * BAR_WIDTH)).padEnd(BAR_WIDTH, '-')}] ${String(pct).padStart(3)}% `
      + `${s.rows.toLocaleString('en-US')} rows, ${s.accepted.toLocaleString('en-US')} accepted, `
      + `${s.duplicates.toLocaleString('en-US')} duplicate, ${s.rejected.toLocaleString('en-US')} rejected, ${rate.toLocaleString('en-US')}/s`;
    const final = s.done ? `${line} — done` : line;
    if (stream.isTTY) {
      if (!s.done && now - lastDraw < REDRAW_MS) return;
      lastDraw = now;
      stream.write(`\r${final}${s.done ? '\n' : ''}`);
      return;
    }
    const step = Math.floor(pct / STEPS_WHEN_NOT_TTY);
    if (s.done) stream.write(`${final}\n`);
    else if (step > lastStep && pct < 100) { lastStep = step; stream.write(`${line}\n`); }
  };
}
