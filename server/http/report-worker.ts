import type { Request, Response } from 'express';

/**
 * The report page's service worker, so a report opened once opens again offline (design §9). It is
 * served from /r/sw.js and allowed the scope /r (the page's path has no trailing slash). It keeps
 * only what the page needs: hashed assets cache-first (a name never changes its content), the page
 * network-first with the last copy as the fallback. The report's data is not cached here: the page
 * keeps its last JSON in localStorage and drops it when the server refuses the report, and /api
 * answers are never stored.
 */
const CACHE = 'moim-report-v1';

const WORKER_SOURCE = `'use strict';
const CACHE = ${JSON.stringify(CACHE)};
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith('moim-report-') && n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});
const isPage = (url) => url.pathname === '/r';
const isAsset = (url) => url.pathname.startsWith('/assets/');
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (isAsset(url)) {
    event.respondWith(
      caches.open(CACHE).then((cache) =>
        cache.match(request).then((hit) =>
          hit ||
          fetch(request).then((response) => {
            if (response.ok) cache.put(request, response.clone());
            return response;
          }),
        ),
      ),
    );
  } else if (isPage(url) && request.mode === 'navigate') {
    // One copy of the page whatever its query: the page reads ?p= itself.
    const key = new Request(self.location.origin + '/r');
    event.respondWith(
      fetch(request)
        .then((response) => {
          // Cloned now: once the page reads the body a clone is no longer possible.
          if (response.ok) {
            const copy = response.clone();
            event.waitUntil(caches.open(CACHE).then((cache) => cache.put(key, copy)));
          }
          return response;
        })
        .catch(() => caches.match(key).then((hit) => hit || Response.error())),
    );
  }
});
`;

export function reportWorker(_req: Request, res: Response): void {
  res.type('text/javascript');
  res.setHeader('Service-Worker-Allowed', '/r');
  // A browser checks the worker for updates at most daily anyway; never keep a stale one longer.
  res.setHeader('Cache-Control', 'no-cache');
  res.send(WORKER_SOURCE);
}
