/** Loopback TLS and HTTPS servers shared by the simulated hosts. */

import { once } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import tls from 'node:tls';
import type { TestKeyPair } from './tls-fixtures.js';

export interface TlsMaterial {
  /** The server's certificate and key (default: the test leaf for localhost, 127.0.0.1, ::1). */
  server: TestKeyPair;
  /** PEM of the CA clients must trust. */
  ca: string;
  /** When set, clients must present a certificate issued by this CA (mutual TLS). */
  requestClientCert?: boolean;
}

/** Only loopback addresses may be bound. */
export function checkLoopback(host: string): void {
  if (host !== '127.0.0.1' && host !== '::1' && host !== 'localhost') {
    throw new Error(`simulators bind loopback only (127.0.0.1, ::1, localhost), not ${host}`);
  }
}

export interface Listening {
  host: string;
  port: number;
  close(): Promise<void>;
}

function tracked<S extends tls.Server | https.Server>(server: S): Set<Socket> {
  const sockets = new Set<Socket>();
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  return sockets;
}

async function listen(server: tls.Server | https.Server, host: string, port: number): Promise<number> {
  checkLoopback(host);
  server.listen(port, host);
  await once(server, 'listening');
  return (server.address() as AddressInfo).port;
}

function closer(server: tls.Server | https.Server, sockets: Set<Socket>): () => Promise<void> {
  return async () => {
    for (const s of sockets) s.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
}

/** A TLS socket server on loopback; `onSocket` runs the host's protocol on each connection. */
export async function startTlsServer(
  material: TlsMaterial,
  onSocket: (socket: tls.TLSSocket) => void,
  options: { host?: string; port?: number } = {},
): Promise<Listening> {
  const host = options.host ?? '127.0.0.1';
  const server = tls.createServer(
    {
      cert: material.server.cert,
      key: material.server.key,
      ca: material.ca,
      minVersion: 'TLSv1.2',
      requestCert: material.requestClientCert === true,
      rejectUnauthorized: material.requestClientCert === true,
    },
    (socket) => {
      socket.on('error', () => socket.destroy());
      onSocket(socket);
    },
  );
  server.on('tlsClientError', () => {});
  const sockets = tracked(server);
  const port = await listen(server, host, options.port ?? 0);
  return { host, port, close: closer(server, sockets) };
}

export type HttpsHandler = (
  req: IncomingMessage,
  body: Uint8Array,
  res: ServerResponse,
) => void | Promise<void>;

/** An HTTPS server on loopback; request bodies are read whole (capped) before the handler runs. */
export async function startHttpsServer(
  material: TlsMaterial,
  handler: HttpsHandler,
  options: { host?: string; port?: number; maxBody?: number } = {},
): Promise<Listening> {
  const host = options.host ?? '127.0.0.1';
  const maxBody = options.maxBody ?? 1024 * 1024;
  const server = https.createServer(
    {
      cert: material.server.cert,
      key: material.server.key,
      ca: material.ca,
      minVersion: 'TLSv1.2',
      requestCert: material.requestClientCert === true,
      rejectUnauthorized: material.requestClientCert === true,
    },
    (req, res) => {
      const chunks: Uint8Array[] = [];
      let size = 0;
      req.on('data', (c: Uint8Array) => {
        size += c.length;
        if (size > maxBody) {
          res.statusCode = 413;
          res.end();
          req.destroy();
          return;
        }
        chunks.push(c);
      });
      req.on('end', () => {
        if (size > maxBody) return;
        const body = new Uint8Array(size);
        let p = 0;
        for (const c of chunks) {
          body.set(c, p);
          p += c.length;
        }
        Promise.resolve(handler(req, body, res)).catch(() => {
          if (!res.headersSent) res.statusCode = 500;
          res.end();
        });
      });
      req.on('error', () => res.destroy());
    },
  );
  server.on('tlsClientError', () => {});
  const sockets = tracked(server);
  const port = await listen(server, host, options.port ?? 0);
  return { host, port, close: closer(server, sockets) };
}
