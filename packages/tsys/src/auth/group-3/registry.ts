// Group III version registry — EIS 1080 v17.6 §5.2.3-§5.2.75 (L4428-6853) and the version list Table 6.46 (§6.94 L10237-10338).

import type { GroupIIIVersionSpec } from './types.js';
import { v000 } from './v000.js';
import { v001 } from './v001.js';
import { v007 } from './v007.js';
import { v008 } from './v008.js';
import { v009 } from './v009.js';
import { v010 } from './v010.js';
import { v011 } from './v011.js';
import { v012 } from './v012.js';
import { v013 } from './v013.js';
import { v014 } from './v014.js';
import { v015 } from './v015.js';
import { v017 } from './v017.js';
import { v018 } from './v018.js';
import { v019 } from './v019.js';
import { v020 } from './v020.js';
import { v021 } from './v021.js';
import { v022 } from './v022.js';
import { v023 } from './v023.js';
import { v024 } from './v024.js';
import { v025 } from './v025.js';
import { v026 } from './v026.js';
import { v027 } from './v027.js';
import { v028 } from './v028.js';
import { v029 } from './v029.js';
import { v030 } from './v030.js';
import { v031 } from './v031.js';
import { v032 } from './v032.js';
import { v033 } from './v033.js';
import { v034 } from './v034.js';
import { v035 } from './v035.js';
import { v036 } from './v036.js';
import { v037 } from './v037.js';
import { v038 } from './v038.js';
import { v039 } from './v039.js';
import { v040 } from './v040.js';
import { v041 } from './v041.js';
import { v042 } from './v042.js';
import { v043 } from './v043.js';
import { v044 } from './v044.js';
import { v045 } from './v045.js';
import { v046 } from './v046.js';
import { v047 } from './v047.js';
import { v048 } from './v048.js';
import { v049 } from './v049.js';
import { v050 } from './v050.js';
import { v051 } from './v051.js';
import { v052 } from './v052.js';
import { v053 } from './v053.js';
import { v054 } from './v054.js';
import { v055 } from './v055.js';
import { v056 } from './v056.js';
import { v057 } from './v057.js';
import { v058 } from './v058.js';
import { v059 } from './v059.js';
import { v060 } from './v060.js';
import { v061 } from './v061.js';
import { v062 } from './v062.js';
import { v063 } from './v063.js';
import { v064 } from './v064.js';
import { v065 } from './v065.js';
import { v066 } from './v066.js';
import { v067 } from './v067.js';
import { v068 } from './v068.js';
import { v069 } from './v069.js';
import { v070 } from './v070.js';
import { v071 } from './v071.js';
import { v072 } from './v072.js';
import { v073 } from './v073.js';
import { v074 } from './v074.js';
import { v075 } from './v075.js';
import { v076 } from './v076.js';
import { v077 } from './v077.js';
import { v078 } from './v078.js';
import { v200 } from './v200.js';

/**
 * The 74 version numbers EIS 1080 v17.6 names: 000, 001, 007-015, 017-078 and 200. 012 (listed in
 * Table 6.46 only) and 047 (TSYS internal) have no layout and are kept raw; 016 is named nowhere.
 */
const all: readonly GroupIIIVersionSpec[] = [
  v000,
  v001,
  v007,
  v008,
  v009,
  v010,
  v011,
  v012,
  v013,
  v014,
  v015,
  v017,
  v018,
  v019,
  v020,
  v021,
  v022,
  v023,
  v024,
  v025,
  v026,
  v027,
  v028,
  v029,
  v030,
  v031,
  v032,
  v033,
  v034,
  v035,
  v036,
  v037,
  v038,
  v039,
  v040,
  v041,
  v042,
  v043,
  v044,
  v045,
  v046,
  v047,
  v048,
  v049,
  v050,
  v051,
  v052,
  v053,
  v054,
  v055,
  v056,
  v057,
  v058,
  v059,
  v060,
  v061,
  v062,
  v063,
  v064,
  v065,
  v066,
  v067,
  v068,
  v069,
  v070,
  v071,
  v072,
  v073,
  v074,
  v075,
  v076,
  v077,
  v078,
  v200,
];

/** Every Group III version of EIS 1080 v17.6, keyed by its 3-digit number, in ascending order. */
export const groupIIIVersions: ReadonlyMap<string, GroupIIIVersionSpec> = new Map(
  [...all].sort((a, b) => (a.version < b.version ? -1 : 1)).map((v) => [v.version, v]),
);
