/**
 * The `paywire` command line. `run` takes argv and streams so tests can drive it in-process too;
 * `bin.ts` wires it to the real process.
 */

import { readFileSync } from 'node:fs';
import {
  ErrorCode,
  formatTrace,
  frame,
  isPaywireError,
  lrc,
  type MessageKind,
  maskPansInText,
  PaywireError,
  toEscaped,
  toHex,
  unframe,
  unframeSequence,
} from '@paywire/core';
import { Command, CommanderError, Option } from 'commander';
import { formatNotation, NOTATIONS, type Notation, parseNotation, readData, readStdin } from './io.js';
import {
  answerText,
  PORT_NAMES,
  type SendOptions,
  SIM_HOSTS,
  type SimulateOptions,
  send,
  simulate,
} from './network.js';
import { findKind, registry } from './registry.js';

export interface CliIO {
  stdout: (chunk: string | Uint8Array) => void;
  stderr: (chunk: string) => void;
}

const processIO: CliIO = {
  stdout: (c) => process.stdout.write(c),
  stderr: (c) => process.stderr.write(c),
};

/** Exit codes: 0 ok, 2 bad input (a paywire error), 1 anything unexpected. */
export const EXIT_BAD_INPUT = 2;

function requireKind(name: string): MessageKind<unknown> {
  const kind = findKind(name);
  if (!kind) {
    throw new PaywireError(ErrorCode.UNKNOWN_KIND, `unknown kind '${name}' (run 'paywire kinds')`, {
      field: 'kind',
      expected: registry.map((k) => k.name).join('|') || 'none registered yet',
    });
  }
  return kind;
}

/** Bigint-free JSON with stable two-space indentation. */
function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function writeOut(io: CliIO, out: string | Uint8Array): void {
  if (typeof out === 'string') io.stdout(`${out}\n`);
  else io.stdout(out);
}

/** Picks the kind whose detector scores the input highest. */
export function guessKind(bytes: Uint8Array): MessageKind<unknown> | undefined {
  let best: MessageKind<unknown> | undefined;
  let score = 0;
  for (const k of registry) {
    let s = 0;
    try {
      s = k.detect?.(bytes) ?? 0;
    } catch {
      s = 0;
    }
    if (s > score) {
      score = s;
      best = k;
    }
  }
  return best;
}

