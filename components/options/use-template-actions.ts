import { useState } from 'react';
import type { Template } from '@/lib/model/types';
import type { EarshotDb } from '@/lib/db/schema';
import { deleteTemplate, installDefaultTemplates, listTemplates, putTemplate, reorderTemplates, type TemplateInput } from '@/lib/db/templates-repo';
import { DEFAULT_TEMPLATES } from '@/lib/templates/defaults';
import { errorText } from './error-text';
import type { RowFocus } from './template-row';
import { copyName } from './template-rules';
import { templateStrings as s } from './strings';

/** Where focus goes when the element that had it disappears. */
export interface FocusTargets {
  heading: () => void;
  newButton: () => void;
}

/**
 * Everything the Templates tab does to the library, with the UI state that
 * goes with it: which template is open, which awaits delete confirmation,
 * what to announce and where focus lands afterwards. Writes go through the
 * templates repository; the list itself follows the database (useLiveQuery).
 */
export function useTemplateActions(db: EarshotDb, templates: readonly Template[], targets: FocusTargets) {
  const [editing, setEditing] = useState<'new' | string | null>(null);
  const [deletingId, setDeletingId] = useState<string | null>(null);
  const [focus, setFocus] = useState<RowFocus | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  /** Runs a write; a failure is shown and, when `rethrow`, handed back so a form keeps its text. */
  async function run(write: () => Promise<string>, after?: () => void, rethrow = false) {
    setBusy(true);
    try {
      setAnnouncement(await write());
      setError(null);
      after?.();
    } catch (e) {
      setError(s.saveFailed(errorText(e)));
      if (rethrow) throw e;
    } finally {
      setBusy(false);
    }
  }

  const open = (id: 'new' | string) => {
    setDeletingId(null);
    setFocus(null);
    setEditing(id);
  };

  const save = (input: TemplateInput) =>
    run(
      async () => {
        await putTemplate(db, input);
        return editing === 'new' ? s.added(input.name) : s.updated(input.name);
      },
      () => {
        setEditing(null);
        setFocus({ id: input.id, button: 'edit' });
      },
      true,
    );

  const cancelEdit = () => {
    if (editing === 'new') targets.newButton();
    else if (editing) setFocus({ id: editing, button: 'edit' });
    setEditing(null);
  };

  const duplicate = (original: Template) => {
    const i = templates.findIndex((t) => t.id === original.id);
    const next = templates[i + 1];
    const copy: Template = { ...original, id: crypto.randomUUID(), name: copyName(original.name, templates) };
    // Halfway to the next template puts the copy right after the original at once; renumbering then tidies.
    copy.order = next ? (original.order + next.order) / 2 : original.order + 1;
    const ids = templates.map((t) => t.id);
    ids.splice(i + 1, 0, copy.id);
    void run(
      async () => {
        await putTemplate(db, copy);
        await reorderTemplates(db, ids);
        return s.duplicated(copy.name);
      },
      () => setFocus({ id: copy.id, button: 'edit' }),
    );
  };

  const confirmDelete = (t: Template) =>
    void run(
      async () => {
        await deleteTemplate(db, t.id);
        return s.deleted(t.name);
      },
      () => {
        setDeletingId(null);
        setFocus(null);
        targets.heading(); // The row is gone; the heading is the nearest stable place.
      },
    );

  const cancelDelete = () => {
    if (deletingId) setFocus({ id: deletingId, button: 'delete' });
    setDeletingId(null);
  };

  const move = (t: Template, by: -1 | 1) => {
    const ids = templates.map((x) => x.id);
    const from = ids.indexOf(t.id);
    const to = from + by;
    if (from < 0 || to < 0 || to >= ids.length) return;
    [ids[from], ids[to]] = [ids[to] as string, t.id];
    void run(
      async () => {
        await reorderTemplates(db, ids);
        return s.moved(t.name, to + 1, ids.length);
      },
      () => setFocus({ id: t.id, button: by < 0 ? 'up' : 'down', index: to }),
    );
  };

  /**
   * installDefaultTemplates installs only on first run (it remembers it did),
   * so after the user deleted every template it adds nothing: then the
   * defaults are put back one by one. Their fixed ids make a retry harmless.
   */
  const restoreDefaults = () =>
    void run(
      async () => {
        let added = await installDefaultTemplates(db);
        if (added === 0 && (await listTemplates(db)).length === 0) {
          for (const t of DEFAULT_TEMPLATES) await putTemplate(db, { ...t });
          added = DEFAULT_TEMPLATES.length;
        }
        return s.restored(added);
      },
      () => {
        setFocus(null);
        targets.heading(); // The empty state and its button are gone.
      },
    );

  return {
    state: { editing, deletingId, focus, announcement, error, busy },
    actions: { open, save, cancelEdit, duplicate, askDelete: (t: Template) => setDeletingId(t.id), confirmDelete, cancelDelete, move, restoreDefaults },
  };
}
