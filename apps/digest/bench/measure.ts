export interface BenchLine {
  name: string;
  value: number;
  unit: string;
  /** value divided by the baseline's value measured in the same run. */
  ratio: number;
}

/** The contract's line: `name: value unit (x.xx× baseline)`. */
export function formatLine(line: BenchLine): string {
  const digits = line.value >= 100 ? 0 : line.value >= 10 ? 1 : 2;
  return `${line.name}: ${line.value.toFixed(digits)} ${line.unit} (${line.ratio.toFixed(2)}× baseline)`;
}
