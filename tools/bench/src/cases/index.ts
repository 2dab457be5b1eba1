import type { Group } from '../harness.js';
import { lrcGroup, wideGroup } from './core.js';

/** Every benchmark group, in the order they run. */
export const groups: Group[] = [lrcGroup, wideGroup];
