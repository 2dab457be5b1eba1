import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { fixturePath, startHttpsServer, type TestServer } from './helpers.js';

const run = promisify(execFile);
let server: TestServer | undefined;
afterAll(() => server?.close());

// The README's quick start is run as written (against the built package) by a separate Node
// process, against a loopback HTTPS gateway that answers one authorization.
it('README quick start prints what the README says', async () => {
  const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');
  const code = /```ts\n([\s\S]*?)```/.exec(readme)?.[1];
  const expected = /prints\n\n```text\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(code).toBeDefined();
  expect(expected).toBeDefined();

  server = await startHttpsServer((req, res) => {
    const ok = req.headers['content-type'] === 'x-Visa-II/x-auth' && req.body.toString() === 'D4.999995';
    res.writeHead(ok ? 200 : 400, { 'Content-Type': ok ? 'x-data/xact-response' : 'x-data/xact-error' });
    res.end(ok ? 'E4.0001APPROVED' : '507 - unexpected request');
  });
  const dist = pathToFileURL(fileURLToPath(new URL('../dist/index.js', import.meta.url))).href;
  const source = code!
    .replace("'@paywire/transport-https'", `'${dist}'`)
    .replace('localhost:8443', `localhost:${server.port}`)
    .replace("'./test-ca.pem'", JSON.stringify(fixturePath('ca.crt')));
  expect(source).not.toContain('8443');
  const dir = mkdtempSync(join(tmpdir(), 'paywire-https-readme-'));
  try {
    const file = join(dir, 'quick-start.mjs');
    writeFileSync(file, source);
    const { stdout } = await run(process.execPath, [file], { encoding: 'utf8', timeout: 10_000 });
    expect(stdout).toBe(expected);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  expect(server.requests).toHaveLength(1);
  expect(server.requests[0]!.headers['auth-password']).toBe('secret');
  expect(server.requests[0]!.url).toBe('/scripts/gateway.dll?transact');
});
