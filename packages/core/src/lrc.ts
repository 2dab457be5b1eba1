/** Longitudinal redundancy check: XOR of a byte range (TSYS: every byte after STX through ETX/ETB). */

export function lrc(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let x = 0;
  for (let i = start; i < end; i++) x ^= bytes[i]!;
  return x;
}

export function verifyLrc(bytes: Uint8Array, start: number, end: number, expected: number): boolean {
  return lrc(bytes, start, end) === expected;
}
