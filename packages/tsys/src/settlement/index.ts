import type { MessageKind } from '@paywire/core';
import { settlementRequestKind, settlementResponseKind } from './kinds.js';

export * from './batch.js';
/** EIS 1081 enumerations (namespaced: EIS 1080 has tables with the same names and other values). */
export * as settlementCodes from './codes/index.js';
export * from './detail-record.js';
export { groupMapText } from './group-map.js';
export {
  findGroupConflict,
  invalidGroupCombinations,
  requiredCompanionGroups,
} from './groups/combinations.js';
export * from './groups/detail/index.js';
export type { GroupDef as SettlementGroupDef } from './groups/group-def.js';
export { type HeaderGroups, headerGroups } from './groups/header/index.js';
export * from './json.js';
export { redactBatch, settlementRequestKind, settlementResponseKind } from './kinds.js';
export * from './records/index.js';
export * from './response-message.js';

/** EIS 1081 message kinds (tsys-settlement-request, tsys-settlement-response). */
export const settlementKinds: readonly MessageKind<unknown>[] = [
  settlementRequestKind as MessageKind<unknown>,
  settlementResponseKind as MessageKind<unknown>,
];
