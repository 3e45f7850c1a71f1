import { useId } from 'react';
import type { BriefCell, BriefKpiRow } from '@/lib/brief/build-brief';
import { SITES, SITE_LABELS } from '@/lib/model/types';
import { briefPageStrings as p, briefStrings as s } from './strings';

/** A value with its goal mark: the mark is seen (✓ ✗ ?), its meaning is read ("goal met"). */
function Cell({ cell }: { cell: BriefCell }) {
  return (
    <td className={cell.mark ? `es-brief__cell--${cell.mark}` : undefined}>
      {cell.display}
      {cell.mark ? (
        <>
          {' '}
          <span aria-hidden="true">{s.marks[cell.mark]}</span>
          <span className="es-visually-hidden">, {p.goalSpoken[cell.mark]}</span>
        </>
      ) : null}
    </td>
  );
}

/** KPIs vs goals: one row per KPI, all channels then each channel, and the all-channels goal. */
export function BriefKpiTable({ rows }: { rows: readonly BriefKpiRow[] }) {
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className="es-brief__section">
      <h2 id={titleId}>{s.kpisTitle}</h2>
      <table className="es-brief__table">
        <thead>
          <tr>
            <th scope="col">{s.kpiColumn}</th>
            <th scope="col">{s.allColumn}</th>
            {SITES.map((site) => (
              <th key={site} scope="col">
                {SITE_LABELS[site]}
              </th>
            ))}
            <th scope="col">{s.goalColumn}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.label}</th>
              <Cell cell={row.cells.all} />
              {SITES.map((site) => (
                <Cell key={site} cell={row.cells[site]} />
              ))}
              <td>{row.goal ?? s.noGoal}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="es-hint">
        {s.marks.met} {s.met} · {s.marks.unmet} {s.notMet} · {s.marks.unknown} {s.unknown}
      </p>
    </section>
  );
}
