/**
 * `pnpm load`: the load run of every client (default 10 000 calls at concurrency 50 each) and the
 * TSYS application type 0 vs 4 comparison; prints the results, writes tools/load/RESULTS.md and
 * the "End to end and load" section of tools/bench/RESULTS.md, and exits 1 if any run failed.
 *
 *   pnpm load [--client tsys,paymentech,tclink,gift] [--count N] [--concurrency C]
 *             [--time-limit SECONDS] [--no-compare] [--no-write] [--simulator child|in-process]
 */

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type Comparison, renderSection, spliceSection, verdict } from './report.js';
import { type LoadReport, runLoad } from './run.js';
import { canCollect } from './stats.js';
import { CLIENT_NAMES, type ClientName, targets, tsysTarget } from './targets/index.js';

const USAGE = `usage: pnpm load [--client ${CLIENT_NAMES.join(',')}] [--count 10000] [--concurrency 50]
                 [--time-limit 300] [--no-compare] [--no-write] [--simulator child|in-process]`;

interface Stored {
  reports: Record<string, LoadReport>;
  comparison?: Comparison;
}

function positive(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive integer, not '${text}'`);
  return n;
}

function line(r: LoadReport): string {
  const c = r.checks;
  return `${r.label.padEnd(12)} ${Math.round(r.throughput).toString().padStart(6)} tx/s  p50 ${r.latency.p50.toFixed(1).padStart(7)} ms  p99 ${r.latency.p99.toFixed(1).padStart(7)} ms  lost ${c.lost} dup ${c.duplicated} mismatched ${c.mismatched} errors ${c.rejected}  heap ${(r.memory.start / 1048576).toFixed(1)} -> ${(r.memory.middle / 1048576).toFixed(1)} -> ${(r.memory.end / 1048576).toFixed(1)} MiB  ${verdict(r)}`;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      client: { type: 'string' },
      count: { type: 'string' },
      concurrency: { type: 'string' },
      'time-limit': { type: 'string' },
      'no-compare': { type: 'boolean', default: false },
      'no-write': { type: 'boolean', default: false },
      simulator: { type: 'string', default: 'child' },
      help: { type: 'boolean', default: false },
    },
    allowPositionals: false,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const clients = (values.client ?? CLIENT_NAMES.join(','))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean) as ClientName[];
  for (const c of clients) if (!CLIENT_NAMES.includes(c)) throw new Error(`unknown client '${c}'\n${USAGE}`);
  const count = positive('count', values.count, 10_000);
  const concurrency = positive('concurrency', values.concurrency, 50);
  const timeLimitMs = positive('time-limit', values['time-limit'], 300) * 1000;
  const simulator = values.simulator === 'in-process' ? 'in-process' : 'child';
  if (!canCollect())
    console.warn('warning: run node with --expose-gc (pnpm load does): memory is not judged without it');

  const options = { count, concurrency, timeLimitMs, simulator } as const;
  const reports: LoadReport[] = [];
  for (const client of clients) {
    console.log(`${client}: ${count} calls at concurrency ${concurrency} ...`);
    const r = await runLoad(targets[client], options);
    console.log(line(r));
    for (const e of r.checks.examples) console.log(`  ${e}`);
    reports.push(r);
  }
  let comparison: Comparison | undefined;
  if (!values['no-compare'] && clients.includes('tsys')) {
    console.log(`tsys type 0: ${count} calls at concurrency ${concurrency} ...`);
    const type0 = await runLoad(tsysTarget(0), { ...options, label: 'tsys type 0' });
    console.log(line(type0));
    const type4 = reports.find((r) => r.client === 'tsys')!;
    comparison = { type0, type4 };
  }

  if (!values['no-write']) {
    const root = fileURLToPath(new URL('../', import.meta.url));
    const jsonPath = `${root}results.json`;
    // Runs of some clients only keep the other clients' last figures.
    const stored: Stored = existsSync(jsonPath)
      ? (JSON.parse(readFileSync(jsonPath, 'utf8')) as Stored)
      : { reports: {} };
    for (const r of reports) stored.reports[r.label] = r;
    if (comparison) stored.comparison = comparison;
    writeFileSync(jsonPath, `${JSON.stringify(stored, null, 2)}\n`);
    const ordered = CLIENT_NAMES.map((c) => stored.reports[c]).filter(
      (r): r is LoadReport => r !== undefined,
    );
    const section = renderSection({
      reports: ordered,
      ...(stored.comparison ? { comparison: stored.comparison } : {}),
      env: {
        node: process.versions.node,
        platform: `${platform()} ${release()}`,
        cpus: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}`,
        date: new Date().toISOString().slice(0, 10),
        loadAverage: loadavg()[0]!.toFixed(1),
      },
      command: 'pnpm load',
    });
    const own = `${root}RESULTS.md`;
    writeFileSync(own, `# Load results\n\n${section}`);
    const bench = fileURLToPath(new URL('../../bench/RESULTS.md', import.meta.url));
    const before = existsSync(bench) ? readFileSync(bench, 'utf8') : '';
    writeFileSync(bench, spliceSection(before, section));
    console.log(`wrote ${own} and the "End to end and load" section of ${bench}`);
  }
  const failed = [...reports, ...(comparison ? [comparison.type0] : [])].filter((r) => !r.ok);
  if (failed.length) console.error(`FAILED: ${failed.map((r) => r.label).join(', ')}`);
  return failed.length ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 2;
  },
);
