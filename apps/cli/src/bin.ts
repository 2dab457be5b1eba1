#!/usr/bin/env node
import { run } from './cli.js';

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`paywire: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
