/**
 * Long fuzz run: `pnpm fuzz --minutes N [--seed S] [--kind name,...] [--count N] [--no-save]`.
 * Fuzzes every message kind round-robin until the time is up, prints inputs/s per kind and every
 * failure with its reproducer (kind, seed, input hex), and saves failures under tools/fuzz/corpus/.
 */

import { saveFailure } from './corpus.js';
import { type Failure, formatFailure, fuzzKind, roundTripKind } from './engine.js';
import { allKinds } from './kinds.js';

interface Args {
  minutes: number;
  seed: number;
  kinds: string[];
  count?: number;
  save: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { minutes: 1, seed: Date.now() % 1_000_000_000, kinds: [], save: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--') continue;
    else if (a === '--minutes') args.minutes = Number(next());
    else if (a === '--seed') args.seed = Number(next());
    else if (a === '--kind') args.kinds.push(...next().split(','));
    else if (a === '--count') args.count = Number(next());
    else if (a === '--no-save') args.save = false;
    else if (a === '--help' || a === '-h') {
      process.stdout.write(
        'pnpm fuzz --minutes N [--seed S] [--kind name,...] [--count N per kind] [--no-save]\n',
      );
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  if (!(args.minutes > 0) || !Number.isFinite(args.seed)) throw new Error('bad --minutes or --seed');
  return args;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const kinds = args.kinds.length === 0 ? allKinds : allKinds.filter((k) => args.kinds.includes(k.name));
  if (kinds.length === 0) throw new Error(`no kind named ${args.kinds.join(', ')}`);
  const deadline = Date.now() + args.minutes * 60_000;
  process.stdout.write(
    `fuzzing ${kinds.length} kinds, first seed ${args.seed}, ${args.count !== undefined ? `${args.count} inputs per kind` : `${args.minutes} min`}\n`,
  );
  const totals = new Map(
    kinds.map((k) => [
      k.name,
      { inputs: 0, decoded: 0, ms: 0, misplaced: 0, rtTried: 0, rtAccepted: 0, misplacedSeed: -1, note: '' },
    ]),
  );
  const failures: Failure[] = [];
  const seen = new Set<string>();
  const next = new Map(kinds.map((k) => [k.name, args.seed]));
  const record = (f: Failure) => {
    const key = `${f.kind}|${f.reason}|${f.detail.replace(/\d+/g, 'N').slice(0, 80)}`;
    if (seen.has(key)) return;
    seen.add(key);
    failures.push(f);
    process.stdout.write(`${formatFailure(f)}\n`);
    if (args.save) {
      const file = saveFailure(f);
      if (file) process.stdout.write(`  saved: ${file}\n`);
    }
  };
  const slice = 1000; // ms per kind per round
  for (let round = 0; ; round++) {
    let any = false;
    for (const k of kinds) {
      const t = totals.get(k.name)!;
      if (args.count !== undefined && t.inputs >= args.count) continue;
      if (args.count === undefined && Date.now() >= deadline) break;
      any = true;
      const first = next.get(k.name)!;
      const s = fuzzKind(k, {
        firstSeed: first,
        deadline: args.count === undefined ? Math.min(deadline, Date.now() + slice) : undefined,
        count: args.count !== undefined ? Math.min(args.count - t.inputs, 5000) : undefined,
      });
      next.set(k.name, first + s.inputs);
      t.inputs += s.inputs;
      t.decoded += s.decoded;
      t.ms += s.ms;
      t.misplaced += s.misplaced;
      if (t.misplacedSeed < 0 && s.misplacedExample) {
        t.misplacedSeed = s.misplacedExample.seed;
        t.note = s.misplacedExample.note;
      }
      for (const f of s.failures) record(f);
      const rt = roundTripKind(k, 200, args.seed + round * 200);
      t.rtTried += rt.tried;
      t.rtAccepted += rt.accepted;
      for (const f of rt.failures) record(f);
    }
    if (!any || (args.count === undefined && Date.now() >= deadline)) break;
  }
  const rows = [...totals].map(([name, t]) => [
    name,
    String(t.inputs),
    `${((100 * t.decoded) / Math.max(1, t.inputs)).toFixed(0)}%`,
    (t.inputs / Math.max(0.001, t.ms / 1000)).toFixed(0),
    String(t.misplaced),
    `${t.rtAccepted}/${t.rtTried}`,
    String(failures.filter((f) => f.kind === name).length),
  ]);
  const head = ['kind', 'inputs', 'decoded', 'inputs/s', 'misplaced PAN', 'round trips', 'failures'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  process.stdout.write(`\n${line(head)}\n${rows.map(line).join('\n')}\n`);
  for (const [name, t] of totals) {
    if (t.misplacedSeed >= 0)
      process.stdout.write(`misplaced PAN, first: ${name} seed=${t.misplacedSeed} (${t.note})\n`);
  }
  const total = [...totals.values()].reduce((a, t) => a + t.inputs, 0);
  process.stdout.write(`\n${total} inputs, ${failures.length} distinct failures\n`);
  process.exitCode = failures.length > 0 ? 1 : 0;
}

main();
