import { Button } from '../ui/button';
import { caseStrings as s } from './strings';

export interface BulkResolveBarProps {
  /** Active cases shown (the only ones that can be selected). */
  selectable: readonly string[];
  selected: ReadonlySet<string>;
  onSelectAll: (all: boolean) => void;
  onResolve: () => void;
  busy: boolean;
}

/**
 * "Select all shown" and "Resolve selected (n)". Only shown cases count, so
 * a selection hidden by a filter change is never resolved by surprise.
 */
export function BulkResolveBar({ selectable, selected, onSelectAll, onResolve, busy }: BulkResolveBarProps) {
  if (selectable.length === 0) return null;
  const count = selectable.filter((id) => selected.has(id)).length;
  return (
    <div className="es-bulk">
      <label className="es-check">
        <input
          type="checkbox"
          checked={count === selectable.length}
          ref={(node) => {
            if (node) node.indeterminate = count > 0 && count < selectable.length;
          }}
          onChange={(e) => onSelectAll(e.target.checked)}
        />
        {s.selectAll}
      </label>
      <Button tone="primary" disabled={count === 0 || busy} onClick={onResolve}>
        {s.resolveSelected(count)}
      </Button>
    </div>
  );
}
