/**
 * The one table `npm run bench` ends with. Each benchmark prints its own detail as it goes and records its headline
 * figures here (one JSON line each under .tmp/bench/); the last step prints them together, with the goal each is
 * held to, so a reader sees every figure of one run in one place.
 *
 *   node ./src/bench/benchTable.ts --reset   (first step: forget an earlier run's rows)
 *   node ./src/bench/benchTable.ts --print   (last step)
 */
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../repo.ts';

export interface BenchRow {
  /** What was measured, e.g. "enquiry endpoint, requests/s". */
  measure: string;
  /** Where: the database and processes it ran on. */
  on: string;
  figure: string;
  /** The target the issue sets, when there is one. */
  goal?: string;
  met?: boolean;
}

const file = path.join(repoRoot, '.tmp', 'bench', 'rows.jsonl');

export function recordBenchRows(rows: BenchRow[]): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.appendFileSync(file, rows.map((row) => JSON.stringify(row) + '\n').join(''));
}

export function renderBenchTable(rows: BenchRow[]): string {
  const cells = rows.map((row) => [
    row.measure,
    row.on,
    row.figure,
    row.goal ?? '',
    row.goal === undefined ? '' : row.met ? 'met' : 'NOT MET',
  ]);
  const header = ['measure', 'on', 'measured', 'goal', ''];
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((cell) => cell[column]!.length)));
  const line = (cell: string[]) => `| ${cell.map((text, column) => text.padEnd(widths[column]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--reset')) fs.rmSync(file, { force: true });
  if (process.argv.includes('--print')) {
    const rows = fs.existsSync(file)
      ? fs
          .readFileSync(file, 'utf8')
          .trim()
          .split('\n')
          .filter(Boolean)
          .map((text) => JSON.parse(text) as BenchRow)
      : [];
    console.log(
      `\nnpm run bench, this machine, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC:\n\n${renderBenchTable(rows)}\n`,
    );
  }
}
