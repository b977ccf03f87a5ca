/**
 * The line format bench/run.ts collects into its summary: `FIGURE {json}`. A bench prints as much
 * prose as it likes besides; only these lines make the table.
 */
export interface Figure {
  bench: string;
  name: string;
  value: number;
  unit: string;
  baseline?: { name: string; value: number; unit: string };
  /** value / baseline (or baseline / value where lower is better, said in `note`). */
  ratio?: number;
  target?: string;
  met?: boolean;
  note?: string;
}

export function figure(f: Figure): void {
  process.stdout.write(`FIGURE ${JSON.stringify(f)}\n`);
}

export const fmt = (n: number, digits = 0) => n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
