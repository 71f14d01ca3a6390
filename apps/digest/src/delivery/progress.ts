// A progress line for sends on a terminal: count, rate, ETA. Nothing when stdout is not a terminal.
import type { Progress } from "./deliver.ts";

const clock = (seconds: number): string => {
  if (!Number.isFinite(seconds)) return "--";
  const s = Math.max(0, Math.round(seconds));
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s` : `${s}s`;
};

export function progressLine(progress: Progress, now = Date.now()): string {
  const elapsed = Math.max(0.001, (now - progress.startedAt) / 1000);
  const rate = progress.done / elapsed;
  const eta = rate > 0 ? (progress.total - progress.done) / rate : Number.POSITIVE_INFINITY;
  return `sending ${progress.done}/${progress.total} · ${rate.toFixed(1)} msg/s · ETA ${clock(eta)}`;
}

export interface ProgressReporter {
  update(progress: Progress): void;
  /** Clears the line (before the summary). */
  done(): void;
}

export function terminalProgress(stream: NodeJS.WriteStream = process.stdout): ProgressReporter | null {
  if (!stream.isTTY) return null;
  let last = 0;
  let shown = false;
  return {
    update(progress) {
      const now = Date.now();
      if (now - last < 100 && progress.done < progress.total) return;
      last = now;
      shown = true;
      stream.write(`\r\x1b[2K${progressLine(progress, now)}`);
    },
    done() {
      if (shown) stream.write("\r\x1b[2K");
    },
  };
}
