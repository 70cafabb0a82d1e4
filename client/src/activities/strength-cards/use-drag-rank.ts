import { useRef, useState, type PointerEvent } from 'react';

/**
 * Drag a pick onto another with a pointer (finger, pen or mouse): the dragged card takes the rank of
 * the one it is dropped on (an unranked one: no rank). Pointer events only, no library; the buttons
 * beside each pick do the same for the keyboard and screen readers, so the drag is a shortcut.
 */
export function useDragRank(onDrop: (cardId: string, rank: number) => void) {
  const [dragging, setDragging] = useState<string | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const target = useRef<{ cardId: string; rank: number } | null>(null);

  const targetAt = (x: number, y: number) => {
    const element = document.elementFromPoint(x, y)?.closest<HTMLElement>('[data-drop-card]');
    if (!element) return null;
    return { cardId: element.dataset.dropCard ?? '', rank: Number(element.dataset.dropRank ?? '0') };
  };

  const handleProps = (cardId: string) => ({
    onPointerDown: (event: PointerEvent<HTMLElement>) => {
      event.currentTarget.setPointerCapture(event.pointerId);
      setDragging(cardId);
      target.current = null;
    },
    onPointerMove: (event: PointerEvent<HTMLElement>) => {
      if (dragging !== cardId) return;
      const found = targetAt(event.clientX, event.clientY);
      target.current = found && found.cardId !== cardId ? found : null;
      setOver(target.current?.cardId ?? null);
    },
    onPointerUp: () => {
      if (dragging === cardId && target.current) onDrop(cardId, target.current.rank);
      setDragging(null);
      setOver(null);
      target.current = null;
    },
    onPointerCancel: () => {
      setDragging(null);
      setOver(null);
      target.current = null;
    },
  });

  return { dragging, over, handleProps };
}
