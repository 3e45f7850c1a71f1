import type { Template } from '@/lib/model/types';
import type { TemplateInput } from '@/lib/db/templates-repo';
import type { TemplateValues } from '@/lib/templates/render';
import { Confirm } from '../ui/confirm';
import { TemplateEditor } from './template-editor';
import { TemplateRow, type RowFocus } from './template-row';
import { templateStrings as s } from './strings';

export interface TemplateListProps {
  /** In library order (ascending `order`). */
  templates: readonly Template[];
  sample: TemplateValues;
  editingId: string | null;
  deletingId: string | null;
  focus: RowFocus | null;
  busy: boolean;
  onEdit: (template: Template) => void;
  onSaveEdit: (template: TemplateInput) => Promise<void>;
  onCancelEdit: () => void;
  onDuplicate: (template: Template) => void;
  onDelete: (template: Template) => void;
  onConfirmDelete: (template: Template) => void;
  onCancelDelete: () => void;
  onMove: (template: Template, by: -1 | 1) => void;
}

/**
 * The library in its order. Editing and the delete confirmation happen in
 * place, inside the template's own list item, so the user keeps context and
 * focus has a natural place to return to. A plain list: libraries are small
 * and every row stays reachable by keyboard and the browser's find.
 */
export function TemplateList(props: TemplateListProps) {
  const { templates, sample, editingId, deletingId, focus, busy } = props;
  return (
    <ul className="es-template-list">
      {templates.map((t, index) =>
        t.id === editingId ? (
          <li key={t.id} className="es-template es-template--editing">
            <TemplateEditor initial={t} existing={templates} sample={sample} onSave={props.onSaveEdit} onCancel={props.onCancelEdit} />
          </li>
        ) : t.id === deletingId ? (
          <li key={t.id} className="es-template">
            <Confirm
              title={s.deleteConfirmTitle(t.name)}
              confirmLabel={s.deleteConfirm}
              cancelLabel={s.cancel}
              danger
              busy={busy}
              onConfirm={() => props.onConfirmDelete(t)}
              onCancel={props.onCancelDelete}
            >
              <p>{s.deleteConfirmBody}</p>
            </Confirm>
          </li>
        ) : (
          <TemplateRow
            key={t.id}
            template={t}
            index={index}
            count={templates.length}
            focus={focus?.id === t.id ? focus : null}
            onEdit={props.onEdit}
            onDuplicate={props.onDuplicate}
            onDelete={props.onDelete}
            onMove={props.onMove}
          />
        ),
      )}
    </ul>
  );
}
