import { memo, useEffect, useRef } from 'react';
import { SITE_LABELS, type Template } from '@/lib/model/types';
import { Button } from '../ui/button';
import { firstLine } from './template-rules';
import { templateStrings as s } from './strings';

/** Which of a row's buttons should take focus, and at which position (moves land there after the list re-sorts). */
export interface RowFocus {
  id: string;
  button: 'edit' | 'delete' | 'up' | 'down';
  index?: number;
}

export interface TemplateRowProps {
  template: Template;
  index: number;
  count: number;
  focus: RowFocus | null;
  onEdit: (template: Template) => void;
  onDuplicate: (template: Template) => void;
  onDelete: (template: Template) => void;
  onMove: (template: Template, by: -1 | 1) => void;
}

/**
 * One template: name, category badge, site, first line, actions named after
 * the template ("Move Sorry + DM up"). Moving re-sorts the list and React
 * moves DOM nodes, which drops focus: the effect puts it back once the row
 * reaches its new index, onto the other arrow if this one is now disabled.
 */
export const TemplateRow = memo(function TemplateRow(props: TemplateRowProps) {
  const { template: t, index, count, focus, onEdit, onDuplicate, onDelete, onMove } = props;
  const refs = {
    edit: useRef<HTMLButtonElement>(null),
    delete: useRef<HTMLButtonElement>(null),
    up: useRef<HTMLButtonElement>(null),
    down: useRef<HTMLButtonElement>(null),
  };
  const first = index === 0;
  const last = index === count - 1;

  // True once the row stands where the request wants it; other rows moving later must not re-trigger it.
  const atTarget = focus !== null && (focus.index === undefined || focus.index === index);
  useEffect(() => {
    if (!focus || !atTarget) return;
    let button = focus.button;
    if (button === 'up' && first) button = last ? 'edit' : 'down';
    if (button === 'down' && last) button = first ? 'edit' : 'up';
    refs[button].current?.focus();
    // Only a new request, or reaching its position, moves focus (the refs' targets are read, not watched).
    // eslint-disable-next-line react-hooks/exhaustive-deps -- first/last/refs are read, not watched (see above)
  }, [focus, atTarget]);

  return (
    <li className="es-template">
      <div className="es-template__head">
        <span className="es-template__name">
          <bdi>{t.name}</bdi>
        </span>
        <span className={`es-template__badge es-template__badge--${t.category}`}>{s.categories[t.category]}</span>
        {t.site ? <span className="es-template__badge">{s.siteOnly(SITE_LABELS[t.site])}</span> : null}
      </div>
      <p className="es-template__line">{firstLine(t.body)}</p>
      <div className="es-template__actions">
        <Button ref={refs.edit} tone="quiet" aria-label={s.editName(t.name)} onClick={() => onEdit(t)}>
          {s.edit}
        </Button>
        <Button tone="quiet" aria-label={s.duplicateName(t.name)} onClick={() => onDuplicate(t)}>
          {s.duplicate}
        </Button>
        <Button ref={refs.delete} tone="quiet" aria-label={s.deleteName(t.name)} onClick={() => onDelete(t)}>
          {s.delete}
        </Button>
        <Button ref={refs.up} aria-label={s.moveUpName(t.name)} disabled={first} onClick={() => onMove(t, -1)}>
          ↑
        </Button>
        <Button ref={refs.down} aria-label={s.moveDownName(t.name)} disabled={last} onClick={() => onMove(t, 1)}>
          ↓
        </Button>
      </div>
    </li>
  );
});
