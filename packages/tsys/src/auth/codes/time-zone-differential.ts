// EIS 1080 §6.194 Time zone differential (Table 6.85), request bytes 49-51: direction/unit digit + magnitude.

export const timeZoneDirections = {
  '0': 'hours ahead of GMT',
  '1': 'hours behind GMT',
  '2': 'quarter hours ahead of GMT',
  '3': 'quarter hours behind GMT',
  '4': 'quarter hours ahead of GMT, daylight saving observed',
  '5': 'quarter hours behind GMT, daylight saving observed',
  '6': 'hours ahead of GMT, daylight saving observed',
  '7': 'hours behind GMT, daylight saving observed',
} as const satisfies Readonly<Record<string, string>>;

/** Common US zones (all observe daylight saving). */
export const usTimeZones = {
  eastern: '705',
  central: '706',
  mountain: '707',
  pacific: '708',
  /** Arizona: hours behind, no daylight saving. */
  arizona: '107',
} as const;

/** Validates the 3-digit form; returns a problem description or undefined. Runs for every request: no regex, no slice. */
export function checkTimeZoneDifferential(text: string): string | undefined {
  const d = text.charCodeAt(0) - 48;
  const t = text.charCodeAt(1) - 48;
  const u = text.charCodeAt(2) - 48;
  if (text.length !== 3 || !(d >= 0 && d <= 7) || !(t >= 0 && t <= 9) || !(u >= 0 && u <= 9)) {
    return 'must be 3 digits, the first 0-7';
  }
  const n = t * 10 + u;
  const quarters = d >= 2 && d <= 5;
  if (quarters ? n > 48 : n > 12) return quarters ? 'quarter hours must be 00-48' : 'hours must be 00-12';
  return undefined;
}

/** Offset from GMT in minutes (negative = behind). */
export function timeZoneOffsetMinutes(text: string): number {
  const d = text.charCodeAt(0) - 48;
  const n = Number(text.slice(1));
  const quarters = d >= 2 && d <= 5;
  const minutes = quarters ? n * 15 : n * 60;
  return d % 2 === 1 ? -minutes : minutes;
}

/** Builds the differential from an offset in minutes (multiple of 15) and a daylight-saving flag. */
export function timeZoneDifferential(offsetMinutes: number, daylightSaving = false): string {
  const behind = offsetMinutes < 0;
  const abs = Math.abs(offsetMinutes);
  if (abs % 60 === 0 && abs / 60 <= 12) {
    const d = daylightSaving ? (behind ? 7 : 6) : behind ? 1 : 0;
    return `${d}${String(abs / 60).padStart(2, '0')}`;
  }
  const d = daylightSaving ? (behind ? 5 : 4) : behind ? 3 : 2;
  return `${d}${String(Math.round(abs / 15)).padStart(2, '0')}`;
}
