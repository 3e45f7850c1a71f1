import { checkTemplate, firstNameOf, renderTemplate, replyLength, templateVariables } from './render';

describe('renderTemplate', () => {
  it('fills every known variable', () => {
    const r = renderTemplate('Hi {{first_name}} ({{author}}, @{{handle}}) — {{brand}} {{case_id}} {{date}}. {{my_name}}', {
      first_name: 'Jane', author: 'Jane Doe', handle: 'janed', brand: 'Northwind', case_id: 'C-12', date: '23 Nov', my_name: 'Dana',
    });
    expect(r.text).toBe('Hi Jane (Jane Doe, @janed) — Northwind C-12 23 Nov. Dana');
    expect(r.missing).toEqual([]);
  });

  it('renders a variable without a value as empty, reports it and tidies punctuation', () => {
    const r = renderTemplate('Hi {{first_name}}, sorry. – {{my_name}}', { first_name: 'Jane' });
    expect(r.text).toBe('Hi Jane, sorry.');
    expect(r.missing).toEqual(['my_name']);
  });

  it('drops the comma an empty signature leaves after a full stop', () => {
    expect(renderTemplate('We reply within the day. – {{my_name}}, {{brand}}', { brand: 'Northwind' }).text).toBe('We reply within the day. Northwind');
  });

  it('keeps the separator when the signature has a value', () => {
    expect(renderTemplate('Sorry. – {{my_name}}', { my_name: 'Dana' }).text).toBe('Sorry. – Dana');
    expect(renderTemplate('Order {{case_id}}-{{date}}', { case_id: 'C-1' }).text).toBe('Order C-1');
  });

  it('never sends braces for unknown variables', () => {
    const r = renderTemplate('Hi {{nickname}}!', {});
    expect(r.text).toBe('Hi!');
    expect(r.unknown).toEqual(['nickname']);
  });

  it('keeps values verbatim: markup in an author name is text, not HTML', () => {
    const r = renderTemplate('Hi {{author}}', { author: '<img src=x onerror=alert(1)>' });
    expect(r.text).toBe('Hi <img src=x onerror=alert(1)>');
  });

  it('keeps newlines and emoji', () => {
    expect(renderTemplate('Thanks ☕\n\nDana', {}).text).toBe('Thanks ☕\n\nDana');
  });
});

describe('checkTemplate', () => {
  it('flags unknown variables, empty bodies and over-length replies', () => {
    expect(checkTemplate('Hi {{nick}}', null, {}).map((p) => p.kind)).toEqual(['unknown-variable']);
    expect(checkTemplate('  ', null, {}).map((p) => p.kind)).toEqual(['empty']);
    const long = checkTemplate('a'.repeat(300), 'x', {});
    expect(long[0]?.message).toContain('280');
    expect(checkTemplate('a'.repeat(300), 'linkedin', {})).toEqual([]);
    expect(checkTemplate('a'.repeat(10_000), null, {})[0]?.kind).toBe('too-long');
  });

  it('lists variables in order', () => {
    expect(templateVariables('{{b}} {{a}} {{b}}')).toEqual(['b', 'a']);
  });
});

describe('helpers', () => {
  it('counts emoji as one character', () => expect(replyLength('☕👍🏽')).toBe(3));
  it.each([
    ['Dana Whitfield', 'Dana'],
    ['Dr. Jane Doe', 'Jane'],
    ['🌟 Marta Ruiz', 'Marta'],
    ['محمد علي', 'محمد'],
    ['', ''],
  ])('first name of %s', (author, first) => expect(firstNameOf(author)).toBe(first));
});
