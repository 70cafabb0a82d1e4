import type { Express } from 'express';

/** Every route under `under` (the API unless told) the express app has registered, as "METHOD /path". */
export function registeredRoutes(app: Express, under = '/api/'): string[] {
  interface Layer {
    route?: { path: string | string[]; methods: Record<string, boolean> };
    handle?: { stack?: Layer[] };
    rawPath?: string | string[];
  }
  const out: string[] = [];
  const walk = (stack: Layer[], prefix: string) => {
    for (const layer of stack) {
      if (layer.route) {
        for (const path of [layer.route.path].flat()) {
          for (const method of Object.keys(layer.route.methods).filter((m) => m !== '_all')) {
            const full = `${prefix}${path}`.replace(/(.)\/$/, '$1');
            out.push(`${method.toUpperCase()} ${full}`);
          }
        }
      } else if (layer.handle?.stack) {
        const raw = [layer.rawPath ?? ''].flat()[0] ?? '';
        walk(layer.handle.stack, raw === '/' ? prefix : `${prefix}${raw}`);
      }
    }
  };
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack, '');
  return out.filter((r) => r.split(' ')[1]!.startsWith(under));
}
