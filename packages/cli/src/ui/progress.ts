import { textWidth } from './text-width.js';

export interface ProgressOptions {
  /** Writes to the terminal (stderr: stdout may be piped into a file or a JSON parser). */
  write(text: string): void;
  /** Whether `write` goes to a terminal; when not, the bar never draws. */
  isTTY: boolean;
  /** What is being done, e.g. "Running queries". */
  label: string;
  /** Units of work in all; undefined draws a counter without a bar. */
  total?: number;
  /** Width of the terminal; default 80. */
  columns?: number;
  /** Quiet period before the bar appears, so short work prints nothing; default 2000 ms. */
  delayMs?: number;
  /** The clock, injectable for tests; default Date.now. */
  now?: () => number;
}

export interface Progress {
  /** Adds finished units of work (default 1) and redraws if due. */
  tick(units?: number): void;
  /** Sets the finished units of work and redraws if due. */
  update(done: number): void;
  /** Clears the bar's line, if one was drawn. Call once when the work ends, also on failure. */
  done(): void;
}

const REDRAW_EVERY_MS = 100;

/**
 * A progress bar on stderr for long work. It stays silent unless stderr is a terminal
 * and the work has taken longer than `delayMs`, so CI logs and quick runs stay clean.
 *
 * @example
 * const bar = createProgress({ write: io.stderr, isTTY: io.stderrIsTTY, label: 'Running', total: kpis.length });
 * try { for (const kpi of kpis) { await run(kpi); bar.tick(); } } finally { bar.done(); }
 */
export function createProgress(options: ProgressOptions): Progress {
  const { write, isTTY, label, total, columns = 80, delayMs = 2000, now = Date.now } = options;
  const started = now();
  let finished = 0;
  let drawn = false;
  let lastDraw = Number.NEGATIVE_INFINITY;

  const draw = () => {
    if (!isTTY) return;
    const time = now();
    if (time - started < delayMs || time - lastDraw < REDRAW_EVERY_MS) return;
    lastDraw = time;
    drawn = true;
    write(`\r${renderProgressLine(label, finished, total, columns)}\x1b[K`);
  };

  return {
    tick(units = 1) {
      finished += units;
      draw();
    },
    update(done) {
      finished = done;
      draw();
    },
    done() {
      if (drawn) write('\r\x1b[K');
      drawn = false;
    },
  };
}

/**
 * One line of the bar: label, bar, count and percent, fitted to `columns`.
 *
 * @example
 * renderProgressLine('Running', 5, 20, 40); // 'Running [####-------------]  5/20  25%' (fits 40 columns)
 */
export function renderProgressLine(
  label: string,
  done: number,
  total: number | undefined,
  columns: number,
): string {
  if (total === undefined || total <= 0) return `${label} ${done}`;
  const clamped = Math.min(Math.max(done, 0), total);
  const percent = Math.floor((clamped / total) * 100);
  const count = `${String(clamped).padStart(String(total).length)}/${total}`;
  const tail = ` ${count} ${String(percent).padStart(3)}%`;
  const room = columns - 1 - textWidth(label) - 3 - textWidth(tail);
  if (room < 5) return `${label}${tail}`;
  const barWidth = Math.min(room, 40);
  const filled = Math.floor((clamped / total) * barWidth);
  return `${label} [${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}]${tail}`;
}
