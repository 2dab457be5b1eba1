#!/usr/bin/env node
// The paywire demo: a business day through every processor client, against the loopback
// simulators (default) or the certification hosts of a --config file.

import { parseArgs } from 'node:util';
import { run } from './run.js';
import { errorText } from './runner.js';

const USAGE = `usage: paywire-demo [--only <processor>] [--verbose] [--config <file>]

  --only <processor>  tsys | paymentech | fdms-gift | trustcommerce (repeatable)
  --verbose           print the full annotated trace of every packet
  --config <file>     JSON with certification hosts and credentials instead of the simulators
                      (see apps/demo/README.md)
  --help              this text

Exit code 0 only when every step behaved as expected.`;

async function main(): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse();
  } catch (e) {
    process.stderr.write(`paywire-demo: ${errorText(e)}\n${USAGE}\n`);
    return 2;
  }
  if (args.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  return run({
    only: args.values.only ?? [],
    verbose: args.values.verbose ?? false,
    ...(args.values.config === undefined ? {} : { config: args.values.config }),
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
  });
}

function parse() {
  return parseArgs({
    options: {
      only: { type: 'string', multiple: true },
      verbose: { type: 'boolean', short: 'v' },
      config: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: false,
    strict: true,
  });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`paywire-demo: ${errorText(e)}\n`);
    process.exitCode = 1;
  },
);
