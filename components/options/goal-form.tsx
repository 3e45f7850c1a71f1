import { useId, useRef, useState, type FormEvent } from 'react';
import type { Goal, Scope } from '@/lib/kpi';
import { KPI_LABELS } from '@/lib/kpi';
import { Button } from '../ui/button';
import { Field } from '../ui/field';
import { defaultOp, fromInput, GOAL_KPIS, GOAL_SCOPES, parseTarget, scopeName, toInput, unitOf, validateGoal, type GoalKpi } from './goal-rules';
import { goalStrings as s } from './strings';

export interface GoalFormProps {
  /** The goal being edited; absent = "Add a goal". */
  initial?: Goal;
  /** The other goals (for the one-goal-per-KPI-and-channel check). */
  others: readonly Goal[];
  onSave: (goal: Goal) => Promise<void> | void;
  onCancel?: () => void;
}

/**
 * Add or edit one goal. The target is typed in the unit the user thinks in
 * (hours, %, per week) and converted on save. Validation runs on submit and
 * then follows every change, like the watchlist form.
 */
export function GoalForm({ initial, others, onSave, onCancel }: GoalFormProps) {
  const titleId = useId();
  const targetRef = useRef<HTMLInputElement>(null);
  const [site, setSite] = useState<Scope>(initial?.site ?? 'all');
  const [kpi, setKpi] = useState<GoalKpi>(initial?.kpi ?? 'responseRate');
  const [op, setOp] = useState<Goal['op']>(initial?.op ?? defaultOp('responseRate'));
  const [raw, setRaw] = useState(initial ? String(toInput(initial.kpi, initial.target)) : '');
  const [showErrors, setShowErrors] = useState(false);
  const unit = unitOf(kpi);
  const error = showErrors ? validateGoal({ site, kpi, op }, raw, others) : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (validateGoal({ site, kpi, op }, raw, others)) {
      setShowErrors(true);
      targetRef.current?.focus(); // the message sits under the target and is read with it
      return;
    }
    await onSave({ site, kpi, op, target: fromInput(kpi, parseTarget(raw)) });
    if (!initial) {
      setRaw('');
      setShowErrors(false);
    }
  }

  return (
    <form className="es-goal-form" aria-labelledby={titleId} onSubmit={(e) => void submit(e)} noValidate>
      <h3 id={titleId}>{initial ? s.editTitle(KPI_LABELS[initial.kpi]) : s.addTitle}</h3>
      <div className="es-goal-form__fields">
        <Field label={s.channelLabel}>
          {(p) => (
            <select {...p} value={site} onChange={(e) => setSite(e.target.value as Scope)}>
              {GOAL_SCOPES.map((x) => (
                <option key={x} value={x}>
                  {scopeName(x)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={s.kpiLabel}>
          {(p) => (
            <select
              {...p}
              value={kpi}
              onChange={(e) => {
                const next = e.target.value as GoalKpi;
                setKpi(next);
                setOp(defaultOp(next)); // "at most" for waits and breaches, "at least" for the rest
              }}
            >
              {GOAL_KPIS.map((id) => (
                <option key={id} value={id}>
                  {KPI_LABELS[id]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={s.opLabel}>
          {(p) => (
            <select {...p} value={op} onChange={(e) => setOp(e.target.value as Goal['op'])}>
              <option value=">=">{s.ops['>=']}</option>
              <option value="<=">{s.ops['<=']}</option>
            </select>
          )}
        </Field>
        <Field label={s.targetLabel} hint={s.unitHints[unit]} error={error}>
          {(p) => (
            <input {...p} ref={targetRef} type="text" inputMode="decimal" value={raw} onChange={(e) => setRaw(e.target.value)} />
          )}
        </Field>
      </div>
      <div className="es-actions">
        <Button type="submit" tone="primary">
          {initial ? s.save : s.add}
        </Button>
        {onCancel ? <Button onClick={onCancel}>{s.cancel}</Button> : null}
      </div>
    </form>
  );
}
