import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useRef, useState } from 'react';
import { isActive, transitionVerb } from '@/lib/cases/transitions';
import { listCases } from '@/lib/db/cases-repo';
import type { CaseState, StoredCase } from '@/lib/db/schema';
import type { Scope } from '@/lib/kpi';
import { Notice } from '../ui/notice';
import { useDb } from '../options/db-context';
import { errorText } from '../options/error-text';
import { BulkResolveBar } from './bulk-resolve-bar';
import { categoryOptions, filterCases, INITIAL_FILTERS, matchesFilters, type CaseFilters } from './case-filters';
import { CaseFilterBar } from './case-filter-bar';
import { CaseRow } from './case-row';
import { caseStrings as s } from './strings';
import { useCaseActions } from './use-case-actions';
import { useEscalationCategories } from './use-escalation-categories';
import { useNow } from './use-now';
import './cases.css';

/**
 * The dashboard's case list (product.md §4 "cases stay visible until
 * resolved"): filters, rows with their actions, bulk resolve. The database
 * is the source of truth (useLiveQuery): a case the chip escalates in
 * another tab shows up here by itself. Outcomes are announced in one
 * polite live region.
 */
export function CaseList({ channel = 'all' }: { channel?: Scope }) {
  const db = useDb();
  const titleId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const cases = useLiveQuery(() => listCases(db), [db]);
  const categories = useEscalationCategories();
  const now = useNow();
  const actions = useCaseActions();
  const [filters, setFilters] = useState<CaseFilters>({ ...INITIAL_FILTERS, site: channel });
  // The site filter follows the dashboard's channel switch (and stays free to change here).
  const [lastChannel, setLastChannel] = useState(channel);
  if (channel !== lastChannel) {
    setLastChannel(channel);
    setFilters((f) => ({ ...f, site: channel }));
  }
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const policy = (categories ?? []).map(({ name, slaHours }) => ({ name, slaHours }));
  const shown = filterCases(cases ?? [], filters, now);
  const selectable = shown.filter(isActive).map((c) => c.id);

  /** One write: its outcome goes to the live region, its failure to an alert. */
  async function run(work: () => Promise<string>) {
    setError(null);
    setBusy(true);
    try {
      setAnnouncement(await work());
    } catch (e) {
      setError(s.failed(errorText(e)));
    } finally {
      setBusy(false);
    }
  }

  const move = (c: StoredCase, to: CaseState) =>
    run(async () => {
      const next = await actions.move(c, to);
      // A row the filters now hide takes its focused button with it: move focus to the list's heading.
      if (!matchesFilters(next, filters, now)) headingRef.current?.focus();
      return s.done(c.id, transitionVerb(c.state, to));
    });

  /** Returns what to announce ("C-1042 escalated.", or '' when it already was); the panel adds what it did. */
  async function escalate(c: StoredCase, category: string, note: string): Promise<string> {
    setError(null);
    try {
      await actions.escalate(c, category, note);
      return c.state === 'open' ? s.done(c.id, transitionVerb('open', 'escalated')) : '';
    } catch (e) {
      setError(s.failed(errorText(e)));
      return '';
    }
  }

  const resolveSelected = () =>
    run(async () => {
      const resolved = await actions.resolveMany(selectable.filter((id) => selected.has(id)));
      setSelected(new Set());
      headingRef.current?.focus();
      return s.bulkResolved(resolved.map((c) => c.id));
    });

  return (
    <section className="es-case-list" aria-labelledby={titleId}>
      <h3 id={titleId} ref={headingRef} tabIndex={-1}>
        {s.listTitle} {cases ? <span className="es-count">({s.count(shown.length, cases.length)})</span> : null}
      </h3>
      <p className="es-hint">{s.intro}</p>
      <CaseFilterBar filters={filters} categories={categoryOptions((categories ?? []).map((k) => k.name), cases ?? [])} onChange={setFilters} />
      <BulkResolveBar
        selectable={selectable}
        selected={selected}
        busy={busy}
        onSelectAll={(all) => setSelected(all ? new Set(selectable) : new Set())}
        onResolve={() => void resolveSelected()}
      />
      <p role="status" className="es-live">
        {announcement}
      </p>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {!cases ? <p className="es-hint">{s.loading}</p> : shown.length === 0 ? <p>{s.empty}</p> : null}
      <ul className="es-case-rows" aria-labelledby={titleId}>
        {shown.map((c) => (
          <CaseRow
            key={c.id}
            c={c}
            now={now}
            policy={policy}
            categories={categories ?? []}
            selected={selected.has(c.id)}
            onSelect={(on) => setSelected((prev) => toggled(prev, c.id, on))}
            onMove={(to) => void move(c, to)}
            onEscalate={(category, note) => escalate(c, category, note)}
            onAnnounce={setAnnouncement}
          />
        ))}
      </ul>
    </section>
  );
}

function toggled(set: ReadonlySet<string>, id: string, on: boolean): ReadonlySet<string> {
  const next = new Set(set);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}
