/**
 * `pnpm bench [--filter text] [--time ms] [--rounds n] [--cpu-prof]`: runs every group (or those
 * whose group or case name contains the filter) for `time` ms per case (default 500) split into
 * `rounds` interleaved rounds (default 5), prints a table, writes RESULTS.md. With --cpu-prof each case
 * runs in its own process under `node --cpu-prof` and the profiles land in tools/bench/profiles/.
 */

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Bench } from 'tinybench';
import { groups } from './cases/index.js';
import { check, type Group, type Result } from './harness.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');

interface Args {
  filter: string | undefined;
  time: number;
  rounds: number;
  cpuProf: boolean;
  only: string | undefined;
  out: string;
}

function parseArgs(argv: string[]): Args {
  const a: Args = {
    filter: undefined,
    time: 500,
    rounds: 5,
    cpuProf: false,
    only: undefined,
    out: join(root, 'RESULTS.md'),
  };
  for (let i = 0; i < argv.length; i++) {
    const v = argv[i]!;
    if (v === '--filter') a.filter = argv[++i];
    else if (v === '--time') a.time = Number(argv[++i]);
    else if (v === '--rounds') a.rounds = Math.max(1, Number(argv[++i]));
    else if (v === '--cpu-prof') a.cpuProf = true;
    else if (v === '--only') a.only = argv[++i];
    else if (v === '--out') a.out = argv[++i]!;
    else if (!v.startsWith('-') && a.filter === undefined) a.filter = v;
  }
  return a;
}

function selected(args: Args): Group[] {
  const f = args.filter?.toLowerCase();
  return groups
    .map((g) => ({
      ...g,
      cases: g.cases.filter(
        (c) =>
          (args.only === undefined || `${g.name}/${c.name}` === args.only) &&
          (f === undefined ||
            g.name.toLowerCase().includes(f) ||
            c.name.toLowerCase().includes(f) ||
            c.role !== 'subject'),
      ),
    }))
    .filter((g) => g.cases.some((c) => c.role === 'subject'));
}

/**
 * Runs a group in `rounds` rounds of `time / rounds` ms per case, the case order reversed every
 * other round, and keeps for each case the round with the lowest mean. On a shared machine the
 * load changes within seconds; short interleaved rounds give every case of a group (subject and
 * baselines alike) the same chances, so the ratios compare like with like.
 */
async function runGroup(g: Group, time: number, rounds: number): Promise<Result[]> {
  for (const c of g.cases) check(`${g.name}/${c.name}`, c.fn);
  const best = new Map<string, Result>();
  for (let round = 0; round < rounds; round++) {
    const bench = new Bench({ time: time / rounds, warmupTime: round === 0 ? 100 : 25 });
    const order = round % 2 === 0 ? g.cases : [...g.cases].reverse();
    for (const c of order) bench.add(c.name, c.fn);
    await bench.run();
    for (const task of bench.tasks) {
      const c = g.cases.find((x) => x.name === task.name)!;
      const r = task.result;
      if (r.state !== 'completed') throw new Error(`${g.name}/${c.name}: ${r.state}`);
      const nsPerOp = r.latency.mean * 1e6;
      const prev = best.get(c.name);
      if (prev !== undefined && prev.nsPerOp <= nsPerOp) continue;
      const res: Result = {
        group: g.name,
        name: c.name,
        role: c.role,
        nsPerOp,
        opsPerSec: 1e9 / nsPerOp,
        rme: r.latency.rme,
        samples: r.latency.samplesCount,
      };
      if (c.bytes !== undefined) res.bytesPerSec = (c.bytes * 1e9) / nsPerOp;
      best.set(c.name, res);
    }
  }
  const results: Result[] = g.cases.map((c) => best.get(c.name)!);
  const pairOf = new Map(g.cases.map((c) => [c.name, c.pair]));
  // A subject is compared with the baseline of its own pair, else with an unpaired baseline of the
  // group; never with another pair's baseline (that would compare different packets).
  const base = (role: string, pair: string | undefined) =>
    (
      results.find((x) => x.role === role && pair !== undefined && pairOf.get(x.name) === pair) ??
      results.find((x) => x.role === role && pairOf.get(x.name) === undefined) ??
      (pair === undefined ? results.find((x) => x.role === role) : undefined)
    )?.nsPerOp;
  for (const r of results) {
    const pair = pairOf.get(r.name);
    const floor = base('floor', pair);
    const naive = base('naive', pair);
    const generic = base('generic', pair);
    if (floor !== undefined) r.vsFloor = r.nsPerOp / floor;
    if (naive !== undefined) r.vsNaive = r.nsPerOp / naive;
    if (generic !== undefined) r.vsGeneric = r.nsPerOp / generic;
  }
  return results;
}

