/** Size limits of the TCLink 4.2.0 socket form (notes §12.2, §12.4). */

/**
 * Largest request the 4.2.0 client carries intact: its buffer is 16,000 bytes including the C
 * string terminator, so 15,999 bytes of `BEGIN` .. `END\n`. Larger requests are an error here
 * (4.2.0 truncated them silently; 4.5 answers `baddata`/`badlength`/`offenders=request`).
 */
export const TCLINK_MAX_REQUEST_BYTES = 15_999;

/** Largest `name=value\n` line (LF included) the 4.2.0 client carries intact (1,024-byte scratch buffer). */
export const TCLINK_MAX_LINE_BYTES = 1_023;

/**
 * Largest HTTPS form request body or answer (either form) the decoders accept. TrustCommerce
 * documents no maximum for these; answers are a few hundred bytes and the socket form stops at
 * 16,000, so 64 KiB bounds the work on hostile input without refusing anything real.
 */
export const MAX_DOCUMENT_BYTES = 65_536;
