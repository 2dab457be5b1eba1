/**
 * Masked renderings of the HTTP bodies for the packet hooks: Auth fully hidden, the SVdot payload
 * re-rendered field by field with the codec's masking (mask characters shown as `*`, not `|2A`) (card number first 6 / last 4; Track II,
 * EAN, SCV, keys fully). Anything that does not decode has every 13-19 digit run masked.
 */

import {
  type DatawireRequest,
  decodeResponse,
  encodeRequestText,
  encodeResponseText,
  escapePayload,
  maskAuth,
  maskDigitRuns,
  unescapePayload,
} from '@paywire/datawire';
import {
  decodeResponse as decodeSvdotResponse,
  fieldByName,
  redactFields,
  type SvdotFields,
  type SvdotRequest,
} from '@paywire/fdms-gift';

const FS = '\x1c';

function latin1(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

function fieldsText(fields: SvdotFields): string {
  let out = '';
  for (const [name, value] of Object.entries(redactFields(fields))) {
    if (value === undefined) continue;
    const id = fieldByName(name)?.id ?? (name.startsWith('field') ? name.slice(5) : '??');
    out += FS + id + value;
  }
  return out;
}

/** `|XX` escaping for display: the mask character stays readable. */
function escapeMasked(bytes: Uint8Array): string {
  return escapePayload(bytes).replaceAll('|2A', '*');
}

/** The SVdot request bytes with card data masked (display only; not a valid payload). */
export function maskedSvdotRequest(req: SvdotRequest): Uint8Array {
  return latin1(
    `SV.${req.merchantId}${FS}${req.version}${req.format}${req.requestCode}${fieldsText(req.fields)}${req.trailingSeparator ? FS : ''}`,
  );
}

/** A masked text of an outgoing Datawire request. */
export function maskedRequestText(req: DatawireRequest, svdot?: SvdotRequest): string {
  const copy: DatawireRequest = {
    ...req,
    clientId: { ...req.clientId, auth: maskAuth(req.clientId.auth) },
  };
  if (svdot !== undefined) copy.payload = escapeMasked(maskedSvdotRequest(svdot));
  else if (req.payload !== undefined) copy.payload = maskDigitRuns(req.payload);
  try {
    return encodeRequestText(copy, { validate: false });
  } catch {
    return '(request not renderable)';
  }
}

/** A masked text of an incoming HTTP body (a Datawire response, or anything else). */
export function maskedResponseText(body: string): string {
  try {
    const res = decodeResponse(body);
    if (res.body?.type === 'transaction' && res.body.payload) {
      let masked: string;
      try {
        const svdot = decodeSvdotResponse(unescapePayload(res.body.payload));
        masked = escapeMasked(
          latin1(
            `${svdot.version}${svdot.format}${FS}${svdot.responseIndicator}${fieldsText(svdot.fields)}${svdot.trailingSeparator ? FS : ''}`,
          ),
        );
      } catch {
        masked = maskDigitRuns(res.body.payload);
      }
      return encodeResponseText({ ...res, body: { ...res.body, payload: masked } });
    }
    return maskDigitRuns(body);
  } catch {
    return maskDigitRuns(body);
  }
}
