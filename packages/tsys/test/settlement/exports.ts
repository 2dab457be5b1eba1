export * from '../../src/settlement/index.js';
export { settlementKinds as kindsForTest } from '../../src/settlement/index.js';
