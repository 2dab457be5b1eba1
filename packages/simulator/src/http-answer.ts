/** The HTTPS side shared by the Paymentech NetConnect and TrustCommerce hosts: routing and fault delivery. */

import type { IncomingMessage, ServerResponse } from 'node:http';
import { type FaultRule, sleep } from './faults.js';

/**
 * Answers 404 for a path not in `paths` and 405 for a method other than POST. Returns true when
 * the request is a POST to one of the paths and should be handled.
 */
export function acceptPost(req: IncomingMessage, res: ServerResponse, paths: readonly string[]): boolean {
  const path = new URL(req.url ?? '/', 'https://simulator.invalid').pathname;
  if (!paths.includes(path)) {
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('not found\n');
    return false;
  }
  if (req.method !== 'POST') {
    res.writeHead(405, { Allow: 'POST', 'Content-Type': 'text/plain' });
    res.end('POST only\n');
    return false;
  }
  return true;
}

/**
 * Sends `body` with status 200 and `headers` (plus Content-Length), or what the fault makes of it:
 * `http-5xx` an empty 500, `drop` the connection closed unanswered, `delay` the answer later (none
 * once the connection or the host is gone), `truncate` the first half as the whole body,
 * `disconnect-mid` the first half of the announced body and then the connection closed. Other
 * modes are the caller's to apply to `body` and `headers` before calling.
 */
export async function sendHttpAnswer(
  req: IncomingMessage,
  res: ServerResponse,
  body: Uint8Array,
  headers: Readonly<Record<string, string>>,
  fault: FaultRule | undefined,
  closing: AbortSignal,
): Promise<void> {
  let out = body;
  switch (fault?.mode) {
    case 'http-5xx':
      res.writeHead(500, { 'Content-Length': '0' });
      res.end();
      return;
    case 'drop':
      req.socket.destroy();
      return;
    case 'delay':
      await sleep(fault.delayMs ?? 10_000, closing);
      if (req.socket.destroyed || closing.aborted) return;
      break;
    case 'truncate':
      out = body.subarray(0, Math.floor(body.length / 2));
      break;
    case 'disconnect-mid':
      res.writeHead(200, { ...headers, 'Content-Length': String(body.length) });
      res.write(body.subarray(0, Math.floor(body.length / 2)), () => req.socket.destroy());
      return;
  }
  res.writeHead(200, { ...headers, 'Content-Length': String(out.length) });
  res.end(out);
}
