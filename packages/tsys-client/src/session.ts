/** What the client asks of a transport session. */

import type { AuthorizationResponse, SettlementResponse } from '@paywire/tsys';
import type { CallOptions } from './types.js';

export interface Session {
  /** Sends one framed 7-bit authorization request, resolves with the matching answer. */
  authorize(bytes: Uint8Array, sequence: number, call: CallOptions): Promise<AuthorizationResponse>;
  /** Sends a batch (7-bit frames), resolves with the host's GB / RB / QD. */
  settle(frames: Uint8Array[], call: CallOptions): Promise<SettlementResponse>;
  close(): Promise<void>;
}
