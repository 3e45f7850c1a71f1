import { markupToDom } from './markup-to-dom';

describe('markupToDom', () => {
  it('reads elements, attributes, escapes, void elements and SVG leaves', () => {
    const html =
      '<main class="es-popup" data-ready="true"><h1>A &amp; B &lt;3 &quot;x&quot; &#x27;y&#x27; &#233;</h1><input type="radio" checked=""/><br/>' +
      '<svg viewBox="0 0 10 10" aria-hidden="true"><path d="M0 0L1 1"></path><circle r="1"/></svg>tail</main>';
    expect(markupToDom(html)).toEqual([
      {
        tag: 'main',
        attrs: [['class', 'es-popup'], ['data-ready', 'true']],
        children: [
          { tag: 'h1', children: ['A & B <3 "x" \'y\' é'] },
          { tag: 'input', attrs: [['type', 'radio'], ['checked', '']] },
          { tag: 'br' },
          { tag: 'svg', svg: true, attrs: [['viewBox', '0 0 10 10'], ['aria-hidden', 'true']], children: [{ tag: 'path', svg: true, attrs: [['d', 'M0 0L1 1']] }, { tag: 'circle', svg: true, attrs: [['r', '1']] }] },
          'tail',
        ],
      },
    ]);
  });

  it('keeps markup-looking text as text (React escapes it) and drops comments', () => {
    expect(markupToDom('<p>&lt;img src=x onerror=alert(1)&gt;<!-- --></p>')).toEqual([{ tag: 'p', children: ['<img src=x onerror=alert(1)>'] }]);
  });

  it('throws on what React never writes', () => {
    expect(() => markupToDom('<p><b></p>')).toThrow(SyntaxError);
    expect(() => markupToDom('<p>')).toThrow(SyntaxError);
    expect(() => markupToDom("<p class='x'>y</p>")).toThrow(SyntaxError);
    expect(() => markupToDom('<p>a < b</p>')).toThrow(SyntaxError);
  });
});
