import { render } from '@testing-library/react';
import { buildDom, captureDom, OMIT_ATTRIBUTE, type DomNode } from './dom-snapshot';

describe('dom-snapshot', () => {
  it('copies a rendered subtree, SVG and radio state included, leaving out what is marked', () => {
    const { container } = render(
      <main className="es-popup" data-ready="true">
        <h1>Earshot</h1>
        <div {...{ [OMIT_ATTRIBUTE]: '' }}>
          <p>opened 3 h ago</p>
        </div>
        <label>
          <input type="radio" name="p" value="7" checked readOnly /> 7 days
        </label>
        <svg viewBox="0 0 100 24" role="img" aria-label="Mentions per day">
          <polyline points="0,1 100,2" fill="none" />
        </svg>
      </main>,
    );
    const tree = captureDom(container.querySelector('main')!);
    const copy = buildDom(JSON.parse(JSON.stringify(tree)) as DomNode) as Element; // as stored: plain data
    expect(copy.outerHTML).not.toContain('opened 3 h ago');
    expect(copy.querySelector('h1')?.textContent).toBe('Earshot');
    expect(copy.getAttribute('data-ready')).toBe('true');
    expect((copy.querySelector('input') as HTMLInputElement).checked).toBe(true);
    const svg = copy.querySelector('svg')!;
    expect(svg.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(svg.getAttribute('viewBox')).toBe('0 0 100 24');
    expect(svg.querySelector('polyline')?.namespaceURI).toBe('http://www.w3.org/2000/svg');
  });

  it('builds text as text: markup in a value stays characters', () => {
    const copy = buildDom({ tag: 'p', children: ['<img src=x onerror=alert(1)>'] }) as Element;
    expect(copy.children).toHaveLength(0);
    expect(copy.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('refuses elements that run or load anything, and drops handlers and script URLs', () => {
    expect(() => buildDom({ tag: 'script', children: ['alert(1)'] })).toThrow(TypeError);
    expect(() => buildDom({ tag: 'div', children: [{ tag: 'iframe' }] })).toThrow(TypeError);
    expect(() => buildDom({ tag: 'x y' })).toThrow(TypeError);
    expect(() => buildDom({ nope: 1 } as unknown as DomNode)).toThrow(TypeError);
    const a = buildDom({ tag: 'a', attrs: [['href', 'javascript:alert(1)'], ['onclick', 'alert(1)'], ['class', 'es-case__link']] }) as Element;
    expect(a.getAttribute('href')).toBeNull();
    expect(a.getAttribute('onclick')).toBeNull();
    expect(a.getAttribute('class')).toBe('es-case__link');
    expect((buildDom({ tag: 'a', attrs: [['href', 'https://x.com/a/status/1']] }) as Element).getAttribute('href')).toBe('https://x.com/a/status/1');
  });
});
