/** Guide §V, "Errortype": `errortype` when status is error. */

export const ERROR_TYPE = {
  cantconnect: 'could not connect to the gateway',
  dnsfailure: 'could not resolve the gateway host name',
  linkfailure: 'connection severed before the transaction completed',
  failtoprocess: 'bank servers offline',
} as const;

export type ErrorType = keyof typeof ERROR_TYPE;
