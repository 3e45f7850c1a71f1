import type { Term } from '../model/types';
import { readWatchlist } from '../settings/watchlist-mirror';
import { openDb } from './schema';
import { deleteTerm, listTerms, putTerm, replaceTerms } from './terms-repo';

const term = (id: string, text: string, kind: Term['kind'] = 'brand'): Term => ({ id, text, kind, exclude: [] });

describe('terms repository', () => {
  it('lists terms in insertion order, not id order, and keeps a position on update', async () => {
    const db = openDb(`t-${Math.random()}`);
    await putTerm(db, term('z', 'Acme'));
    await putTerm(db, term('a', '@acme', 'handle'));
    await putTerm(db, term('m', '#acme', 'hashtag'));
    await putTerm(db, { ...term('z', 'Acme Corp'), exclude: ['Acme Corp Anvils'] });
    const list = await listTerms(db);
    expect(list.map((t) => t.id)).toEqual(['z', 'a', 'm']);
    expect(list[0]).toEqual({ id: 'z', text: 'Acme Corp', kind: 'brand', exclude: ['Acme Corp Anvils'] });
    expect(list[0]).not.toHaveProperty('order');
  });

  it('publishes the watchlist to the mirror after every write', async () => {
    const db = openDb(`t-${Math.random()}`);
    await putTerm(db, term('1', 'Acme'));
    expect((await readWatchlist()).map((t) => t.text)).toEqual(['Acme']);
    await putTerm(db, term('2', 'Rival', 'competitor'));
    expect((await readWatchlist()).map((t) => t.text)).toEqual(['Acme', 'Rival']);
    await deleteTerm(db, '1');
    expect((await readWatchlist()).map((t) => t.text)).toEqual(['Rival']);
    await replaceTerms(db, [term('x', 'Zeta'), term('y', 'Alpha')]);
    expect((await readWatchlist()).map((t) => t.text)).toEqual(['Zeta', 'Alpha']);
  });

  it('publishes the final state when writes race', async () => {
    const db = openDb(`t-${Math.random()}`);
    await Promise.all([putTerm(db, term('1', 'One')), putTerm(db, term('2', 'Two')), deleteTerm(db, '1')]);
    expect(await readWatchlist()).toEqual(await listTerms(db));
  });

  it('defaults a missing exclude list to []', async () => {
    const db = openDb(`t-${Math.random()}`);
    await putTerm(db, { id: 'q', text: 'Acme', kind: 'brand' } as Term);
    expect((await listTerms(db))[0]?.exclude).toEqual([]);
  });
});
