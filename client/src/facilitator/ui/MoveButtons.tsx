import { useT } from '../../common/i18n.js';

interface Props {
  /** Id of the element naming the item, so "up" is read as "up: <item>". */
  describedBy: string;
  canUp: boolean;
  canDown: boolean;
  onMove: (by: -1 | 1) => void;
}

/** Reordering by buttons: works by keyboard and by touch, unlike drag and drop. */
export function MoveButtons({ describedBy, canUp, canDown, onMove }: Props) {
  const t = useT();
  return (
    <>
      <button type="button" aria-describedby={describedBy} disabled={!canUp} onClick={() => onMove(-1)}>
        <span aria-hidden="true">↑ </span>
        {t('common.moveUp')}
      </button>
      <button type="button" aria-describedby={describedBy} disabled={!canDown} onClick={() => onMove(1)}>
        <span aria-hidden="true">↓ </span>
        {t('common.moveDown')}
      </button>
    </>
  );
}
