import type { ErrorCode } from '../shared/protocol/errors.js';

/** A refusal the client is meant to see: only its code (and the shared message for it) leaves the server. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly httpStatus = 400,
  ) {
    super(code);
  }
}
