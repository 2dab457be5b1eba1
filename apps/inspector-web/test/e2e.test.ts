import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findLeaks, registerSecret } from '@paywire/test-guard';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examples } from '../src/kinds.js';

// End to end: build the page with Vite, serve it from 127.0.0.1, drive it in Debian's headless
// Chromium through playwright-core (never a downloaded browser) and save the README screenshot.

const CHROMIUM = process.env.INSPECTOR_CHROMIUM ?? '/usr/bin/chromium';
const APP = fileURLToPath(new URL('..', import.meta.url));
const SCREENSHOT = join(APP, 'screenshot.png');

const PAN = '4219876128293505';
registerSecret('707777165452305246');

// EIS 1080 keyed credit request with AVS and CVV2 (tsys example "keyed credit with AVS ZIP and CVV2
// (8.3)") as a capture would be pasted: hex bytes, STX .. ETX and the LRC 0x7B.
const TSYS_HEX =
  '0244342E39393939393539393939393939393939313130303131393931315152383430383430323230333020202020' +
  '303037303535393939593030303135344D54343231393837363132383239333530351C313231351C1C38353238341C' +
  '1C3030303030303030383830301C1C1C494B45412053544F5245202020202020202020202020202020464149524641' +
  '5820202020202056411C1C1C303031213031301D3030373131203939391D303230303030313336423234381C1C037B';
// The same record as <STX>-escaped text, its LRC byte changed from `{` (0x7B) to `|` (0x7C).
const TSYS_BAD_LRC =
  '<STX>D4.99999599999999991100119911QR84084022030    007055999Y000154MT4219876128293505<FS>1215<FS><FS>' +
  '85284<FS><FS>000000008800<FS><FS><FS>IKEA STORE               FAIRFAX      VA<FS><FS><FS>001!010<GS>' +
  '00711 999<GS>020000136B248<FS><FS><ETX>|';

// Datawire answer to a gift balance inquiry, as it comes back from the host (pretty-printed XML).
const DATAWIRE_XML = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE Response SYSTEM "dwxmlapi3.dtd">
<Response Version="3">
 <RespClientID>
  <DID>00033746370969070150</DID>
  <ClientRef>1701298V001000</ClientRef>
 </RespClientID>
 <Status StatusCode="OK"></Status>
 <TransactionResponse>
  <ReturnCode>000</ReturnCode>
  <Payload>40|1C0900|1C11007057|1C38534016|1C3900|1C751530|1C761530|1C707777165452305246|1CA001013025|1C42990268099968594|1C4400000008594|1CF62400|1CB00|1C780|1CC0840</Payload>
 </TransactionResponse>
