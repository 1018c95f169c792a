import { useEffect, useState, type RefObject } from 'react';

/** How far beyond the visible part of the board a lane still counts as near: half a screen either way. */
const NEAR_MARGIN = '50% 0px 50% 0px';

export type Nearness = { near: boolean; /** The element's height when it was last seen, in pixels. */ lastHeight: number | null };

/**
 * Whether an element is in (or close to) the visible part of a scrolling container. Watched by the
 * browser (IntersectionObserver), so that scrolling a large board costs nothing in script.
 */
export function useNearViewport(target: RefObject<Element | null>, root: RefObject<Element | null>): Nearness {
  const [nearness, setNearness] = useState<Nearness>({ near: false, lastHeight: null });
  useEffect(() => {
    const element = target.current;
    if (!element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries.at(-1)!;
        setNearness({ near: entry.isIntersecting, lastHeight: entry.boundingClientRect.height });
      },
      { root: root.current, rootMargin: NEAR_MARGIN },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [target, root]);
  return nearness;
}
