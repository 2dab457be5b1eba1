// The bytes a TSYS record body must never hold: they frame records (EIS 1080 §7.7, EIS 1081 blocks).
import { ETB, ETX, STX } from '@paywire/core';

/** 1 for STX, ETX and ETB, 0 for every other byte: one table read per byte in the framing scans. */
export const FRAMING_BYTES = new Uint8Array(256);
FRAMING_BYTES[STX] = 1;
FRAMING_BYTES[ETX] = 1;
FRAMING_BYTES[ETB] = 1;
