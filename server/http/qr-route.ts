import type { Request, Response } from 'express';
import QRCode from 'qrcode';
import { joinCodeSchema } from '../../shared/protocol/schemas.js';
import type { AppConfig } from '../config.js';
import { AppError } from '../errors.js';

/** The join link for a code: PUBLIC_URL when set, else the host the projector page came from. */
export function joinUrl(config: AppConfig, req: Request, code: string): string {
  const base = config.publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`;
  return `${base}/j/${code}`;
}

/** SVG QR code of the join link, drawn on the server so no QR library ships to any browser. */
export function qrRoute(config: AppConfig) {
  return async (req: Request, res: Response): Promise<void> => {
    const code = joinCodeSchema.safeParse(req.params.code);
    if (!code.success) throw new AppError('not_found', 404);
    const svg = await QRCode.toString(joinUrl(config, req, code.data), {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 2,
    });
    // private: the link depends on the Host the projector used, so shared caches must not reuse it.
    res.type('image/svg+xml').setHeader('Cache-Control', 'private, max-age=300').send(svg);
  };
}
