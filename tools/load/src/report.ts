/** Markdown of load reports: the section "End to end and load" of RESULTS.md. */

import type { LoadReport } from './run.js';

export const SECTION_TITLE = 'End to end and load';
const MiB = 1024 * 1024;

const ms = (v: number) => (Number.isFinite(v) ? (v < 10 ? v.toFixed(2) : v.toFixed(1)) : '-');
const mib = (v: number) => (Number.isFinite(v) ? (v / MiB).toFixed(2) : '-');
const int = (v: number) => Math.round(v).toLocaleString('en-US');

export interface Comparison {
  /** TSYS application type 0 (a TLS connection per request). */
  type0: LoadReport;
  /** TSYS application type 4 (one interleaved TLS connection). */
  type4: LoadReport;
}

export interface Environment {
  node: string;
  platform: string;
  cpus: string;
  date: string;
  /** 1-minute load average when the run ended (other work on the machine skews the figures). */
  loadAverage?: string;
}

function checksCell(r: LoadReport): string {
  const c = r.checks;
  return `${c.lost} / ${c.duplicated} / ${c.mismatched}`;
}

export function verdict(r: LoadReport): string {
  if (r.ok) return 'pass';
  const why: string[] = [];
  if (r.stoppedBy === 'time') why.push('time limit');
  if (r.checks.rejected) why.push(`${r.checks.rejected} errors`);
  if (r.checks.lost || r.checks.duplicated || r.checks.mismatched || r.checks.unrecorded) why.push('checks');
  if (!r.checks.logMatches) why.push('log count');
  if ((r.audit ?? []).length) why.push('audit');
  if (!r.memory.flat) why.push(r.memory.afterGc ? 'memory grew' : 'no --expose-gc');
  return `FAIL (${why.join(', ') || 'see details'})`;
}

export function loadTable(reports: readonly LoadReport[]): string {
  const rows = [
    '| client | transport / session | transactions × concurrency | tx/s | p50 ms | p99 ms | lost / dup / mismatched | errors | heapUsed start → middle → end (MiB) | growth (bound) | result |',
    '| --- | --- | --- | ---: | ---: | ---: | --- | ---: | --- | --- | --- |',
  ];
  for (const r of reports) {
    rows.push(
      `| ${r.label} | ${r.description} | ${int(r.count)} × ${r.concurrency} (+${int(r.warmup)} warm-up) | ${int(r.throughput)} | ${ms(r.latency.p50)} | ${ms(r.latency.p99)} | ${checksCell(r)} | ${r.checks.rejected} | ${mib(r.memory.start)} → ${mib(r.memory.middle)} → ${mib(r.memory.end)} | ${mib(r.memory.growth)} (${mib(r.memory.bound)}) | ${verdict(r)} |`,
    );
  }
  return rows.join('\n');
}

export function comparisonTable(c: Comparison): string {
  const rows = [
    '| TSYS session | transactions × concurrency | tx/s | p50 ms | p99 ms | lost / dup / mismatched | result |',
    '| --- | --- | ---: | ---: | ---: | --- | --- |',
  ];
  for (const [name, r] of [
    ['application type 0: a TLS connection per request', c.type0],
    ['application type 4: one interleaved TLS connection', c.type4],
  ] as const) {
    rows.push(
      `| ${name} | ${int(r.count)} × ${r.concurrency} | ${int(r.throughput)} | ${ms(r.latency.p50)} | ${ms(r.latency.p99)} | ${checksCell(r)} | ${verdict(r)} |`,
    );
  }
  const ratio = c.type4.throughput / c.type0.throughput;
  rows.push('');
  rows.push(
    `One interleaved connection carries ${ratio.toFixed(1)}× the transactions per second of a connection per request, at ${ms(c.type4.latency.p50)} ms instead of ${ms(c.type0.latency.p50)} ms median latency: type 0 pays a full TLS handshake and the ENQ greeting for every transaction.`,
  );
  return rows.join('\n');
}

/** The whole section (starting with its `## ` heading). */
export function renderSection(input: {
  reports: readonly LoadReport[];
  comparison?: Comparison;
  env: Environment;
  command: string;
}): string {
  const out: string[] = [];
  out.push(`## ${SECTION_TITLE}`);
  out.push('');
  out.push(
    `Written by \`${input.command}\` (tools/load) on ${input.env.date}: Node ${input.env.node}, ${input.env.platform}, ${input.env.cpus}${input.env.loadAverage ? `, load average ${input.env.loadAverage} at the end` : ''}. ` +
      'Every client runs against its loopback simulator over verified TLS; the simulator runs in a child process so that its CPU, its growing transaction state and its exchange log are not counted against the client. ' +
      "Each call has its own amount; afterwards the host's records are read back: **lost** = calls that never settled, **dup** = host transactions beyond exactly one per call, **mismatched** = answers that name a host transaction of another request (amount, sequence/terminal number or echoed fields differ). " +
      'heapUsed is sampled after full GCs (`--expose-gc`) after the warm-up, at rest half-way and at the end; the run fails if it grows by more than 4 MiB + 64 bytes per call.',
  );
  out.push('');
  if (input.reports.length) {
    out.push('### Load per client');
    out.push('');
    out.push(loadTable(input.reports));
    out.push('');
    const notes = input.reports
      .map((r) => {
        const st = Object.entries(r.statuses)
          .map(([k, v]) => `${int(v)} ${k}`)
          .join(', ');
        const errs = Object.entries(r.errors)
          .map(([k, v]) => `${v.count} × ${k} (${v.first})`)
          .join('; ');
        return `- ${r.label}: ${st}${errs ? `; errors: ${errs}` : ''}; ${int(r.checks.hostTransactions)} host transactions and ${int(r.checks.logEntries)} exchange log entries for ${int(r.checks.calls)} calls; ${(r.elapsedMs / 1000).toFixed(1)} s; simulator heapUsed at the end ${mib(r.memory.simulatorHeapUsed)} MiB.`;
      })
      .join('\n');
    out.push(notes);
    out.push('');
  }
  if (input.comparison) {
    out.push('### TSYS: a connection per request (type 0) vs one interleaved connection (type 4)');
    out.push('');
    out.push(comparisonTable(input.comparison));
    out.push('');
  }
  out.push(
    'Reproduce: `pnpm load` (all clients and the comparison; `--client tsys,gift`, `--count`, `--concurrency`, `--time-limit <s>`).',
  );
  out.push('');
  return out.join('\n');
}

/**
 * Puts `section` into a RESULTS.md text: replaces an existing "## End to end and load" section (up
 * to the next `## ` heading or the end) or appends it at the end. Nothing else is touched.
 */
export function spliceSection(document: string, section: string): string {
  const heading = `## ${SECTION_TITLE}`;
  const lines = document.split('\n');
  const start = lines.findIndex((l) => l.trim() === heading);
  const body = section.endsWith('\n') ? section : `${section}\n`;
  if (start === -1) {
    const base = document.replace(/\n*$/, '');
    return base === '' ? body : `${base}\n\n${body}`;
  }
  let end = lines.length;
  for (let i = start + 1; i < lines.length; i++) {
    if (/^## /.test(lines[i]!)) {
      end = i;
      break;
    }
  }
  const before = lines.slice(0, start).join('\n');
  const after = lines.slice(end).join('\n');
  return `${before}${before ? '\n' : ''}${body}${after ? `\n${after}` : ''}`;
}
