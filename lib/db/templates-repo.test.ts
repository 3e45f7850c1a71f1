import { DEFAULT_TEMPLATES } from '../templates/defaults';
import { openDb } from './schema';
import { deleteTemplate, installDefaultTemplates, listTemplates, putTemplate, reorderTemplates } from './templates-repo';

describe('templates repository', () => {
  it('installs the default set once, only into an empty library', async () => {
    const db = openDb(`t-${Math.random()}`);
    expect(await installDefaultTemplates(db)).toBe(DEFAULT_TEMPLATES.length);
    expect(await installDefaultTemplates(db)).toBe(0);
    const list = await listTemplates(db);
    expect(list.map((t) => t.id)).toEqual(DEFAULT_TEMPLATES.map((t) => t.id));
    // Deleting every template must not make them come back on the next call.
    for (const t of list) await deleteTemplate(db, t.id);
    expect(await installDefaultTemplates(db)).toBe(0);
    expect(await listTemplates(db)).toEqual([]);
  });

  it('does not install defaults over templates the user already has (e.g. imported)', async () => {
    const db = openDb(`t-${Math.random()}`);
    await putTemplate(db, { id: 'mine', name: 'Mine', category: 'other', body: 'Hi' });
    expect(await installDefaultTemplates(db)).toBe(0);
    expect((await listTemplates(db)).map((t) => t.id)).toEqual(['mine']);
  });

  it('appends new templates, keeps the order of edited ones and reorders', async () => {
    const db = openDb(`t-${Math.random()}`);
    await putTemplate(db, { id: 'b', name: 'B', category: 'issue', body: 'b' });
    await putTemplate(db, { id: 'a', name: 'A', category: 'praise', body: 'a' });
    await putTemplate(db, { id: 'b', name: 'B2', category: 'issue', body: 'b2', site: 'x' });
    expect((await listTemplates(db)).map((t) => [t.id, t.order, t.name])).toEqual([
      ['b', 0, 'B2'],
      ['a', 1, 'A'],
    ]);
    await reorderTemplates(db, ['a']);
    expect((await listTemplates(db)).map((t) => t.id)).toEqual(['a', 'b']);
  });
});
