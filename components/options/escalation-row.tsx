import type { CategoryDraft, CategoryErrors } from './escalation-rules';
import { escalationStrings as s } from './strings';
import { Button } from '../ui/button';

export interface EscalationRowProps {
  row: CategoryDraft;
  /** 1-based, for the inputs' names ("E-mail, row 2"). */
  index: number;
  errors: CategoryErrors;
  onChange: (row: CategoryDraft) => void;
  onDelete: () => void;
  /** Lets the tab focus the first invalid field, or a new row's name. */
  inputRef: (field: keyof CategoryErrors, node: HTMLInputElement | null) => void;
}

const FIELDS = [
  { field: 'name', type: 'text', column: s.columns.name },
  { field: 'sla', type: 'text', column: s.columns.sla },
  { field: 'contactName', type: 'text', column: s.columns.contactName },
  { field: 'email', type: 'email', column: s.columns.email },
] as const;

/**
 * One editable category: four inputs, each named by column and row, with its
 * error under it (aria-invalid + aria-describedby so it is read with the field).
 */
export function EscalationRow({ row, index, errors, onChange, onDelete, inputRef }: EscalationRowProps) {
  return (
    <tr>
      {FIELDS.map(({ field, type, column }) => {
        const errorId = `${row.key}-${field}-error`;
        const error = errors[field];
        return (
          <td key={field}>
            <input
              ref={(node) => inputRef(field, node)}
              type={type}
              inputMode={field === 'sla' ? 'decimal' : undefined}
              aria-label={s.cellLabel(column, index)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              value={row[field]}
              onChange={(e) => onChange({ ...row, [field]: e.target.value })}
            />
            {error ? (
              <p id={errorId} className="es-error">
                {error}
              </p>
            ) : null}
          </td>
        );
      })}
      <td>
        <Button tone="quiet" aria-label={s.deleteName(row.name.trim(), index)} onClick={onDelete}>
          {s.delete}
        </Button>
      </td>
    </tr>
  );
}
