// Group III version registry — EIS 1080 v17.6 §5.2.3-§5.2.75 (L4428-6853) and the version list Table 6.46 (§6.94 L10237-10338).

import type { GroupIIIVersionSpec } from './types.js';
import { v000 } from './v000.js';
import { v001 } from './v001.js';
import { v007 } from './v007.js';
import { v010 } from './v010.js';
import { v014 } from './v014.js';
import { v020 } from './v020.js';
import { v021 } from './v021.js';
import { v022 } from './v022.js';
import { v023 } from './v023.js';
import { v025 } from './v025.js';
import { v027 } from './v027.js';
import { v032 } from './v032.js';
import { v034 } from './v034.js';
import { v037 } from './v037.js';
import { v040 } from './v040.js';
import { v046 } from './v046.js';
import { v061 } from './v061.js';

const all: readonly GroupIIIVersionSpec[] = [
  v000,
  v001,
  v007,
  v010,
  v014,
  v020,
  v021,
  v022,
  v023,
  v025,
  v027,
  v032,
  v034,
  v037,
  v040,
  v046,
  v061,
];

/** Every Group III version of EIS 1080 v17.6, keyed by its 3-digit number, in ascending order. */
export const groupIIIVersions: ReadonlyMap<string, GroupIIIVersionSpec> = new Map(
  [...all].sort((a, b) => (a.version < b.version ? -1 : 1)).map((v) => [v.version, v]),
);
