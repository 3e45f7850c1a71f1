import { useId, useRef, useState } from 'react';
import { slaStatus } from '@/lib/cases/sla-status';
import type { SlaPolicy } from '@/lib/cases/sla';
import { isActive } from '@/lib/cases/transitions';
import type { CaseState, StoredCase } from '@/lib/db/schema';
import { formatDuration } from '@/lib/kpi';
import { SITE_LABELS } from '@/lib/model/types';
import type { EscalationCategory } from '@/lib/settings/escalation-settings';
import { Button } from '../ui/button';
import { CaseHistory } from './case-history';
import { firstLine, slaLabel } from './case-text';
import { EscalatePanel } from './escalate-panel';
import { caseStrings as s } from './strings';

export interface CaseRowProps {
  c: StoredCase;
  now: Date;
  policy: SlaPolicy;
  categories: readonly EscalationCategory[];
  selected: boolean;
  onSelect: (selected: boolean) => void;
  onMove: (to: CaseState) => void;
  onEscalate: (category: string, note: string) => Promise<string>;
  onAnnounce: (message: string) => void;
}

/**
 * One case: what it is (id, state, category, SLA), who wrote what (author
 * and the post's first line, as plain text), the link to the post, the
 * actions its state allows, and its history. Every button's name carries
 * the case id ("Resolve C-1042"), so a list of them still makes sense.
 */
export function CaseRow({ c, now, policy, categories, selected, onSelect, onMove, onEscalate, onAnnounce }: CaseRowProps) {
  const titleId = useId();
  const [escalating, setEscalating] = useState(false);
  const escalateRef = useRef<HTMLButtonElement>(null);
  const site = SITE_LABELS[c.site] ?? c.site;
  const status = slaStatus(c, now, policy);
  const age = Math.max(0, now.getTime() - Date.parse(c.openedAt));
  const active = isActive(c);
  const action = (verb: string, to: CaseState) => (
    <Button aria-label={s.actionName(verb, c.id)} onClick={() => onMove(to)}>
      {verb}
    </Button>
  );

  return (
    <li className={`es-case-row es-case-row--${c.state}`} aria-labelledby={titleId}>
      <div className="es-case-row__head">
        {active ? (
          <input type="checkbox" aria-label={s.select(c.id)} checked={selected} onChange={(e) => onSelect(e.target.checked)} />
        ) : null}
        <strong id={titleId}>{c.id}</strong>
        <span className={`es-case__state es-case__state--${c.state}`}>{s.stateNames[c.state]}</span>
        <span>{c.category}</span>
        <span className={`es-sla es-sla--${status.kind}`}>{slaLabel(status)}</span>
        <span className="es-hint">{Number.isNaN(age) ? site : `${site} · ${s.opened(formatDuration(age))}`}</span>
      </div>
      <p className="es-case-row__text">
        <span className="es-case-row__author">{s.by(c.author || s.unknownAuthor)}</span>: {firstLine(c.text) || s.noText}
      </p>
      <div className="es-actions">
        {c.url ? (
          <a href={c.url} target="_blank" rel="noopener" aria-label={s.openPostName(c.id, site)}>
            {s.openPost}
          </a>
        ) : (
          <span className="es-hint">{s.noLink}</span>
        )}
        {active ? (
          <>
            <Button ref={escalateRef} aria-label={s.actionName(s.escalate, c.id)} aria-expanded={escalating} onClick={() => setEscalating((v) => !v)}>
              {s.escalate}
            </Button>
            {action(s.resolve, 'resolved')}
            {action(s.ignore, 'ignored')}
          </>
        ) : (
          action(s.reopen, 'open')
        )}
      </div>
      {escalating && active ? (
        <EscalatePanel
          c={c}
          categories={categories}
          onEscalate={onEscalate}
          onAnnounce={onAnnounce}
          onClose={() => {
            setEscalating(false);
            escalateRef.current?.focus(); // back to the button that opened it, not lost to <body>
          }}
        />
      ) : null}
      <CaseHistory c={c} />
    </li>
  );
}
