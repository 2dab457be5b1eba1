import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { toHex } from '@paywire/core';
import { assertNoLeaks } from '@paywire/test-guard';
import { describe, expect, it } from 'vitest';
import { examples } from '../src/kinds.js';

// Every codec package's built CommonJS output, run in a fresh V8 context that has only the
// ECMAScript globals: no Buffer, process, require, TextEncoder, setTimeout, URL. The only
// `require` there is a shim that resolves @paywire/* to the CJS builds evaluated in that same
// context, so a codec that reached for anything Node (or anything outside the workspace) fails.

const PACKAGES = ['core', 'tsys', 'paymentech', 'datawire', 'fdms-gift', 'trustcommerce'] as const;

function distOf(pkg: string): string {
  return fileURLToPath(new URL(`../../../packages/${pkg}/dist/index.cjs`, import.meta.url));
}

interface ExampleRun {
  pkg: string;
  kind: string;
  example: string;
  hex: string;
  reencoded: string;
  roundTrip: boolean;
  traceEntries: number;
  detect: number;
  redactedJson: string;
}

interface BareRun {
  globals: string;
  kinds: Record<string, string[]>;
  examples: ExampleRun[];
  error: { paywire: boolean; code: number; name: string } | null;
  unresolved: string;
}

function runInBareContext(): BareRun {
  const missing = PACKAGES.filter((p) => !existsSync(distOf(p)));
  if (missing.length > 0)
    throw new Error(`build first: no dist/index.cjs for ${missing.join(', ')} (pnpm turbo run build)`);
  const context = vm.createContext({});
  // The module table and the require shim live inside the bare context itself.
  vm.runInContext(
    `var __modules = Object.create(null);
     var __cache = Object.create(null);
     var __require = function (name) {
       if (!(name in __modules)) throw new Error('bare context: cannot require ' + name);
       if (!(name in __cache)) {
         var module = { exports: {} };
         __cache[name] = module;
         __modules[name].call(module.exports, module, module.exports, __require);
       }
       return __cache[name].exports;
     };`,
    context,
    { filename: 'bare-loader.js' },
  );
  for (const pkg of PACKAGES) {
    const code = readFileSync(distOf(pkg), 'utf8');
    // Compiled inside the context: the module function's realm is the bare one.
    context.__modules[`@paywire/${pkg}`] = vm.runInContext(
      `(function (module, exports, require) {${code}\n})`,
      context,
      { filename: `@paywire/${pkg}/dist/index.cjs` },
    );
  }
  const json = vm.runInContext(
    `(function () {
      var pkgs = ${JSON.stringify(PACKAGES)};
      var core = __require('@paywire/core');
      var out = { kinds: {}, examples: [], error: null };
      for (var i = 0; i < pkgs.length; i++) {
        var pkg = pkgs[i];
        var mod = __require('@paywire/' + pkg);
        if (pkg === 'core') continue;
        out.kinds[pkg] = mod.kinds.map(function (k) { return k.name; });
        mod.kinds.forEach(function (kind) {
          (kind.examples || []).forEach(function (ex) {
            var value = kind.decode(ex.bytes);
            var again = kind.encode(value);
            var same = again.length === ex.bytes.length && again.every(function (b, j) { return b === ex.bytes[j]; });
            out.examples.push({
              pkg: pkg,
              kind: kind.name,
              example: ex.name,
              hex: core.toHex(ex.bytes),
              reencoded: core.toHex(again),
              roundTrip: same,
              traceEntries: kind.trace(ex.bytes).entries.length,
              detect: kind.detect ? kind.detect(ex.bytes) : 0,
              redactedJson: JSON.stringify(kind.redact(value)),
            });
          });
        });
      }
      try {
        __require('@paywire/tsys').kinds[0].decode(core.fromEscaped('<STX>D4.99<ETX><NUL>'));
      } catch (e) {
        out.error = { paywire: core.isPaywireError(e), code: e.code, name: e.name };
      }
      try { __require('node:fs'); out.unresolved = 'resolved'; } catch (e) { out.unresolved = e.message; }
      out.globals = [typeof Buffer, typeof process, typeof require, typeof module, typeof TextEncoder,
        typeof TextDecoder, typeof setTimeout, typeof URL, typeof atob, typeof crypto].join(',');
      return JSON.stringify(out);
    })()`,
    context,
    { filename: 'bare-run.js' },
  ) as string;
  return JSON.parse(json) as BareRun;
}

describe('codec builds in a bare JS context (no Node globals)', () => {
  const run = runInBareContext();

  it('has no Node or web globals, even after loading every package', () => {
    expect(run.globals).toBe(
      'undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined',
    );
    expect(run.unresolved).toBe('bare context: cannot require node:fs');
  });

  it('exports the same kinds there as the ESM builds the page imports', () => {
    const byPkg: Record<string, string[]> = {};
    for (const ex of examples) {
      const pkg = ex.kind.package.replace('@paywire/', '');
      byPkg[pkg] ??= [];
      if (!byPkg[pkg].includes(ex.kind.name)) byPkg[pkg].push(ex.kind.name);
    }
    expect(run.kinds).toEqual(byPkg);
    for (const pkg of PACKAGES.slice(1)) expect(run.kinds[pkg]?.length).toBeGreaterThanOrEqual(2);
  });

  it('decodes and re-encodes every example to the identical bytes', () => {
    expect(run.examples.length).toBe(examples.length);
    for (const r of run.examples) {
      expect(r.reencoded, `${r.kind}: ${r.example}`).toBe(r.hex);
      expect(r.roundTrip, `${r.kind}: ${r.example}`).toBe(true);
      expect(r.traceEntries, `${r.kind}: ${r.example}`).toBeGreaterThan(0);
      expect(r.detect, `${r.kind}: ${r.example}`).toBeGreaterThan(0);
    }
  });

  it('builds the same example bytes as the ESM builds', () => {
    expect(run.examples.map((r) => `${r.kind}|${r.example}|${r.hex}`)).toEqual(
      examples.map((e) => `${e.kind.name}|${e.name}|${toHex(e.bytes)}`),
    );
  });

  it('masks card data in redacted values there too', () => {
    const tsys = run.examples.find((r) => r.example.startsWith('keyed credit'));
    expect(tsys?.redactedJson).toContain('421987******3505');
    expect(tsys?.redactedJson).not.toContain('4219876128293505');
    for (const r of run.examples) assertNoLeaks(r.redactedJson, `redacted ${r.kind}: ${r.example}`);
  });

  it("throws the package's own error for bad bytes", () => {
    expect(run.error).toMatchObject({ paywire: true });
    expect(run.error?.code).toBeGreaterThanOrEqual(501);
  });
});
