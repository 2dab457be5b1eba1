import { defineConfig } from 'tsup';

export default defineConfig({
  // `node` is the Node-only crypto entry (@paywire/fdms-gift/node); `index` stays pure.
  entry: { index: 'src/index.ts', node: 'src/node/index.ts' },
  format: ['esm', 'cjs'],
  // Declarations of the node entry need Node's types; tsconfig.json keeps "types": [] for the pure part.
  dts: { compilerOptions: { types: ['node'] } },
  sourcemap: true,
  clean: true,
  target: 'es2022',
  treeshake: true,
});
