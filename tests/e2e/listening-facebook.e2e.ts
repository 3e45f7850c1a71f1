/** Facebook: listening on the modern feed (no role=article), the older group layout and a post page. */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { DEMO_BACKUP, importBackup, launchExtension, type Session } from './harness';
import { checkAppendedPostIsMarked } from './append';
import { checkMarks, checkStoredOnce, openSitePage, type PageExpectation } from './listening';

const P1 = 'pfbid0Yk7Qw3JmN8sTbR2vXc5LhGp9aDfE4uZ1oKiWnPq6rMxHyBtVeSgA2Cz1l';
const P2 = 'pfbid02Ab3kXr9mQ1uVjT7sLwYz8nHcPd4eFgRhKiJbNoMqUvWxSt5lc';
const K = 'pfbid0KhT2mQ9wE4rT7yU1iO5pA8sD3fG6hJ9kL2zX5cV8bN1mQwErTy';

const MODERN: PageExpectation = {
  fixture: 'sites/facebook/feed-modern.html',
  url: 'https://www.facebook.com/',
  mention: [
    P1, `${P1}_c2233445566778899`, P2, 'pfbid0Jb5nV8cXq2WmR7tLk4HsDf9gYpE3aZ1uKoNiBvTrQ6wMxPyCh2Se7l',
    'pfbid0YsH5dD2aQ8wE3rT6yU9iO1pA4sD7fG0hJ2kL5zX8cV1bN', 'pfbid0GrL3iU6yT9rE2wQ5aS8dF1gH4jK7lZ0xC3vB6nM9qW', '987654321012345', '1456789012345678',
  ],
  competitor: ['pfbid02CdQ7wErT5yUi9oPa3sDf6gHj1kLz8xCv4bNm2QwErTyUiOpAs3l'],
  own: [`${P2}_c3344556677889900`, 'pfbid0DnW8hTf3kQ2mRz7vLp4sXc9bYg1uJaE5oKiNqHwVtM6rPdS'],
  never: ['1234567890123456', 'pfbid0ChM4rT7yU1iO9pA3sD6fG2hJ5kL8zX0cV4bN7mQwE'],
  kinds: { [P1]: 'issue', [P2]: 'question' },
  highlights: ['Northwind Coffee', '#northwind', 'Southbay Roasters'],
};

const GROUP: PageExpectation = {
  fixture: 'sites/facebook/feed-article.html',
  url: 'https://www.facebook.com/groups/301234567890123/',
  mention: ['3141592653589793', '3141592653589793_c3141592653589811', '1414213562373095', '1732050807568877'],
  competitor: ['2718281828459045'],
  own: ['1618033988749894'],
  never: ['246813579024680'],
  highlights: ['Northwind Coffee', '#northwind', 'Southbay Roasters'],
};

describe('Facebook', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launchExtension();
    await importBackup(s, DEMO_BACKUP);
  });
  afterAll(() => s?.close());

  it('marks the modern feed (posts without role=article), never the sponsored post', async () => {
    const page = await openSitePage(s, MODERN);
    await checkMarks(page, MODERN);
    await checkAppendedPostIsMarked(page, 'appendPost');
    await page.close();
  });

  it('marks the older role=article group layout and its comments', async () => {
    const page = await openSitePage(s, GROUP);
    await checkMarks(page, GROUP);
    await checkAppendedPostIsMarked(page, 'appendPost');
    await page.close();
  });

  it('marks a post page with comments', async () => {
    const page = await openSitePage(s, { fixture: 'sites/facebook/post.html', url: `https://www.facebook.com/northwindcoffee/posts/${K}` });
    await checkMarks(page, {
      fixture: '', url: '',
      mention: [K, `${K}_c5550002`, `${K}_c5550006`],
      own: [`${K}_c5550004`],
      competitor: [`${K}_c5550005`],
      never: [`${K}_c5550001`],
      kinds: { [K]: 'issue' },
      highlights: ['@NorthwindCoffee', 'Southbay Roasters'],
    });
    await page.close();
  });

  it('stores each mention once after scrolling back and forth and revisiting', async () => {
    const page = await openSitePage(s, MODERN);
    await checkStoredOnce(s, page, MODERN);
    await page.close();
  });
});
