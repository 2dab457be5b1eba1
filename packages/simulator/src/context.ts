/** What every simulated host is given when it starts. */

import type { FaultController } from './faults.js';
import type { ExchangeLog } from './log.js';
import type { TlsMaterial } from './servers.js';

export interface HostContext {
  material: TlsMaterial;
  faults: FaultController;
  log: ExchangeLog;
  /** Loopback address to bind (127.0.0.1 or ::1). */
  bind: string;
}

/** A started host: its endpoints and how to stop it. Hosts add their own state (ledgers, vaults). */
export interface RunningHost {
  close(): Promise<void>;
}
