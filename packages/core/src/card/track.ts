/**
 * Track 1 (IATA, format B) and track 2 (ABA) parsing, with or without start/end sentinels
 * and LRC character. TSYS sends tracks without sentinels (EIS 1080 §7.2, §7.3).
 */

import { ErrorCode, PaywireError } from '../errors.js';

export interface Track1 {
  pan: string;
  name: string;
  /** YYMM as on the track. */
  expiry: string;
  serviceCode: string;
  discretionary: string;
}

export interface Track2 {
  pan: string;
  /** YYMM as on the track. */
  expiry: string;
  serviceCode: string;
  discretionary: string;
}

function fail(field: string, message: string): never {
  throw new PaywireError(ErrorCode.INVALID_FORMAT, `${field}: ${message}`, { field });
}

/** Removes `%`/`;` start sentinel, `?` end sentinel and a trailing LRC character. */
export function stripSentinels(track: string): string {
  let t = track;
  if (t.startsWith('%') || t.startsWith(';')) t = t.slice(1);
  const q = t.indexOf('?');
  if (q >= 0) t = t.slice(0, q);
  return t;
}

export function parseTrack1(raw: string, field = 'track1'): Track1 {
  const t = stripSentinels(raw);
  if (t.length > 79) fail(field, 'longer than 79 characters');
  const m = /^B(\d{1,19})\^([^^]{0,26})\^(?:(\d{4})|\^)(?:(\d{3})|\^)?(.*)$/.exec(t);
  if (!m) fail(field, 'not a format B track 1 (B PAN ^ NAME ^ YYMM SVC ...)');
  return { pan: m[1]!, name: m[2]!, expiry: m[3] ?? '', serviceCode: m[4] ?? '', discretionary: m[5]! };
}

export function parseTrack2(raw: string, field = 'track2'): Track2 {
  const t = stripSentinels(raw);
  if (t.length > 40) fail(field, 'longer than 40 characters');
  const m = /^(\d{1,19})[=D](?:(\d{4})|=)(?:(\d{3})|=)?([0-9A-F]*)$/i.exec(t);
  if (!m) fail(field, 'not a track 2 (PAN = YYMM SVC ...)');
  return { pan: m[1]!, expiry: m[2] ?? '', serviceCode: m[3] ?? '', discretionary: m[4]! };
}

/** Guesses track 1 vs track 2 by its shape. */
export function trackKind(raw: string): 1 | 2 | undefined {
  const t = stripSentinels(raw);
  if (/^B\d/.test(t) && t.includes('^')) return 1;
  if (/^\d{1,19}[=D]/i.test(t)) return 2;
  return undefined;
}