</Response>
`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

function serve(root: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const file = resolve(root, `.${path.endsWith('/') ? `${path}index.html` : path}`);
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

let outDir = '';
let profile = '';
let server: Server | undefined;
let context: BrowserContext | undefined;
let page: Page;
let origin = '';
const requests: string[] = [];
const problems: string[] = [];

async function paste(text: string): Promise<void> {
  await page.fill('#packet', text);
}

async function text(selector: string): Promise<string> {
  return ((await page.textContent(selector)) ?? '').trim();
}

interface Row {
  path: string;
  offset: string;
  length: string;
  field: string;
  raw: string;
  value: string;
  meaning: string;
}

async function rows(): Promise<Row[]> {
  return page.$$eval('#fields tbody tr', (trs) =>
    trs.map((tr) => {
      const [offset, length, field, raw, value, meaning] = [...(tr as HTMLTableRowElement).cells].map(
        (c) => c.textContent ?? '',
      );
      return {
        path: tr.getAttribute('data-path') ?? '',
        offset: offset ?? '',
        length: length ?? '',
        field: field ?? '',
        raw: raw ?? '',
        value: value ?? '',
        meaning: meaning ?? '',
      };
    }),
  );
}

/** The page's HTML and its rendered text hold no card data in the clear. */
async function expectNoCardData(): Promise<void> {
  const html = await page.content();
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a user sees
  const shown = await page.evaluate(() => document.body.innerText);
  expect(html).not.toContain(PAN);
  expect(shown).not.toContain(PAN);
  expect(findLeaks(html)).toEqual([]);
  expect(findLeaks(shown)).toEqual([]);
}

const MISSING_CHROMIUM =
  `Chromium not found at ${CHROMIUM}. The inspector's browser test needs Debian's chromium: ` +
  'apt-get update && apt-get install -y chromium (.ci/run does this in CI). No browser is ever downloaded.';

describe('the browser', () => {
  it(`is installed at ${CHROMIUM}`, () => {
    // A missing browser is a failure, never a skip.
    expect(existsSync(CHROMIUM), MISSING_CHROMIUM).toBe(true);
  });
});

describe('inspector in headless Chromium', () => {
  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(MISSING_CHROMIUM);
    outDir = mkdtempSync(join(tmpdir(), 'inspector-dist-'));
    const vite = join(APP, 'node_modules', 'vite', 'bin', 'vite.js');
    const build = spawnSync(
      process.execPath,
      [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
      {
        cwd: APP,
        encoding: 'utf8',
      },
    );
    if (build.status !== 0)
      throw new Error(`vite build failed (${build.status}):\n${build.stderr}${build.stdout}`);
    server = await serve(outDir);
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    profile = mkdtempSync(join(tmpdir(), 'inspector-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 1280, height: 860 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    await page.goto(`${origin}/`);
    await page.waitForSelector('#example optgroup', { state: 'attached' });
  });

  afterAll(async () => {
    await context?.close();
    await new Promise((ok) => (server ? server.close(ok) : ok(undefined)));
    for (const dir of [outDir, profile]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('loads with the menus filled from the codec packages', async () => {
    expect(await page.title()).toBe('paywire inspector');
    expect(await page.$$eval('#example option[value]:not([value=""])', (o) => o.length)).toBe(
      examples.length,
    );
    expect(await page.$$eval('#kind option', (o) => o.length)).toBeGreaterThan(10);
    expect(await text('#output')).toContain('Paste a packet');
  });

  it('a pasted TSYS capture (hex): kind, fields, LRC check, PAN masked', async () => {
    await paste(TSYS_HEX);
    expect(await text('#detected-kind')).toBe('tsys-auth-request');
    expect(await page.getAttribute('#detected-notation', 'data-notation')).toBe('hex');
    expect(await text('#size')).toBe('188 bytes');
    expect(await page.getAttribute('#framing', 'data-status')).toBe('ok');
    expect(await text('#lrc-status')).toContain('LRC check passed');
    expect(await text('#framing li')).toContain('LRC 0x7B = computed 0x7B');
    expect(await page.getAttribute('#round-trip', 'data-status')).toBe('ok');
    expect(await page.$('#error')).toBeNull();

    const table = await rows();
    const by = (label: string) => table.find((r) => r.field.startsWith(label));
    expect(by('Record format')).toMatchObject({ offset: '1', length: '1', value: 'D' });
    expect(by('Record format')?.meaning).toContain('authorization request');
    expect(by('Transaction amount')).toMatchObject({ offset: '95', value: '000000008800' });
    expect(by('Cardholder identification data (AVS)')?.value).toBe('85284');
    expect(by('Merchant name')?.value).toBe('IKEA STORE');
    const pan = by('Customer data field (keyed account)');
    expect(pan).toMatchObject({ offset: '65', length: '16', value: '421987******3505' });
    expect(pan?.field).toContain('pan');
    expect(by('Verification Code (CVV2')?.value).toMatch(/^\*+$/);
    expect(by('LRC')?.raw).toBe('0x7b');
    await expectNoCardData();
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
  });

  it('the same capture as <STX>-escaped text with a wrong LRC: error 518 and the mismatch', async () => {
    await paste(TSYS_BAD_LRC);
    expect(await page.getAttribute('#detected-notation', 'data-notation')).toBe('escaped');
    expect(await text('#detected-kind')).toBe('tsys-auth-request');
    expect(await page.getAttribute('#error', 'data-code')).toBe('518');
    expect(await page.getAttribute('#error', 'data-name')).toBe('LRC_CHECK_FAILED');
    expect(await text('#error h2')).toBe('Error 518 LRC_CHECK_FAILED');
    expect(await text('#error [data-fact="offset"]')).toBe('187');
    expect(await page.getAttribute('#framing', 'data-status')).toBe('mismatch');
    expect(await text('#framing li')).toContain('LRC 0x7C ≠ computed 0x7B');
    expect(await page.$('#fields')).toBeNull();
    await expectNoCardData();
  });

  it('a Datawire XML document: detected as text, fields shown, card numbers masked, no LRC', async () => {
    await paste(DATAWIRE_XML);
    expect(await page.getAttribute('#detected-notation', 'data-notation')).toBe('text');
    expect(await text('#detected-kind')).toBe('datawire-response');
    expect(await page.$('#framing')).toBeNull();
    const table = await rows();
    expect(table.find((r) => r.path.endsWith('DID'))?.value).toBe('00033746370969070150');
    expect(table.find((r) => r.path.endsWith('ReturnCode'))?.meaning).not.toBe('');
    const payload = table.find((r) => r.path.endsWith('Payload'));
    expect(payload?.value).toContain('707777********5246');
    expect(payload?.value).not.toContain('707777165452305246');
    await expectNoCardData();
  });

  it('bad packets: unknown bytes, bad hex, a kind that does not fit', async () => {
    await paste('this is not a payment packet');
    expect(await page.getAttribute('#error', 'data-code')).toBe('703');
    expect(await text('#error h2')).toBe('Error 703 UNKNOWN_KIND');

    await page.selectOption('#notation', 'hex');
    await paste('02 44 3Z');
    expect(await page.getAttribute('#error', 'data-code')).toBe('502');
    expect(await text('#error [data-fact="field"]')).toBe('input');
    await page.selectOption('#notation', 'auto');

    await paste(TSYS_HEX);
    await page.selectOption('#kind', 'tsys-auth-response');
    expect(await text('#detected-kind')).toBe('tsys-auth-response');
    const code = Number(await page.getAttribute('#error', 'data-code'));
    expect(code).toBeGreaterThanOrEqual(501);
    expect(await page.getAttribute('#error', 'data-name')).not.toBe('UNEXPECTED');
    await page.selectOption('#kind', 'auto');
    expect(await text('#detected-kind')).toBe('tsys-auth-request');
    await expectNoCardData();
  });

  it('every example from the menu is detected as its own kind and decodes', async () => {
    for (const ex of examples) {
      await page.selectOption('#example', ex.id);
      expect(await text('#detected-kind'), ex.id).toBe(ex.kind.name);
      expect(await page.$('#error'), ex.id).toBeNull();
      expect(await page.getAttribute('#round-trip', 'data-status'), ex.id).toBe('ok');
      if (ex.kind.framed)
        expect(['ok', 'absent'], ex.id).toContain(await page.getAttribute('#framing', 'data-status'));
      await expectNoCardData();
    }
  });

  it('talked to nobody but its own origin and logged no errors', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !u.startsWith(`${origin}/`))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
