import { useLayoutEffect, type RefObject } from 'react';

/** How the projector's results may be scaled from their full size (the room's 32 px floor at 1920×1080). */
export interface FitRange {
  /** Only when even the full size would not fit (twelve options of 80 characters, fifty words). */
  min: number;
  /** Few options or short answers grow to use the room. */
  max: number;
}

const overflows = (box: HTMLElement) =>
  box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1;

/**
 * Sets the box's `--fit` (its CSS scales its text by it) to the largest value in the range at which
 * its content fits, by bisection; `min` if none does. Returns whether the content fits.
 */
export function fitText(box: HTMLElement, { min, max }: FitRange): boolean {
  const fitsAt = (scale: number) => {
    box.style.setProperty('--fit', scale.toFixed(3));
    return !overflows(box);
  };
  let chosen = max;
  if (!fitsAt(max)) {
    if (!fitsAt(min)) {
      box.dataset.fit = min.toFixed(2);
      return false;
    }
    let [fits, tooBig] = [min, max];
    for (let i = 0; i < 7; i += 1) {
      const mid = (fits + tooBig) / 2;
      if (fitsAt(mid)) fits = mid;
      else tooBig = mid;
    }
    chosen = fits;
    fitsAt(chosen);
  }
  box.dataset.fit = chosen.toFixed(2);
  return true;
}

/**
 * Keeps `fitText` true: measured again when the content changes (`contentKey`), the box is
 * resized, or a webfont arrives. `null`: the content fits itself (open text shows fewer cards).
 */
export function useFitText(
  ref: RefObject<HTMLElement | null>,
  contentKey: unknown,
  range: FitRange | null,
): void {
  const min = range?.min ?? 1;
  const max = range?.max ?? 1;
  const off = range === null;
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box || off) return;
    const fit = () => void fitText(box, { min, max });
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(box);
    document.fonts.addEventListener('loadingdone', fit);
    return () => {
      observer.disconnect();
      document.fonts.removeEventListener('loadingdone', fit);
    };
  }, [ref, contentKey, min, max, off]);
}
