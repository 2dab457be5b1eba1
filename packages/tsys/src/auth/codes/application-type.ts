// EIS 1080 §6.23 Application type (Table 6.12): the connection model, byte 2 of every record.

export const applicationTypes = {
  '0': 'single authorization per connection',
  '2': 'several authorizations per connection, one at a time (single-threaded)',
  '4': 'several authorizations per connection, full duplex (interleaved; required by the HTTPS gateway)',
} as const satisfies Readonly<Record<string, string>>;

export type ApplicationType = keyof typeof applicationTypes;
