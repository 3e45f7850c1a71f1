import type { Goal } from '@/lib/kpi';
import { Button } from '../ui/button';
import { GoalForm } from './goal-form';
import { describeGoal } from './goal-rules';
import { goalStrings as s } from './strings';

export interface GoalRowProps {
  goal: Goal;
  editing: boolean;
  /** Every goal but this one, for the duplicate check while editing. */
  others: readonly Goal[];
  onEdit: () => void;
  onSave: (goal: Goal) => Promise<void>;
  onCancel: () => void;
  onDelete: () => void;
}

/** One goal: its sentence and Edit / Delete, or the form in its place while edited. */
export function GoalRow({ goal, editing, others, onEdit, onSave, onCancel, onDelete }: GoalRowProps) {
  const name = describeGoal(goal);
  if (editing) {
    return (
      <li className="es-term es-term--editing">
        <GoalForm initial={goal} others={others} onSave={onSave} onCancel={onCancel} />
      </li>
    );
  }
  return (
    <li className="es-term">
      <span className="es-term__text">{name}</span>
      <span className="es-term__actions">
        <Button tone="quiet" aria-label={s.editName(name)} onClick={onEdit}>
          {s.edit}
        </Button>
        <Button tone="quiet" aria-label={s.deleteName(name)} onClick={onDelete}>
          {s.delete}
        </Button>
      </span>
    </li>
  );
}
