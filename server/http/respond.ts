import type { NextFunction, Request, Response } from 'express';
import type { z } from 'zod';
import { wireError } from '../../shared/protocol/errors.js';
import { AppError } from '../errors.js';
import type { Logger } from '../logger.js';

/** Parses a request body with a shared zod schema; bad input becomes a 400 with a stable code. */
export function parseBody<S extends z.ZodType>(schema: S, req: Request): z.output<S> {
  const parsed = schema.safeParse(req.body);
  if (!parsed.success) throw new AppError('invalid_payload', 400);
  return parsed.data;
}

export function errorHandler(logger: Logger) {
  return (error: unknown, _req: Request, res: Response, _next: NextFunction): void => {
    if (error instanceof AppError) {
      res.status(error.httpStatus).json({ error: wireError(error.code) });
      return;
    }
    const status = (error as { status?: number }).status;
    if (status === 413) {
      res.status(413).json({ error: wireError('payload_too_large') });
      return;
    }
    if (status === 400) {
      res.status(400).json({ error: wireError('invalid_payload') });
      return;
    }
    logger.error({ err: error }, 'request failed');
    res.status(500).json({ error: wireError('internal') });
  };
}
