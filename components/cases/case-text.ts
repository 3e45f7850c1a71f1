import type { SlaStatus } from '@/lib/cases/sla-status';
import { cleanLine, cutText } from '@/lib/cases/text';
import { formatDuration } from '@/lib/kpi';
import { caseStrings as s } from './strings';

/** The first non-empty line of a post, as one clean line of plain text (React renders it as text, never HTML). */
export function firstLine(text: string | undefined, max = 140): string {
  const line = (text ?? '').split('\n').find((l) => l.trim()) ?? '';
  return cutText(cleanLine(line), max);
}

/** "SLA: due in 5 h", "SLA breached 3 h ago", … */
export function slaLabel(status: SlaStatus): string {
  if (status.kind === 'due') return s.sla.due(formatDuration(status.ms));
  if (status.kind === 'breached') return s.sla.breached(formatDuration(status.ms));
  return s.sla[status.kind];
}

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A history time in the user's locale and zone; an unreadable one is shown as stored. */
export function formatWhen(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : when.format(t);
}
