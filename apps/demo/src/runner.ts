// Steps, the transcript and the closing summary. A step states what it expects ("approved",
// "partial 10", "baddata", ...); it passes only when the outcome it reports is exactly that.

import { maskPansInText } from '@paywire/core';
import { type Described, describe, indent, type KindName } from './packets.js';
import { pad, type Style } from './style.js';

export const PROCESSORS = ['tsys', 'paymentech', 'fdms-gift', 'trustcommerce'] as const;
export type Processor = (typeof PROCESSORS)[number];

export const PROCESSOR_TITLES: Record<Processor, string> = {
  tsys: 'TSYS (EIS 1080 authorization, EIS 1081 settlement)',
  paymentech: 'Chase Paymentech (Tampa UTF197 over NetConnect)',
  'fdms-gift': 'FDMS Closed Loop Gift (SVdot inside Datawire)',
  trustcommerce: 'TrustCommerce (TCLink)',
};

export interface StepOutcome {
  /** Compared with the step's expectation. */
  outcome: string;
  /** Shown after the outcome: approval code, balances, ... (no card data). */
  detail?: string;
}

export interface Step {
  name: string;
  expect: string;
  run(): Promise<StepOutcome>;
}

export interface StepRecord {
  processor: Processor;
  index: number;
  name: string;
  expect: string;
  outcome: string;
  detail: string;
  ok: boolean;
  packets: number;
  ms: number;
}

/** Where the transcript goes; the packet hooks of every client call `packet`. */
export class Transcript {
  readonly records: StepRecord[] = [];
  #packets = 0;

  constructor(
    private readonly write: (s: string) => void,
    private readonly style: Style,
    private readonly verbose: boolean,
  ) {}

  line(s = ''): void {
    this.write(`${s}\n`);
  }

  heading(processor: Processor, target: string): void {
    const s = this.style;
    this.line();
    this.line(s.bold(s.cyan(`== ${PROCESSOR_TITLES[processor]}`)));
    this.line(s.dim(`   ${target}`));
  }

  note(text: string): void {
    this.line(this.style.dim(`   ${text}`));
  }

  /** One packet out (`→`) or in (`←`), traced by its codec. */
  packet(direction: 'out' | 'in', kind: KindName, bytes: Uint8Array, label?: string): void {
    this.#packets++;
    const d: Described = describe(kind, bytes);
    const s = this.style;
    const arrow = direction === 'out' ? s.magenta('→') : s.green('←');
    const head = `${kind}${label ? ` ${label}` : ''} ${d.length} B`;
    if (d.error) {
      this.line(`     ${arrow} ${s.dim(head)}  ${s.yellow(d.error)}`);
      return;
    }
    this.line(`     ${arrow} ${s.dim(head)}  ${d.summary}`);
    if (this.verbose) this.line(s.dim(indent(d.trace, 7)));
  }

  /** A packet the demo describes itself (an HTTP GET, a control byte). */
  raw(direction: 'out' | 'in', text: string): void {
    this.#packets++;
    const s = this.style;
    const arrow = direction === 'out' ? s.magenta('→') : s.green('←');
    this.line(`     ${arrow} ${s.dim(maskPansInText(text))}`);
  }

  async run(processor: Processor, steps: readonly Step[]): Promise<void> {
    const s = this.style;
    let index = 0;
    for (const step of steps) {
      index++;
      this.line();
      this.line(`  ${s.bold(`${index}. ${step.name}`)}  ${s.dim(`expect ${step.expect}`)}`);
      const before = this.#packets;
      const started = performance.now();
      let outcome: string;
      let detail = '';
      try {
        const r = await step.run();
        outcome = r.outcome;
        detail = r.detail ?? '';
      } catch (e) {
        outcome = 'error';
        detail = errorText(e);
      }
      const ok = outcome === step.expect;
      const ms = Math.round(performance.now() - started);
      const mark = ok ? s.green('✓') : s.red('✗');
      const text = ok ? s.green(outcome) : s.red(`${outcome} (expected ${step.expect})`);
      this.line(`     ${mark} ${text}${detail ? `  ${s.dim(maskPansInText(detail))}` : ''}`);
      this.records.push({
        processor,
        index,
        name: step.name,
        expect: step.expect,
        outcome,
        detail: maskPansInText(detail),
        ok,
        packets: this.#packets - before,
        ms,
      });
    }
  }

  /** The closing table; returns true when every step behaved as expected. */
  summary(elapsedMs: number): boolean {
    const s = this.style;
    const rows = this.records.map((r) => [
      r.processor,
      `${r.index}. ${r.name}`,
      r.expect,
      r.ok ? s.green(r.outcome) : s.red(r.outcome),
      r.ok ? s.green('ok') : s.red('FAIL'),
    ]);
    const head = ['processor', 'step', 'expected', 'outcome', 'result'];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => stripLength(r[i]!))));
    this.line();
    this.line(s.bold('Summary'));
    this.line(head.map((h, i) => pad(h, widths[i]!)).join('  '));
    this.line(widths.map((w) => '-'.repeat(w)).join('  '));
    for (const r of rows) this.line(r.map((c, i) => pad(c, widths[i]!)).join('  '));
    const failed = this.records.filter((r) => !r.ok);
    const total = this.records.length;
    this.line();
    const verdict =
      failed.length === 0
        ? s.green(`${total} of ${total} steps behaved as expected`)
        : s.red(`${failed.length} of ${total} steps did not behave as expected`);
    this.line(`${s.bold(verdict)} ${s.dim(`(${(elapsedMs / 1000).toFixed(1)} s)`)}`);
    return failed.length === 0 && total > 0;
  }
}

function stripLength(s: string): number {
  return s.replace(/\x1b\[[0-9;]*m/g, '').length;
}

/** An error as one masked line: code, name and message (the packages' errors mask card data). */
export function errorText(e: unknown): string {
  if (e !== null && typeof e === 'object') {
    const o = e as { code?: unknown; name?: unknown; message?: unknown; outcome?: unknown };
    const parts = [
      o.code === undefined ? '' : String(o.code),
      typeof o.name === 'string' ? o.name : '',
      typeof o.message === 'string' ? o.message : String(e),
      typeof o.outcome === 'string' ? `(outcome ${o.outcome})` : '',
    ].filter((p) => p !== '');
    return maskPansInText(parts.join(' '));
  }
  return maskPansInText(String(e));
}

/** Minor units as 12.34. */
export function money(minor: number | undefined): string {
  if (minor === undefined || !Number.isFinite(minor)) return '?';
  const sign = minor < 0 ? '-' : '';
  const v = Math.abs(minor);
  return `${sign}${Math.floor(v / 100)}.${String(v % 100).padStart(2, '0')}`;
}
