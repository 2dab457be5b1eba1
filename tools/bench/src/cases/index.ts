import type { Group } from '../harness.js';
import { lrcGroup, wideGroup } from './core.js';
import { tsysBatchGroup, tsysFramingGroup, tsysRequestGroup, tsysResponseGroup } from './tsys.js';

/** Every benchmark group, in the order they run. */
export const groups: Group[] = [
  tsysRequestGroup,
  tsysResponseGroup,
  tsysFramingGroup,
  tsysBatchGroup,
  lrcGroup,
  wideGroup,
];