function fmt(n: number | undefined, digits = 2): string {
  if (n === undefined || !Number.isFinite(n)) return '';
  if (n >= 1000) return Math.round(n).toLocaleString('en-US');
  return n.toFixed(digits);
}

function bytesRate(n: number | undefined): string {
  if (n === undefined) return '';
  return n >= 1e9 ? `${(n / 1e9).toFixed(2)} GB/s` : `${(n / 1e6).toFixed(1)} MB/s`;
}

function table(results: Result[]): string {
  const head =
    '| group | case | role | ns/op | ops/s | ±% | samples | throughput | ×floor | ×naive | ×generic |';
  const sep = '|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|';
  const rows = results.map(
    (r) =>
      `| ${r.group} | ${r.name} | ${r.role} | ${fmt(r.nsPerOp, 1)} | ${fmt(r.opsPerSec, 0)} | ${r.rme.toFixed(2)} | ${r.samples} | ${bytesRate(r.bytesPerSec)} | ${fmt(r.vsFloor)} | ${fmt(r.vsNaive)} | ${fmt(r.vsGeneric)} |`,
  );
  return [head, sep, ...rows].join('\n');
}

/** `## ` sections of RESULTS.md that other tools own; a bench run carries them over unchanged. */
const FOREIGN_SECTIONS = ['End to end and load'];

/** The text of section `## title` of a Markdown document, up to the next `## ` heading. */
function section(document: string, title: string): string | undefined {
  const lines = document.split('\n');
  const start = lines.findIndex((l) => l.trim() === `## ${title}`);
  if (start < 0) return undefined;
  let end = lines.length;
  for (let i = start + 1; i < lines.length; i++) {
    if (lines[i]!.startsWith('## ')) {
      end = i;
      break;
    }
  }
  return lines.slice(start, end).join('\n');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const chosen = selected(args);
  if (chosen.length === 0) {
    console.error(`no benchmark matches ${JSON.stringify(args.filter)}`);
    process.exitCode = 2;
    return;
  }
  if (args.cpuProf) {
    const dir = join(root, 'profiles');
    mkdirSync(dir, { recursive: true });
    for (const g of chosen) {
      for (const c of g.cases.filter((x) => x.role === 'subject')) {
        const only = `${g.name}/${c.name}`;
        console.log(`profiling ${only}`);
        spawnSync(
          process.execPath,
          [
            '--cpu-prof',
            `--cpu-prof-dir=${dir}`,
            fileURLToPath(import.meta.url),
            '--only',
            only,
            '--time',
            String(args.time),
            '--out',
            join(dir, 'last.md'),
          ],
          { stdio: 'inherit' },
        );
      }
    }
    console.log(`profiles written to ${dir}`);
    return;
  }
  const started = Date.now();
  const all: Result[] = [];
  const problems: string[] = [];
  for (const g of chosen) {
    process.stdout.write(`${g.name} ...`);
    const results = await runGroup(g, args.time, args.rounds);
    all.push(...results);
    const map = new Map(results.map((r) => [r.name, r]));
    for (const t of g.targets ?? []) {
      const p = t(map);
      if (p !== undefined) problems.push(`${g.name}: ${p}`);
    }
    process.stdout.write(' done\n');
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const text = table(all);
  console.log(`\n${text}\n`);
  if (problems.length) console.log(`targets missed:\n- ${problems.join('\n- ')}`);
  else console.log('all targets met');
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const md: string[] = [
    '# Benchmark results',
    '',
    `Run: ${new Date().toISOString()} · Node ${process.version} · ${cpus().length} × ${cpu} · load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(
        ' / ',
      )} at the end · ${seconds} s · ${args.time} ms per case in ${args.rounds} rounds · filter ${args.filter ?? '(none)'}`,
    '',
    'ns/op is the mean latency per call in the best of the rounds (each case of a group runs once per',
    'round, order reversed every other round); ±% (relative margin of error) and samples are from that',
    'round; ×floor, ×naive and ×generic are ratios to the baselines of the same packet measured in the',
    'same run (lower is better).',
    '',
    text,
    '',
    problems.length ? `Targets missed:\n\n- ${problems.join('\n- ')}` : 'All targets met.',
    '',
  ];
  // What was profiled and changed for missed targets: kept by hand in NOTES.md, carried into
  // every RESULTS.md so a re-run does not lose it.
  const notes = join(root, 'NOTES.md');
  if (existsSync(notes)) md.push(readFileSync(notes, 'utf8').trimEnd(), '');
  // Sections other tools write into the same file (tools/load: "End to end and load") are kept.
  if (existsSync(args.out)) {
    const previous = readFileSync(args.out, 'utf8');
    for (const title of FOREIGN_SECTIONS) {
      const kept = section(previous, title);
      if (kept !== undefined) md.push(kept.trimEnd(), '');
    }
  }
  const doc = md.join('\n');
  writeFileSync(args.out, doc);
  console.log(`wrote ${args.out}`);
}

await main();
