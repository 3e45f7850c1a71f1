import { useEffect, useId, useRef, useState } from 'react';
import { DEFAULT_GOALS, type Goal } from '@/lib/kpi';
import { saveGoals } from '@/lib/settings/goals';
import { Button } from '../ui/button';
import { Confirm } from '../ui/confirm';
import { Notice } from '../ui/notice';
import { errorText } from './error-text';
import { GoalForm } from './goal-form';
import { describeGoal } from './goal-rules';
import { GoalRow } from './goal-row';
import { goalStrings as s } from './strings';
import { useGoals } from './use-goals';
import './goals.css';

/**
 * The Goals tab (product.md §5): targets per channel, shown as met / not met
 * on the tiles, and the Score is the share of them met. Every change is
 * saved at once (sync storage, small) and announced politely.
 */
export function GoalsTab() {
  const titleId = useId();
  const [goals, setGoals] = useGoals();
  const [editing, setEditing] = useState<number | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useState<string | null>(null);
  const list = goals ?? [];
  const restoreRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  // When the confirmation closes, focus goes back to the button that opened it (not lost to <body>).
  useEffect(() => {
    if (wasConfirming.current && !confirming) restoreRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  async function commit(next: Goal[], message: string) {
    try {
      await saveGoals(next);
      setGoals(next);
      setError(null);
      setEditing(null);
      setAnnouncement(message);
    } catch (e) {
      setError(s.saveFailed(errorText(e)));
    }
  }

  const without = (index: number) => list.filter((_, i) => i !== index);

  return (
    <section className="es-card" aria-labelledby={titleId}>
      <h2 id={titleId}>
        {s.title} {goals ? <span className="es-count">({s.count(list.length)})</span> : null}
      </h2>
      <p className="es-hint">{s.intro}</p>
      <p>
        <strong>{s.scoreNote}</strong>
      </p>
      <p className="es-hint">{s.perWeekNote}</p>
      <p role="status" className="es-live">
        {announcement}
      </p>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {goals && list.length === 0 ? <p>{s.empty}</p> : null}
      <ul className="es-term-list" aria-labelledby={titleId}>
        {list.map((goal, index) => (
          <GoalRow
            key={`${goal.site}:${goal.kpi}:${index}`}
            goal={goal}
            editing={editing === index}
            others={without(index)}
            onEdit={() => setEditing(index)}
            onCancel={() => setEditing(null)}
            onSave={(next) => commit(list.map((g, i) => (i === index ? next : g)), s.updated(describeGoal(next)))}
            onDelete={() => void commit(without(index), s.deleted(describeGoal(goal)))}
          />
        ))}
      </ul>
      {goals ? <GoalForm others={list} onSave={(goal) => commit([...list, goal], s.added(describeGoal(goal)))} /> : null}
      <div className="es-restore">
        {confirming ? (
          <Confirm
            title={s.restoreConfirmTitle}
            confirmLabel={s.restoreConfirm}
            cancelLabel={s.cancel}
            onConfirm={() => {
              setConfirming(false);
              void commit(DEFAULT_GOALS, s.restored);
            }}
            onCancel={() => setConfirming(false)}
          >
            <p>{s.restoreConfirmBody}</p>
          </Confirm>
        ) : (
          <Button ref={restoreRef} onClick={() => (list.length === 0 ? void commit(DEFAULT_GOALS, s.restored) : setConfirming(true))}>
            {s.restore}
          </Button>
        )}
      </div>
    </section>
  );
}