export function buildProgram(io: CliIO): Command {
  const program = new Command('paywire')
    .description(
      'Decode, encode and inspect payment wire-format packets (TSYS, Paymentech, Datawire/FDMS, TrustCommerce)',
    )
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .exitOverride()
    .option('--json', 'machine-readable output (errors as JSON on stderr)');

  const inOption = () =>
    new Option('--in <notation>', 'input notation')
      .choices(NOTATIONS as Notation[])
      .default('hex' as Notation);
  const outOption = () =>
    new Option('--out <notation>', 'output notation')
      .choices(NOTATIONS as Notation[])
      .default('hex' as Notation);

  program
    .command('kinds')
    .description('list the registered message kinds')
    .action(() => {
      if (program.opts().json) {
        io.stdout(
          json(registry.map((k) => ({ name: k.name, package: k.package, description: k.description }))),
        );
        return;
      }
      if (registry.length === 0) io.stdout('no message kinds registered\n');
      for (const k of registry) io.stdout(`${k.name.padEnd(28)} ${k.package.padEnd(22)} ${k.description}\n`);
    });

  program
    .command('decode')
    .description('decode one message of the given kind')
    .argument('<kind>', 'message kind (see `paywire kinds`)')
    .argument('[data]', 'packet data; `-` or absent reads stdin')
    .addOption(inOption())
    .option('--reveal', 'print card data unmasked in --json output (needed to re-encode the identical bytes)')
    .action(async (kindName: string, data: string | undefined, opts: { in: Notation; reveal?: boolean }) => {
      const kind = requireKind(kindName);
      const bytes = await readData(data, opts.in);
      if (program.opts().json) {
        const value = kind.decode(bytes);
        io.stdout(json(opts.reveal ? value : kind.redact(value)));
      } else {
        io.stdout(`${kind.name}\n${formatTrace(kind.trace(bytes).entries)}\n`);
      }
    });

  program
    .command('encode')
    .description('read the JSON that `decode --json --reveal` prints from stdin and write the encoded bytes')
    .argument('<kind>', 'message kind')
    .addOption(outOption())
    .action(async (kindName: string, opts: { out: Notation }) => {
      const kind = requireKind(kindName);
      const text = new TextDecoder().decode(await readStdin());
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (e) {
        throw new PaywireError(ErrorCode.INVALID_FORMAT, `stdin is not JSON: ${(e as Error).message}`, {
          field: 'input',
        });
      }
      writeOut(io, formatNotation(kind.encode(value), opts.out));
    });

  program
    .command('inspect')
    .description('guess the kind of a packet and print its annotated field table')
    .argument('[data]', 'packet data; `-` or absent reads stdin')
    .addOption(inOption())
    .action(async (data: string | undefined, opts: { in: Notation }) => {
      const bytes = await readData(data, opts.in);
      const kind = guessKind(bytes);
      if (!kind) {
        throw new PaywireError(
          ErrorCode.UNKNOWN_KIND,
          'could not recognise the packet as any registered kind',
          {
            field: 'input',
          },
        );
      }
      const { value, entries } = kind.trace(bytes);
      if (program.opts().json)
        io.stdout(json({ kind: kind.name, value: kind.redact(value), fields: entries }));
      else io.stdout(`${kind.name}\n${formatTrace(entries)}\n`);
    });

  program
    .command('lrc')
    .description(
      'LRC (XOR) of the data; for a framed packet (starts with STX), of the bytes after STX through ETX/ETB',
    )
    .argument('[data]', 'data; `-` or absent reads stdin')
    .addOption(inOption())
    .action(async (data: string | undefined, opts: { in: Notation }) => {
      const bytes = await readData(data, opts.in);
      let start = 0;
      let end = bytes.length;
      if (bytes[0] === 0x02) {
        start = 1;
        const etx = bytes.findIndex((b, i) => i > 0 && (b === 0x03 || b === 0x17));
        if (etx > 0) end = etx + 1;
      }
      const value = lrc(bytes, start, end);
      const hex = value.toString(16).toUpperCase().padStart(2, '0');
      if (program.opts().json) io.stdout(json({ lrc: value, hex, escaped: toEscaped(Uint8Array.of(value)) }));
      else io.stdout(`${hex}\n`);
    });

  program
    .command('frame')
    .description('wrap a record as STX record ETX|ETB LRC')
    .argument('[data]', 'record bytes; `-` or absent reads stdin')
    .addOption(inOption())
    .addOption(outOption())
    .option('--etb', 'end with ETB (more records follow)')
    .option('--parity', 'apply even parity')
    .action(
      async (
        data: string | undefined,
        opts: { in: Notation; out: Notation; etb?: boolean; parity?: boolean },
      ) => {
        const bytes = await readData(data, opts.in);
        const framed = frame(bytes, { end: opts.etb ? 0x17 : 0x03, parity: opts.parity === true });
        writeOut(io, formatNotation(framed, opts.out));
      },
    );

  program
    .command('unframe')
    .description('check STX, ETX/ETB and the LRC of framed records and print what they carry')
    .argument('[data]', 'framed bytes; `-` or absent reads stdin')
    .addOption(inOption())
    .addOption(outOption())
    .option('--parity', 'input has even parity: check and strip it')
    .action(async (data: string | undefined, opts: { in: Notation; out: Notation; parity?: boolean }) => {
      const bytes = await readData(data, opts.in);
      const first = unframe(bytes, { parity: opts.parity === true });
      const records =
        first.end === 0x03 && first.next === bytes.length
          ? [first.payload]
          : unframeSequence(bytes, { parity: opts.parity === true });
      if (program.opts().json) {
        io.stdout(json({ records: records.map((r) => ({ hex: toHex(r), length: r.length })) }));
      } else for (const r of records) writeOut(io, formatNotation(r, opts.out));
    });

  program
    .command('simulate')
    .description(
      'run the loopback simulators (TSYS, Paymentech, Datawire/FDMS gift, TrustCommerce) in the foreground until SIGINT/SIGTERM',
    )
    .option('--hosts <names...>', `hosts to start (default all): ${SIM_HOSTS.join(', ')}`)
    .option('--port <name=port...>', `fixed ports instead of ephemeral ones; names: ${PORT_NAMES.join(', ')}`)
    .option('--ca-out <file>', 'where to write the test CA certificate (default: a file in the temp folder)')
    .option('--print-ca', 'also print the CA certificate (PEM)')
    .option('--quiet', 'do not log the (masked) exchanges')
    .action(async (opts: SimulateOptions) => {
      await simulate({ ...opts, json: program.opts().json === true }, (s) => io.stdout(s));
    });

  program
    .command('send')
    .description(
      'read the JSON that `decode --json --reveal` prints from stdin, send it to a host (or a running simulator) and print the decoded answer',
    )
    .argument(
      '<kind>',
      'request kind: tsys-auth-request, tsys-settlement-request, paymentech-request, datawire-request, trustcommerce-request',
    )
    .option('--host <host>', 'socket host (TSYS authorization, TCLink)')
    .option('--port <port>', 'socket port')
    .option('--url <url>', 'HTTPS endpoint (TSYS gateway, NetConnect, Datawire, TrustCommerce /trans/)')
    .option('--ca <file>', 'trusted CA certificate (PEM); default: the system roots')
    .option('--servername <name>', 'name checked against the certificate (default: the host)')
    .option('--header <name:value...>', 'extra HTTP headers (e.g. the NetConnect Auth-* headers)')
    .option('--no-parity', 'TSYS: send and read 8-bit clean instead of even parity')
    .option('--timeout <ms>', 'response timeout in milliseconds (default 30000)')
    .option('--reveal', 'print card data unmasked in --json output')
    .action(async (kindName: string, opts: SendOptions & { reveal?: boolean }) => {
      const text = new TextDecoder().decode(await readStdin());
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        throw new PaywireError(
          ErrorCode.INVALID_FORMAT,
          'stdin is not JSON (give what `decode --json --reveal` prints)',
          {
            field: 'input',
          },
        );
      }
      let ca: string | undefined;
      if (opts.ca !== undefined) {
        try {
          ca = readFileSync(opts.ca, 'utf8');
        } catch {
          throw new PaywireError(ErrorCode.INVALID_ARGUMENT, `cannot read the CA file ${opts.ca}`, {
            field: 'ca',
          });
        }
      }
      const answer = await send(kindName, value, opts, ca);
      if (program.opts().json) {
        const decoded = answer.bytes.length === 0 ? null : answer.kind.decode(answer.bytes);
        io.stdout(
          json({
            kind: answer.kind.name,
            peer: answer.peer,
            ...(answer.status === undefined ? {} : { status: answer.status }),
            response: decoded === null ? null : opts.reveal ? decoded : answer.kind.redact(decoded),
          }),
        );
      } else io.stdout(answerText(answer));
    });

  program
    .command('demo-sample')
    .description('frame, check and (when the TSYS codec is registered) decode a sample TSYS response packet')
    .action(() => {
      const record = parseNotation(
        new TextEncoder().encode(
          'E4.E001199115001400TAS682082014131243APPROVAL TAS682 0423217502302 000000008705348<FS>S40U<FS>020',
        ),
        'escaped',
      );
      const framed = frame(record);
      io.stdout(`sample TSYS authorization response record (captured from the public test host):\n`);
      io.stdout(`  escaped : ${toEscaped(framed)}\n  hex     : ${toHex(framed)}\n`);
      io.stdout(
        `  LRC     : 0x${framed[framed.length - 1]!.toString(16).padStart(2, '0')} (XOR of the bytes after STX through ETX)\n`,
      );
      const back = unframe(framed);
      io.stdout(`  unframe : ${back.payload.length} bytes, LRC verified\n`);
      const kind = findKind('tsys-auth-response');
      if (kind) io.stdout(`${formatTrace(kind.trace(framed).entries)}\n`);
    });

  return program;
}

/** Runs the CLI; resolves to the exit code. */
export async function run(argv: readonly string[], io: CliIO = processIO): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv as string[], { from: 'user' });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.exitCode === 0)
        return 0;
      return EXIT_BAD_INPUT;
    }
    const asJson = argv.includes('--json');
    if (isPaywireError(e)) {
      if (asJson) io.stderr(`${JSON.stringify({ error: e.toJSON() })}\n`);
      else
        io.stderr(
          `paywire: ${maskPansInText(e.message)} [${e.code} ${e.name}${e.offset === undefined ? '' : ` at offset ${e.offset}`}]\n`,
        );
      return EXIT_BAD_INPUT;
    }
    const message = maskPansInText(e instanceof Error ? e.message : String(e));
    if (asJson) io.stderr(`${JSON.stringify({ error: { code: 0, name: 'INTERNAL', message } })}\n`);
    else io.stderr(`paywire: internal error: ${message}\n`);
    return 1;
  }
}
