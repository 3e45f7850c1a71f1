import { render } from '@testing-library/react';
import { loadScorecardWithBasis } from '@/lib/db/scorecard-repo';
import { saveGoals } from '@/lib/settings/goals';
import { freshDb } from '../options/test-helpers';
import { captureDom, type DomNode } from './dom-snapshot';
import { PopupScorecardView } from './popup-scorecard-view';
import { renderPopupCopy } from './render-popup-copy';
import { resetScorecardStore } from './scorecard-store';
import { seedScorecard } from './scorecard-test-setup';
import { recordSeenPosts } from '@/lib/db/record-posts';
import { seen } from './scorecard-test-setup';

/**
 * The copy the background makes (server markup read back) must be the markup the popup itself
 * stores for the same numbers (captureDom of the rendered view). React's ids differ between
 * client and server rendering ("_r_2s_" / "_R_3tH1_"): they are numbered in order of appearance.
 */
function normalise(node: DomNode, ids = new Map<string, string>()): DomNode {
  if (typeof node === 'string') return node;
  const idOf = (value: string): string =>
    value.replace(/«[^»]+»|:[rR][0-9a-zA-Z]*:|_[rR]_[0-9a-zA-Z]*_/g, (id) => {
      if (!ids.has(id)) ids.set(id, `id${ids.size}`);
      return ids.get(id)!;
    });
  const attrs = (node.attrs ?? [])
    // captureDom adds an input's live value; React's markup has the attribute only when it set one.
    .filter(([name, value]) => !(node.tag === 'input' && name === 'value' && value === 'on'))
    .map(([name, value]): [string, string] => [name, idOf(value)])
    .sort(([a], [b]) => (a < b ? -1 : 1));
  // Adjacent text nodes (React joins none on the server; the DOM may hold two) as one.
  const children: DomNode[] = [];
  for (const child of node.children ?? []) {
    const n = normalise(child, ids);
    const last = children[children.length - 1];
    if (typeof n === 'string' && typeof last === 'string') children[children.length - 1] = last + n;
    else if (n !== '') children.push(n);
  }
  return { tag: node.tag, ...(node.svg && { svg: true }), attrs, children };
}

async function dataFor(seed: (db: ReturnType<typeof freshDb>) => Promise<void>) {
  const db = freshDb();
  await seed(db);
  return (await loadScorecardWithBasis(db, { periodDays: 7, site: 'all' }, null)).data;
}

function clientCopy(data: Awaited<ReturnType<typeof dataFor>>): DomNode {
  const { container, unmount } = render(
    <main className="es-popup" data-ready="true">
      <PopupScorecardView period={7} data={data} ready />
    </main>,
  );
  const copy = captureDom(container.querySelector('main')!);
  unmount();
  return copy;
}

beforeEach(() => resetScorecardStore());

describe('renderPopupCopy', () => {
  it('is the markup the popup stores for the same numbers: a full data set with goals', async () => {
    const data = await dataFor(async (db) => {
      await seedScorecard(db);
      await saveGoals([{ site: 'all', kpi: 'responseRate', op: '>=', target: 40 }, { site: 'all', kpi: 'mentions', op: '>=', target: 3 }]);
    });
    const server = renderPopupCopy(data, 7);
    expect(normalise(server)).toEqual(normalise(clientCopy(data)));
    expect(JSON.stringify(server)).toContain('Mentions');
  });

  it('is the markup the popup stores for an empty database ("—" everywhere)', async () => {
    const data = await dataFor(async () => {});
    expect(normalise(renderPopupCopy(data, 7))).toEqual(normalise(clientCopy(data)));
  });

  it('keeps hostile post text out of the copy and markup in names as text', async () => {
    const data = await dataFor(async (db) => {
      const post = seen({ site: 'x', id: '1', daysAgo: 1, kind: 'issue' });
      post.data.author = '<img src=x onerror=alert(1)>';
      post.data.text = '<script>alert(1)</script> Northwind Coffee';
      await recordSeenPosts(db, [post]);
    });
    const copy = JSON.stringify(renderPopupCopy(data, 7));
    expect(copy).not.toContain('<script');
    expect(copy).not.toContain('onerror');
    expect(normalise(renderPopupCopy(data, 7))).toEqual(normalise(clientCopy(data)));
  });
});
