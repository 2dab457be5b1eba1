// EIS 1081 Table 3.6 ODG23 — Group Map Extension: 4 more map bytes for groups 25-48, placed after group 22's data.
// Same layout as the record type's map (§4.230.1 Figure 4.3): byte 4 = groups 25-30 ... byte 1 = groups 43-48.

/** Group 23's number: setting it announces the 4-byte extension map. */
export const GROUP_MAP_EXTENSION = 23;
/** Bytes of the extension map. */
export const GROUP_MAP_EXTENSION_LENGTH = 4;
