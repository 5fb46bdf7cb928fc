import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { navigate } from './router';

type Props = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

/** An in-app link: a real <a href> (works without JS, middle-click, copy), navigated client-side on a plain click. */
export function Link({ href, onClick, ...rest }: Props) {
  function handle(e: MouseEvent<HTMLAnchorElement>) {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(href);
  }
  return <a href={href} onClick={handle} {...rest} />;
}
