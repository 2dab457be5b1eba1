import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { registry } from '../src/registry.js';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));

function paywire(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    input: input ?? '',
    encoding: 'utf8',
    timeout: 15000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('paywire CLI (as a process)', () => {
  it('lrc of a framed packet covers the bytes after STX through ETX', () => {
    expect(paywire(['lrc', '0244342e3939393939350351'])).toMatchObject({ code: 0, stdout: '51\n' });
    expect(paywire(['lrc', '--in', 'escaped', 'D4.999995<ETX>']).stdout).toBe('51\n');
    expect(JSON.parse(paywire(['--json', 'lrc', '0244342e39393939393503']).stdout)).toEqual({
      lrc: 0x51,
      hex: '51',
      escaped: 'Q',
    });
  });

  it('frame and unframe', () => {
    expect(paywire(['frame', '--in', 'escaped', 'D4.999995']).stdout).toBe('0244342E3939393939350351\n');
    expect(paywire(['frame', '--in', 'escaped', '--parity', 'D4.999995']).stdout).toBe(
      '8244B42E39393939393503D1\n',
    );
    expect(paywire(['frame', '--in', 'escaped', '--etb', '--out', 'escaped', 'K1.ZH']).stdout).toMatch(
      /^<STX>K1\.ZH<ETB>/,
    );
    expect(paywire(['unframe', '--out', 'escaped', '0244342e3939393939350351']).stdout).toBe('D4.999995\n');
    expect(paywire(['unframe', '--parity', '--out', 'escaped', '8244B42E39393939393503D1']).stdout).toBe(
      'D4.999995\n',
    );
    // reads stdin when no data is given
    expect(paywire(['unframe', '--out', 'escaped'], '0244342e3939393939350351\n').stdout).toBe('D4.999995\n');
  });

  it('unframes a batch sequence record by record', () => {
    const seq = paywire(['frame', '--in', 'escaped', '--etb', 'K1.ZH']).stdout.trim();
    const last = paywire(['frame', '--in', 'escaped', 'K1.ZT']).stdout.trim();
    const r = paywire(['--json', 'unframe', seq + last]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).records.map((x: { length: number }) => x.length)).toEqual([5, 5]);
  });

  it('bad input exits 2 with a JSON error under --json and no stack trace', () => {
    const r = paywire(['--json', 'unframe', '0244342e3939393939350352']);
    expect(r.code).toBe(2);
    const err = JSON.parse(r.stderr).error;
    expect(err).toMatchObject({ code: 518, name: 'LRC_CHECK_FAILED', offset: 11 });
    expect(r.stderr).not.toMatch(/\n\s+at /);

    const plain = paywire(['unframe', 'zz']);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toMatch(/^paywire: .*not valid hex/);
    expect(plain.stderr).not.toMatch(/\n\s+at /);

    const kind = paywire(['--json', 'decode', 'no-such-kind', '00']);
    expect(kind.code).toBe(2);
    expect(JSON.parse(kind.stderr).error).toMatchObject({ code: 703, name: 'UNKNOWN_KIND', field: 'kind' });

    expect(paywire(['frame', '--in', 'nope', '41']).code).toBe(2);
    expect(paywire(['no-such-command']).code).toBe(2);
  });

  it('never prints an unmasked PAN in an error', () => {
    const r = paywire(['--json', 'encode', 'no-such-kind'], '{"pan":"4111111111111111"}');
    expect(r.stdout + r.stderr).not.toContain('4111111111111111');
  });

  it('kinds lists every registered kind', () => {
    const r = paywire(['--json', 'kinds']);
    expect(r.code).toBe(0);
    const names = JSON.parse(r.stdout).map((k: { name: string }) => k.name);
    expect(names).toEqual(registry.map((k) => k.name));
  });

  it('demo-sample frames and checks the captured TSYS response', () => {
    const r = paywire(['demo-sample']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('LRC     : 0x35');
    expect(r.stdout).toContain('LRC verified');
  });
});

describe('decode → encode through the CLI is byte-identical for every registered example', () => {
  const examples = registry.flatMap((k) => (k.examples ?? []).map((e) => [k, e] as const));
  it.each(examples.map(([k, e]) => [`${k.name}: ${e.name}`, k, e] as const))(
    '%s',
    (_label, kind, example) => {
      const hex = Buffer.from(example.bytes).toString('hex');
      const decoded = paywire(['--json', 'decode', kind.name, '--reveal', hex]);
      expect(decoded.code, decoded.stderr).toBe(0);
      const encoded = paywire(['encode', kind.name], decoded.stdout);
      expect(encoded.code, encoded.stderr).toBe(0);
      expect(encoded.stdout.trim().toLowerCase()).toBe(hex);
      // without --reveal, decoded JSON is masked
      const masked = paywire(['--json', 'decode', kind.name, hex]);
      expect(masked.code).toBe(0);
      expect(JSON.stringify(JSON.parse(masked.stdout))).toEqual(
        JSON.stringify(kind.redact(kind.decode(example.bytes))),
      );
    },
  );
});
