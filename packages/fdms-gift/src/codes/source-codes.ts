// Source codes of field EA (paymentech-datawire-svdot-wire.md c.3 semantics).

/** Values of field EA (Source Code) the sources name. Other values are kept as they are. */
export const SOURCE_CODES: Readonly<Record<string, string>> = {
  '30': 'Internet with EAN (field 34 encrypted EAN + F3 merchant key id)',
  '31': 'Internet without EAN (field 32 SCV when the card has one)',
};
