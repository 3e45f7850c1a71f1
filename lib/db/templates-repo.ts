import type { Template } from '../model/types';
import { DEFAULT_TEMPLATES } from '../templates/defaults';
import type { EarshotDb } from './schema';

/** A template as the editor saves it: `order` may be left out (new ones go last, edits keep theirs). */
export type TemplateInput = Omit<Template, 'order'> & { order?: number };

/** Marks that the default set was offered once, so deleting every template does not bring them back. */
const DEFAULTS_INSTALLED_KEY = 'defaultTemplatesInstalled';

/** The library in display order (ascending `order`, ties by id). */
export async function listTemplates(db: EarshotDb): Promise<Template[]> {
  return db.templates.orderBy('order').toArray();
}

export async function putTemplate(db: EarshotDb, template: TemplateInput): Promise<void> {
  await db.transaction('rw', db.templates, async () => {
    const existing = await db.templates.get(template.id);
    const order = template.order ?? existing?.order ?? (await nextOrder(db));
    await db.templates.put({ ...template, order });
  });
}

export async function deleteTemplate(db: EarshotDb, id: string): Promise<void> {
  await db.templates.delete(id);
}

/** Saves a new order: `ids[0]` first. Ids not listed keep their relative order after the listed ones. */
export async function reorderTemplates(db: EarshotDb, ids: string[]): Promise<void> {
  await db.transaction('rw', db.templates, async () => {
    const all = await db.templates.orderBy('order').toArray();
    const rank = (t: Template) => {
      const i = ids.indexOf(t.id);
      return i === -1 ? ids.length : i;
    };
    const sorted = all.map((t, i) => ({ t, i })).sort((a, b) => rank(a.t) - rank(b.t) || a.i - b.i);
    await db.templates.bulkPut(sorted.map(({ t }, order) => ({ ...t, order })));
  });
}

/**
 * Installs the default set on first run: only when the library is empty and
 * the defaults were never installed before. Returns how many were added (0 on
 * every later call), so it is safe to call from onInstalled and onboarding.
 */
export async function installDefaultTemplates(db: EarshotDb): Promise<number> {
  return db.transaction('rw', db.templates, db.meta, async () => {
    const installed = await db.meta.get(DEFAULTS_INSTALLED_KEY);
    const empty = (await db.templates.count()) === 0;
    await db.meta.put({ key: DEFAULTS_INSTALLED_KEY, value: true });
    if (installed || !empty) return 0;
    await db.templates.bulkPut(DEFAULT_TEMPLATES.map((t) => ({ ...t })));
    return DEFAULT_TEMPLATES.length;
  });
}

async function nextOrder(db: EarshotDb): Promise<number> {
  const last = await db.templates.orderBy('order').last();
  return last ? last.order + 1 : 0;
}
