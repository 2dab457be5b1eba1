// Small loopback HTTPS/TLS servers for the tests: ephemeral ports, the committed test
// certificates, every socket tracked so `close()` leaves nothing behind.
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer as createHttpsServer, type ServerOptions } from 'node:https';
import { createServer as createTcpServer, type Socket, type Server as TcpServer } from 'node:net';
import { createServer as createTlsServer, type TLSSocket, type TlsOptions } from 'node:tls';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../../simulator/fixtures/tls/', import.meta.url));

export function fixturePath(name: string): string {
  return dir + name;
}

export function pem(name: string): string {
  return readFileSync(fixturePath(name), 'utf8');
}

export const CA = pem('ca.crt');
export const OTHER_CA = pem('other-ca.crt');

export interface Received {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

export interface TestServer {
  host: string;
  port: number;
  /** `https://host:port` (IPv6 in brackets). */
  origin: string;
  /** TCP connections accepted. */
  readonly connections: number;
  /** Complete requests received (HTTPS servers only). */
  readonly requests: Received[];
  close(): Promise<void>;
}

function tracked(server: TcpServer, sockets: Set<Socket>, count: () => void): void {
  server.on('connection', (s: Socket) => {
    count();
    sockets.add(s);
    s.on('error', () => undefined);
    s.on('close', () => sockets.delete(s));
  });
}

async function listen(server: TcpServer, host: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve());
  });
  return (server.address() as { port: number }).port;
}

function closeServer(server: TcpServer, sockets: Set<Socket>): Promise<void> {
  for (const s of sockets) s.destroy();
  return new Promise((resolve) => server.close(() => resolve()));
}

function origin(host: string, port: number): string {
  return `https://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/** Tracks the server's sockets, listens on an ephemeral port of `host`, and describes it. */
async function serve(server: TcpServer, host: string, requests: Received[]): Promise<TestServer> {
  const sockets = new Set<Socket>();
  let connections = 0;
  tracked(server, sockets, () => connections++);
  const port = await listen(server, host);
  return {
    host,
    port,
    origin: origin(host, port),
    get connections() {
      return connections;
    },
    requests,
    close: () => closeServer(server, sockets),
  };
}

export interface HttpsServerOptions extends ServerOptions {
  host?: string;
  identity?: string;
}

/** An HTTPS server; `handler` sees each request after its body was read. */
export async function startHttpsServer(
  handler: (req: Received, res: ServerResponse) => void,
  options: HttpsServerOptions = {},
): Promise<TestServer> {
  const { host = '127.0.0.1', identity = 'server', ...tls } = options;
  const requests: Received[] = [];
  const server = createHttpsServer(
    { cert: pem(`${identity}.crt`), key: pem(`${identity}.key`), ...tls },
    (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const r = {
          method: req.method ?? '',
          url: req.url ?? '',
          headers: req.headers,
          body: Buffer.concat(chunks),
        };
        requests.push(r);
        handler(r, res);
      });
    },
  );
  server.on('tlsClientError', () => undefined);
  return serve(server, host, requests);
}

/** A raw TLS server (to answer with bytes that are not HTTP). */
export async function startTlsServer(
  onConnection: (socket: TLSSocket) => void,
  options: TlsOptions & { host?: string } = {},
): Promise<TestServer> {
  const { host = '127.0.0.1', ...tls } = options;
  const server = createTlsServer({ cert: pem('server.crt'), key: pem('server.key'), ...tls }, (s) => {
    s.on('error', () => undefined);
    onConnection(s);
  });
  server.on('tlsClientError', () => undefined);
  return serve(server, host, []);
}

/** Accepts TCP and never speaks: a TLS handshake stalls there. */
export async function startSilentTcpServer(host = '127.0.0.1'): Promise<TestServer> {
  return serve(createTcpServer(), host, []);
}

/** A loopback port with nothing listening. */
export async function refusedPort(): Promise<number> {
  const server = createTcpServer();
  const port = await listen(server, '127.0.0.1');
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export async function hasIpv6Loopback(): Promise<boolean> {
  const server = createTcpServer();
  return new Promise((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(0, '::1', () => server.close(() => resolve(true)));
  });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
