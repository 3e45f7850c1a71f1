import { extractText, rangeForSpan } from './extract-text';

function html(markup: string): HTMLElement {
  const div = document.createElement('div');
  // Test fixture markup, not page text.
  div.innerHTML = markup;
  document.body.append(div);
  return div;
}

describe('extractText', () => {
  it('reads emoji images as their alt text and maps spans back to nodes', () => {
    const root = html('<span>Love </span><img alt="☕" src="x.png"><span> Northwind</span>');
    const { text, segments } = extractText([root]);
    expect(text).toBe('Love ☕ Northwind');
    const range = rangeForSpan(document, segments, 7, 16)!;
    expect(range.toString()).toBe('Northwind');
  });

  it('skips screen-reader duplicates and our own chip', () => {
    const root = html('<span aria-hidden="true">Dana</span><span class="visually-hidden">Dana</span><earshot-chip>x</earshot-chip>');
    expect(extractText([root]).text).toBe('Dana');
  });

  it('separates blocks with a line break so terms never join across paragraphs', () => {
    const root = html('<p>North</p><p>wind</p>');
    expect(extractText([root]).text).toBe('North\nwind');
  });

  it('cuts hostile 100,000-character posts at the limit', () => {
    const root = html('');
    root.textContent = 'a'.repeat(100_000);
    expect(extractText([root], { maxLength: 1000 }).text).toHaveLength(1000);
  });

  it('stops after its node budget on a post of thousands of elements (10,000 emoji images)', () => {
    const root = html('');
    root.append(...Array.from({ length: 10_000 }, () => Object.assign(document.createElement('img'), { alt: '😀' })));
    const { text, segments } = extractText([root], { maxNodes: 100 });
    expect(segments).toHaveLength(100);
    expect(text).toBe('😀'.repeat(100));
    expect(extractText([root]).text).toHaveLength(2 * 4_000); // the default budget
  });
});

describe('extractText inline option', () => {
  it('keeps inline-rendered divs (X @mentions) on the line', () => {
    const root = html('<span>cc </span><div><a>@harbor_eats</a></div><span> thanks</span>');
    expect(extractText([root], { inline: 'div' }).text).toBe('cc @harbor_eats thanks');
    expect(extractText([root]).text).toBe('cc \n@harbor_eats\n thanks');
  });
});

describe('extractText structure', () => {
  const markup =
    '<div><p>Hi <b>North<i>wind</i></b><br>Coffee</p><ul><li>one</li><li><img alt="☕">two</li></ul>' +
    '<span hidden>secret</span><button>See more</button><div><div><span>deep</span></div></div>tail</div>';

  it('puts lines where blocks and <br> are, leaves hidden and skipped parts out', () => {
    const root = html(markup);
    expect(extractText([root]).text).toBe('Hi Northwind\nCoffee\none\n☕two\ndeep\ntail');
  });

  it('gives the same text without segments (the fast path) as with them', () => {
    const root = html(markup);
    const roots = [root, html('<p>second root</p>')];
    expect(extractText(roots, { segments: false })).toEqual({ text: extractText(roots).text, segments: [] });
  });

  it('walks hostile nesting thousands of levels deep without recursion', () => {
    // (happy-dom's own querySelector recurses and overflows near 10,000 levels; browsers' does not.)
    const root = html('');
    let at: Element = root;
    for (let i = 0; i < 3_000; i++) at = at.appendChild(document.createElement('span'));
    at.textContent = 'Northwind';
    expect(extractText([root]).text).toBe('Northwind');
  });
});
