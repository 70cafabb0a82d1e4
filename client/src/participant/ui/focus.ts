import { useEffect, useRef } from 'react';

/** False during the page's first render: a page that just loaded keeps the browser's own focus. */
let started = false;

/** Called once by the app root; its effect runs after every child's first effect. */
export function useFocusStart(): void {
  useEffect(() => {
    started = true;
  }, []);
}

/**
 * For the heading (tabIndex -1) of a step or activity that replaces what was on screen: when the
 * element that had focus went away with the old view, focus moves here instead of to <body>, so
 * keyboard and screen reader users continue from the new content.
 */
export function useFocusHeading<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (!started) return;
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected) ref.current?.focus();
  }, [key]);
  return ref;
}
