export interface BenchLine {
  name: string;
  value: number;
  unit: string;
  /** value divided by the baseline's value measured in the same run. */
  ratio: number;
}

/** Median wall time in ms of `runs` runs, after one warm-up run. */
export async function measure(task: () => unknown, runs: number): Promise<number> {
  await task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

/** The contract's line: `name: value unit (x.xx× baseline)`. */
export function formatLine(line: BenchLine): string {
  const digits = line.value >= 100 ? 0 : line.value >= 10 ? 1 : 2;
  return `${line.name}: ${line.value.toFixed(digits)} ${line.unit} (${line.ratio.toFixed(2)}× baseline)`;
}
