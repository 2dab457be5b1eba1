// The demo as a user runs it: a process, its exit code, its transcript and summary, and no card
// data in clear anywhere in what it prints.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PAYMENTECH_TEST_CREDENTIALS } from '@paywire/simulator';
import { describe, expect, it } from 'vitest';
import { findLeaks, registerSecret } from '../../../tools/test-guard/src/index.js';
import { SIM_TSYS_CARDS } from '../src/run.js';

const main = fileURLToPath(new URL('../dist/main.js', import.meta.url));

// Tracks, their discretionary data, and the Paymentech test password are secrets too.
for (const track of [SIM_TSYS_CARDS.retailTrack, SIM_TSYS_CARDS.healthcareTrack]) {
  registerSecret(track, track.split('=')[1]!);
}
registerSecret(PAYMENTECH_TEST_CREDENTIALS.password);

function demo(args: string[], env: Record<string, string> = {}) {
  const started = Date.now();
  const r = spawnSync(process.execPath, [main, ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, NO_COLOR: '', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - started };
}

/** Rows of the summary table: processor, step, expected, outcome, result. */
function summaryRows(stdout: string) {
  const at = stdout.lastIndexOf('\nSummary\n');
  expect(at).toBeGreaterThan(0);
  return stdout
    .slice(at)
    .split('\n')
    .filter((l) => /^(tsys|paymentech|fdms-gift|trustcommerce)\s/.test(l))
    .map((l) => l.split(/\s{2,}/).map((c) => c.trim()));
}

function noCardData(out: string) {
  expect(findLeaks(out)).toEqual([]);
  // CVVs are too short for the guard's scan: check the fields that carry them instead.
  for (const cvv of [SIM_TSYS_CARDS.keyed.cvv, '123']) {
    expect(out).not.toMatch(new RegExp(`cvv[=:]\\s*${cvv}\\b`, 'i'));
  }
  // the TrustCommerce login goes out with every request: always as asterisks
  expect(out).not.toMatch(/password=(?!\*+(\s|$))/m);
}

const EXPECTED: Record<string, string[]> = {
  tsys: [
    'approved',
    'partial 10',
    'card ok 85',
    'reversed',
    'queued CR',
    'queued 54',
    'adjusted 30.00',
    'accepted',
  ],
  paymentech: ['approved'],
  'fdms-gift': ['discovered', 'registered', 'ranked', 'approved', 'partial 5.00', 'reversed'],
  trustcommerce: ['approved', 'accepted', 'decline', 'baddata'],
};

describe('paywire demo (as a process)', () => {
  it('runs the whole business day green, under 20 s, with no card data in clear', () => {
    const r = demo([]);
    expect(r.code, r.stderr + r.stdout.slice(-3000)).toBe(0);
    expect(r.ms).toBeLessThan(20_000);
    const rows = summaryRows(r.stdout);
    expect(rows.length).toBe(33);
    for (const row of rows) {
      expect(row[2], row.join(' | ')).toBe(row[3]);
      expect(row[4]).toBe('ok');
    }
    for (const [processor, outcomes] of Object.entries(EXPECTED)) {
      const mine = rows.filter((x) => x[0] === processor).map((x) => x[3]);
      for (const o of outcomes) expect(mine, processor).toContain(o);
    }
    expect(r.stdout).toMatch(/33 of 33 steps behaved as expected/);
    // the transcript shows masked packets traced by the codecs
    expect(r.stdout).toMatch(/→ tsys-auth-request \d+ B .*track=401288\*{6}1881=\*+/);
    expect(r.stdout).toMatch(/← tsys-settlement-response \d+ B .*ACCEPTED/);
    expect(r.stdout).toMatch(/→ paymentech-request \d+ B .*accountNumber=411111\*{6}1111/);
    expect(r.stdout).toMatch(/SVdot requestCode=0704 \(Timeout Reversal\)/);
    expect(r.stdout).toMatch(/→ trustcommerce-request \d+ B .*password=\*{8} .*cc=411111\*{6}1111/);
    // not a TTY: no colour escapes
    expect(r.stdout).not.toContain('\x1b[');
    noCardData(r.stdout + r.stderr);
  });

  it.each(Object.keys(EXPECTED))('--only %s runs that processor alone, green', (processor) => {
    const r = demo(['--only', processor]);
    expect(r.code, r.stderr + r.stdout.slice(-3000)).toBe(0);
    const rows = summaryRows(r.stdout);
    expect(rows.length).toBeGreaterThan(4);
    expect(new Set(rows.map((x) => x[0]))).toEqual(new Set([processor]));
    for (const o of EXPECTED[processor]!) expect(rows.map((x) => x[3])).toContain(o);
    noCardData(r.stdout + r.stderr);
  });

  it('--verbose prints the full annotated traces, still masked', () => {
    const r = demo(['--only', 'tsys', '--verbose']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/off\s+len\s+field/);
    expect(r.stdout).toContain('cardholderAccountNumber');
    noCardData(r.stdout + r.stderr);
  });

  it('refuses an unknown processor and a bad config file with exit 2, echoing no secret', () => {
    const bad = demo(['--only', 'visa']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--only visa: not one of tsys, paymentech, fdms-gift, trustcommerce/);

    const dir = mkdtempSync(join(tmpdir(), 'paywire-demo-'));
    const file = join(dir, 'config.json');
    writeFileSync(
      file,
      JSON.stringify({
        paymentech: {
          urls: ['http://example.invalid/NetConnect'],
          credentials: {
            merchant: '700000000001',
            terminal: '001',
            user: 'U',
            password: 'paywire-test-password',
          },
        },
      }),
    );
    const r = demo(['--config', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/paymentech\.urls\.0: must be an https:\/\/ URL/);
    noCardData(r.stdout + r.stderr);

    writeFileSync(file, '{"trustcommerce": {"custid": "1", "password": "paywire-test-password",');
    const broken = demo(['--config', file]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/is not valid JSON/);
    expect(findLeaks(broken.stderr)).toEqual([]);
  });

  it('colours only when asked by a TTY and NO_COLOR is unset', async () => {
    const { colourWanted } = await import('../src/style.js');
    expect(colourWanted({ isTTY: true }, {})).toBe(true);
    expect(colourWanted({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(colourWanted({ isTTY: false }, {})).toBe(false);
    expect(colourWanted({}, {})).toBe(false);
  });
});
