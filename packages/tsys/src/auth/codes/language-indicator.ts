// EIS 1080 §6.110 Language indicator (Table 6.49), request bytes 47-48.

export const languageIndicators = {
  '00': 'English',
  '01': 'Spanish',
  '02': 'Portuguese',
  '03': 'reserved',
  '04': 'reserved',
  '05': 'reserved',
  '06': 'reserved',
  '07': 'reserved',
} as const satisfies Readonly<Record<string, string>>;
