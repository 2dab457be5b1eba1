/**
 * Every message kind the CLI knows. Each codec package exports its kinds as `kinds`; add the
 * package as a dependency of this app and spread its list below.
 */

import type { MessageKind } from '@paywire/core';

export const registry: readonly MessageKind<unknown>[] = [
  // codec packages register here, e.g. ...tsysKinds
];

export function findKind(name: string): MessageKind<unknown> | undefined {
  return registry.find((k) => k.name === name);
}
