import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { navigate } from '../actions.js';
import { pathOf, type Route } from '../state/route-slice.js';

interface Props extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  to: Route;
}

/** A real link (opens in a new tab with a modifier key) that moves within the page otherwise. */
export function AppLink({ to, onClick, ...rest }: Props) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={pathOf(to)} onClick={follow} {...rest} />;
}
