/**
 * Every message kind the inspector knows: the `kinds` export of each codec package, imported
 * unchanged (their ESM builds), in the same order as the `paywire` CLI lists them.
 */

import type { MessageKind } from '@paywire/core';
import { kinds as datawireKinds } from '@paywire/datawire';
import { kinds as fdmsGiftKinds } from '@paywire/fdms-gift';
import { kinds as paymentechKinds } from '@paywire/paymentech';
import { kinds as trustcommerceKinds } from '@paywire/trustcommerce';
import { kinds as tsysKinds } from '@paywire/tsys';

export const registry: readonly MessageKind<unknown>[] = [
  ...tsysKinds,
  ...paymentechKinds,
  ...datawireKinds,
  ...fdmsGiftKinds,
  ...trustcommerceKinds,
];

export function findKind(name: string): MessageKind<unknown> | undefined {
  return registry.find((k) => k.name === name);
}

export interface KindScore {
  kind: MessageKind<unknown>;
  score: number;
}

/** Every kind whose detector scores the bytes above 0, highest first (a throwing detector scores 0). */
export function scoreKinds(bytes: Uint8Array): KindScore[] {
  const out: KindScore[] = [];
  for (const kind of registry) {
    let score = 0;
    try {
      score = kind.detect?.(bytes) ?? 0;
    } catch {
      score = 0;
    }
    if (score > 0) out.push({ kind, score });
  }
  // Stable: equal scores keep registry order, as the CLI's `inspect` does.
  return out.sort((a, b) => b.score - a.score);
}

export interface Example {
  /** `<kind>/<index>`, the value of the examples menu. */
  id: string;
  kind: MessageKind<unknown>;
  name: string;
  bytes: Uint8Array;
}

export const examples: readonly Example[] = registry.flatMap((kind) =>
  (kind.examples ?? []).map((e, i) => ({ id: `${kind.name}/${i}`, kind, name: e.name, bytes: e.bytes })),
);
