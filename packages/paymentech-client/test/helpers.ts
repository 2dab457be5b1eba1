import { createServer } from 'node:net';
import type { Listening } from '@paywire/simulator';

/** A loopback port nothing listens on (connections to it are refused). */
export async function deadPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** The Paymentech simulator host as these tests use it (typed here so a stale simulator build does not matter). */
export interface PaymentechSim {
  url: string;
  credentials: { merchantNumber: string; terminalNumber: string; userId: string; password: string };
  state: {
    transactions(): Array<{
      retrievalNumber: string;
      transactionCode: string;
      kind: string;
      actionCode: string;
      hostError?: string;
      amount: number;
      account: string;
      sequenceNumber: number;
      state: string;
      refersTo?: string;
    }>;
  };
}

export type { Listening };
