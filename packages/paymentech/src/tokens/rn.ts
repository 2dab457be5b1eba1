// Token RN, POS retrieval reference number: 12 characters, space-filled (AM-NC add_rn; IXO-DOC mapping).
import type { TokenDefinition } from './token.js';

export const RN_TOKEN: TokenDefinition = {
  id: 'RN',
  key: 'rn',
  label: 'POS retrieval reference number',
  fields: [{ name: 'posRetrievalNumber', label: 'POS retrieval number', length: 12 }],
};
