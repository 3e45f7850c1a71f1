import { cssString, inDocumentOrder, overlapTest, splitSelector, withinAny } from './dom-helpers';

function tree(): HTMLElement {
  const root = document.createElement('div');
  // 30 items, each with a nested span; every third item holds an inner item.
  for (let i = 0; i < 30; i++) {
    const item = document.createElement('div');
    item.className = 'item';
    item.id = `i${i}`;
    item.append(document.createElement('span'));
    if (i % 3 === 0) {
      const inner = document.createElement('div');
      inner.className = 'item inner';
      item.append(inner);
    }
    root.append(item);
  }
  document.body.replaceChildren(root);
  return root;
}

describe('dom helpers', () => {
  it('splits a selector list at top-level commas only', () => {
    expect(splitSelector('a, b:not(c, d) , [x="1,2"], e[y=\'3,4\']').parts).toEqual(['a', 'b:not(c, d)', '[x="1,2"]', "e[y='3,4']"]);
    expect(splitSelector('div[aria-label="a\\",b"]').parts).toEqual(['div[aria-label="a\\",b"]']);
  });

  it('withinAny finds the root and its descendants once per element', () => {
    const root = tree();
    const found = withinAny(root.firstElementChild!, splitSelector('.item, #i0, .inner'));
    expect([...found].map((e) => e.className).sort()).toEqual(['item', 'item inner']);
  });

  it.each([[5], [40]])('inDocumentOrder gives document order for %i elements (sort or listing)', (n) => {
    const root = tree();
    const els = [...root.querySelectorAll<HTMLElement>('.item')].slice(0, n);
    const shuffled = [...els].reverse();
    shuffled.push(els[1]!); // listed twice: stays twice
    const expected = [...els.slice(0, 2), els[1]!, ...els.slice(2)];
    const out = inDocumentOrder(shuffled, root, '.item');
    expect(out).toHaveLength(expected.length);
    out.forEach((el, i) => expect(el).toBe(expected[i]));
  });

  it.each([[3], [20]])('overlapTest agrees with pairwise contains() for %i elements', (n) => {
    const root = tree();
    const items = [...root.querySelectorAll<HTMLElement>('.item')];
    const some = items.filter((_, i) => i % 2 === 0).slice(0, n);
    const test = overlapTest(some);
    for (const x of [...root.querySelectorAll<HTMLElement>('*'), root]) {
      expect(test(x)).toBe(some.some((e) => e.contains(x) || x.contains(e)));
    }
  });

  it('escapes quotes, backslashes and line breaks for a CSS string', () => {
    expect(cssString('a"b\\c\nd')).toBe('a\\"b\\\\c\\a d');
  });
});
