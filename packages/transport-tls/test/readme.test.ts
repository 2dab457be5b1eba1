import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { ENQ, ETX, frame, latin1ToBytes } from '@paywire/core';
import { afterAll, expect, it } from 'vitest';
import { fixturePath, startTlsServer, type TestServer } from './helpers.js';

const run = promisify(execFile);
let server: TestServer | undefined;
afterAll(() => server?.close());

// The README's quick start is run as written (against the built package) by a separate Node
// process, against a loopback host that greets with ENQ and answers one parity-encoded record.
it('README quick start prints what the README says', async () => {
  const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');
  const code = /```ts\n([\s\S]*?)```/.exec(readme)?.[1];
  const expected = /prints\n\n```text\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(code).toBeDefined();
  expect(expected).toBeDefined();

  const answer = frame(latin1ToBytes('E4.0001APPROVED'), { parity: true });
  let received = Buffer.alloc(0);
  server = await startTlsServer((socket) => {
    socket.write(Uint8Array.of(ENQ));
    socket.on('data', (d: Buffer) => {
      received = Buffer.concat([received, d]);
      const etx = received.findIndex((b) => (b & 0x7f) === ETX);
      if (etx >= 0 && etx + 1 < received.length) socket.write(answer);
    });
  });

  const dist = (pkg: string) =>
    pathToFileURL(fileURLToPath(new URL(`../${pkg}/dist/index.js`, import.meta.url))).href;
  const source = code!
    .replace("'@paywire/transport-tls'", `'${dist('.')}'`)
    .replace("'@paywire/core'", `'${dist('../core')}'`)
    .replace('port: 5003', `port: ${server.port}`)
    .replace("'./test-ca.pem'", JSON.stringify(fixturePath('ca.crt')));
  expect(source).not.toContain('5003');
  const dir = mkdtempSync(join(tmpdir(), 'paywire-tls-readme-'));
  try {
    const file = join(dir, 'quick-start.mjs');
    writeFileSync(file, source);
    const { stdout } = await run(process.execPath, [file], { encoding: 'utf8', timeout: 10_000 });
    expect(stdout).toBe(expected);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  // What the host received is the parity-encoded request, written once.
  expect(new Uint8Array(received)).toEqual(frame(latin1ToBytes('D4.999995'), { parity: true }));
});
