import type { Template } from '../model/types';
import { suggestTemplate, templatesForSite, templateValues } from './suggest';

const t = (id: string, category: Template['category'], order: number, site: Template['site'] = null): Template => ({
  id, name: id, category, body: 'x', order, site,
});

describe('suggestTemplate', () => {
  const library = [t('thanks', 'praise', 2), t('x-sorry', 'issue', 0, 'x'), t('sorry', 'issue', 1), t('general', 'other', 3)];

  it('picks the first template of the post kind usable on the site', () => {
    expect(suggestTemplate(library, 'x', 'issue')?.id).toBe('x-sorry');
    expect(suggestTemplate(library, 'linkedin', 'issue')?.id).toBe('sorry');
  });

  it('falls back to "other", then to the first template, then to nothing', () => {
    expect(suggestTemplate(library, 'facebook', 'question')?.id).toBe('general');
    expect(suggestTemplate([t('only', 'praise', 0)], 'x', 'question')?.id).toBe('only');
    expect(suggestTemplate([], 'x', 'issue')).toBeNull();
  });

  it('lists only templates for the site, in order', () => {
    expect(templatesForSite(library, 'facebook').map((x) => x.id)).toEqual(['sorry', 'thanks', 'general']);
  });
});

describe('templateValues', () => {
  it('fills from the post and profile; empty values stay null', () => {
    const v = templateValues({ author: 'Jane Doe', brandName: 'Northwind Coffee', brandHandle: 'NorthwindCoffee', myName: '', now: new Date('2026-11-23T10:00:00Z'), locale: 'en-GB' });
    expect(v).toMatchObject({ author: 'Jane Doe', first_name: 'Jane', brand: 'Northwind Coffee', handle: '@NorthwindCoffee', my_name: null, case_id: null });
    expect(v.date).toBe('23 Nov 2026');
  });
});
