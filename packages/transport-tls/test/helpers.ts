// Small loopback TLS servers for the tests: ephemeral ports, the committed test certificates,
// every socket tracked so `close()` leaves nothing behind.
import { readFileSync } from 'node:fs';
import { createServer as createTcpServer, type Socket, type Server as TcpServer } from 'node:net';
import { createServer, type Server, type TLSSocket, type TlsOptions } from 'node:tls';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../../simulator/fixtures/tls/', import.meta.url));

/** Path of a fixture file. */
export function fixturePath(name: string): string {
  return dir + name;
}

/** Contents of a fixture file (PEM). */
export function pem(name: string): string {
  return readFileSync(fixturePath(name), 'utf8');
}

export const CA = pem('ca.crt');
export const OTHER_CA = pem('other-ca.crt');

export interface TestServer {
  host: string;
  port: number;
  /** Connections accepted (TLS handshakes completed). */
  readonly connections: number;
  /** Every byte received, per connection, in order. */
  readonly received: Buffer[];
  close(): Promise<void>;
}

export interface ServerOptions extends TlsOptions {
  host?: string;
  /** Certificate/key fixture base name (default `server`). */
  identity?: string;
}

/** Starts a TLS server on loopback; `onConnection` drives each accepted socket. */
export async function startTlsServer(
  onConnection: (socket: TLSSocket, index: number) => void,
  options: ServerOptions = {},
): Promise<TestServer> {
  const { host = '127.0.0.1', identity = 'server', ...tlsOptions } = options;
  const sockets = new Set<Socket>();
  const received: Buffer[] = [];
  let connections = 0;
  const server: Server = createServer(
    { cert: pem(`${identity}.crt`), key: pem(`${identity}.key`), ...tlsOptions },
    (socket) => {
      const index = connections++;
      received[index] = Buffer.alloc(0);
      socket.on('data', (d: Buffer) => {
        received[index] = Buffer.concat([received[index]!, d]);
      });
      socket.on('error', () => undefined);
      onConnection(socket, index);
    },
  );
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('tlsClientError', () => undefined);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve());
  });
  const port = (server.address() as { port: number }).port;
  return {
    host,
    port,
    get connections() {
      return connections;
    },
    received,
    close: () => closeServer(server, sockets),
  };
}

/** A TCP server that accepts connections and never speaks (a TLS handshake stalls there). */
export async function startSilentTcpServer(host = '127.0.0.1'): Promise<TestServer> {
  const sockets = new Set<Socket>();
  let connections = 0;
  const server: TcpServer = createTcpServer((s) => {
    connections++;
    sockets.add(s);
    s.on('error', () => undefined);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, host, () => resolve()));
  const port = (server.address() as { port: number }).port;
  return {
    host,
    port,
    get connections() {
      return connections;
    },
    received: [],
    close: () => closeServer(server, sockets),
  };
}

/** A loopback port with nothing listening (connections are refused). */
export async function refusedPort(): Promise<number> {
  const server = createTcpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function closeServer(server: TcpServer | Server, sockets: Set<Socket>): Promise<void> {
  for (const s of sockets) s.destroy();
  return new Promise((resolve) => server.close(() => resolve()));
}

/** Collects bytes from a socket until `done(bytes)` says the request is complete. */
export function onRequest(
  socket: TLSSocket,
  done: (bytes: Buffer) => boolean,
  answer: (bytes: Buffer) => void,
): void {
  let buf = Buffer.alloc(0);
  socket.on('data', (d: Buffer) => {
    buf = Buffer.concat([buf, d]);
    while (buf.length > 0 && done(buf)) {
      const whole = buf;
      buf = Buffer.alloc(0);
      answer(whole);
    }
  });
}

/** True when `::1` can be bound on this machine. */
export async function hasIpv6Loopback(): Promise<boolean> {
  const server = createTcpServer();
  return new Promise((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(0, '::1', () => server.close(() => resolve(true)));
  });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
export const text = (b: Uint8Array) => Buffer.from(b).toString('latin1');
