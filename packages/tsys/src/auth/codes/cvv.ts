// EIS 1080 §6.215 Verification code request (Table 6.93) and §6.216 result code (Table 6.94).
// The tables live with the G3v007 layout that uses them; re-exported here under the codes names.

export {
  verificationCodePresenceIndicators as cvvPresenceCodes,
  verificationCodeResponseTypes as cvvResponseTypeCodes,
  verificationCodeResultCodes as cvvResultCodes,
} from '../group-3/v007.js';
