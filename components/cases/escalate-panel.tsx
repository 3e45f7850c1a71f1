import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { buildEscalation } from '@/lib/cases/escalation';
import { getCasePost } from '@/lib/db/escalate-case';
import type { StoredCase } from '@/lib/db/schema';
import type { EscalationCategory } from '@/lib/settings/escalation-settings';
import { Button } from '../ui/button';
import { useDb } from '../options/db-context';
import { caseStrings as s } from './strings';

export interface EscalatePanelProps {
  c: StoredCase;
  categories: readonly EscalationCategory[];
  /** Records the escalation (state and category) when the user opens the draft or copies; resolves to what to announce. */
  onEscalate: (category: string, note: string) => Promise<string>;
  onAnnounce: (message: string) => void;
  onClose: () => void;
}

/**
 * Escalate one case (product.md §4): pick the category, then open a mail
 * draft to its contact (mailto:) or copy the summary as text or Markdown.
 * Earshot never sends mail itself. Opening the draft or copying is the act
 * of escalating, so that is when the case is marked escalated. The text is
 * buildEscalation's, the same the in-page chip uses.
 */
export function EscalatePanel({ c, categories, onEscalate, onAnnounce, onClose }: EscalatePanelProps) {
  const db = useDb();
  const titleId = useId();
  const selectId = useId();
  const known = categories.some((k) => k.name === c.category);
  const [category, setCategory] = useState(known ? c.category : (categories[0]?.name ?? c.category));
  // The stored post has the handle and the classifier's reasons; a pruned post falls back to the case's copy.
  const post = useLiveQuery(() => getCasePost(db, c), [db, c.site, c.postId]);
  const contact = categories.find((k) => k.name === category);
  const escalation = buildEscalation(
    c,
    { author: post?.author ?? c.author ?? '', handle: post?.handle ?? null, url: post?.url ?? c.url, text: post?.text ?? c.text ?? '', kind: post?.kind ?? c.kind ?? 'issue', reasons: post?.reasons ?? [] },
    { name: contact?.contactName ?? '', email: contact?.email ?? '', category },
  );
  const record = () => onEscalate(category, s.escalatedNote(category, contact?.email ?? ''));

  async function copy(kind: 'text' | 'markdown') {
    const text = kind === 'text' ? `${escalation.subject}\n\n${escalation.body}` : escalation.markdown;
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      onAnnounce(s.copyFailed);
      return;
    }
    const escalated = await record();
    onAnnounce([s.copied(s.copiedWhat[kind]), escalated].filter(Boolean).join(' '));
  }

  return (
    <div role="group" aria-labelledby={titleId} className="es-escalate">
      <h4 id={titleId}>{s.escalateTitle(c.id)}</h4>
      <div className="es-field">
        <label htmlFor={selectId}>{s.escalateCategory}</label>
        <select id={selectId} value={category} onChange={(e) => setCategory(e.target.value)}>
          {categories.map((k) => (
            <option key={k.name} value={k.name}>
              {k.name}
            </option>
          ))}
          {known || categories.length === 0 ? null : <option value={c.category}>{c.category}</option>}
        </select>
      </div>
      <p className="es-hint">{s.escalateTo(contact?.contactName ?? '', contact?.email ?? '')}</p>
      <div className="es-actions">
        <a className="es-button es-button--primary" href={escalation.mailto} onClick={() => void record().then((m) => m && onAnnounce(m))}>
          {s.mailDraft}
        </a>
        <Button onClick={() => void copy('text')}>{s.copyText}</Button>
        <Button onClick={() => void copy('markdown')}>{s.copyMarkdown}</Button>
        <Button tone="quiet" onClick={onClose}>
          {s.close}
        </Button>
      </div>
      <p className="es-hint">{s.escalateNote}</p>
    </div>
  );
}
