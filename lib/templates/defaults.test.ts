import { POST_KINDS } from '../model/types';
import { DEFAULT_TEMPLATES } from './defaults';
import { TEMPLATE_VARIABLES, checkTemplate, renderTemplate, replyLength, type TemplateValues } from './render';

// Typical values, on the long side, as the chip would fill them in.
const VALUES: Required<TemplateValues> = {
  author: 'Alexandra Montgomery-Smith',
  first_name: 'Alexandra',
  brand: 'Northwind Coffee Company',
  handle: '@NorthwindCoffeeCo',
  my_name: 'Catherine Fitzgerald',
  case_id: 'NW-2025-00042',
  date: '31 January 2025',
};

describe('default templates', () => {
  it.each(DEFAULT_TEMPLATES.map((t) => [t.name, t] as const))('%s renders under 280 characters with known variables only', (_, t) => {
    expect(checkTemplate(t.body, 'x', VALUES)).toEqual([]);
    const { text, missing, unknown } = renderTemplate(t.body, VALUES);
    expect(missing).toEqual([]);
    expect(unknown).toEqual([]);
    expect(replyLength(text)).toBeLessThanOrEqual(280);
    expect(text).toContain(VALUES.my_name); // signed by the executive
  });

  it('covers every category, the escalation acknowledgement and every variable', () => {
    expect(new Set(DEFAULT_TEMPLATES.map((t) => t.category))).toEqual(new Set(POST_KINDS));
    expect(DEFAULT_TEMPLATES.some((t) => t.category === 'issue' && /passed this to our .* team, case \{\{case_id\}\}/.test(t.body))).toBe(true);
    const all = DEFAULT_TEMPLATES.map((t) => t.body).join(' ');
    for (const v of TEMPLATE_VARIABLES) expect(all).toContain(`{{${v}}}`);
    expect(new Set(DEFAULT_TEMPLATES.map((t) => t.id)).size).toBe(DEFAULT_TEMPLATES.length);
  });

  it.each(DEFAULT_TEMPLATES.map((t) => [t.name, t] as const))('%s ends with the signature, so an empty {{my_name}} leaves the sentence whole', (_, t) => {
    expect(t.body.endsWith('– {{my_name}}')).toBe(true);
    const { text } = renderTemplate(t.body, { ...VALUES, my_name: '' });
    expect(text).not.toMatch(/\{\{|\s,|,,/);
  });
});
