import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';

// Runs the built CommonJS output in a fresh V8 context that has only ECMAScript globals:
// no Buffer, process, require, TextEncoder, setTimeout. If core touched any of them at load
// time or in these calls, this test fails.
const dist = fileURLToPath(new URL('../dist/index.cjs', import.meta.url));

describe('core runs without Node globals', () => {
  it('loads and works in a bare context', () => {
    const code = readFileSync(dist, 'utf8');
    const context = vm.createContext({});
    const globals = vm.runInContext(
      `[typeof Buffer, typeof process, typeof require, typeof TextEncoder, typeof setTimeout].join(',')`,
      context,
    );
    expect(globals).toBe('undefined,undefined,undefined,undefined,undefined');
    const load = vm.runInContext(`(function (module, exports) { ${code}\n})`, context) as (
      m: { exports: Record<string, unknown> },
      e: Record<string, unknown>,
    ) => void;
    const mod = { exports: {} as Record<string, unknown> };
    load(mod, mod.exports);
    vm.runInContext('1', context);
    context.core = mod.exports;
    const out = vm.runInContext(
      `(() => {
        const c = core;
        const framed = c.frame(c.fromEscaped('D4.999995'), { parity: true });
        const back = c.unframe(framed, { parity: true });
        const rec = c.compileRecord('r', [
          { name: 'a', length: 4, format: 'numeric', type: 'integer' },
          { name: 'pan', terminator: c.FS, max: 19, format: 'numeric', sensitive: 'pan' },
        ]);
        const bytes = rec.encode({ a: 12, pan: '4111111111111111' });
        let err;
        try { rec.decode(c.fromEscaped('12x4')); } catch (e) { err = e; }
        return {
          hex: c.toHex(framed),
          back: c.toEscaped(back.payload),
          rec: c.toEscaped(bytes),
          trace: c.formatTrace(rec.trace(bytes).entries).includes('411111******1111'),
          luhn: c.luhnCheck('4111111111111111'),
          b64: c.toBase64(bytes),
          isErr: c.isPaywireError(err),
          code: err && err.code,
        };
      })()`,
      context,
    );
    expect(out).toEqual({
      hex: '82 44 B4 2E 39 39 39 39 39 35 03 D1'.replace(/ /g, ''),
      back: 'D4.999995',
      rec: '00124111111111111111<FS>',
      trace: true,
      luhn: true,
      b64: Buffer.from('00124111111111111111\x1c').toString('base64'),
      isErr: true,
      code: 502,
    });
  });
});
