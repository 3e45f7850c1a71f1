/** LinkedIn: listening on both DOM generations (React/SDUI feed and legacy Ember) and a post page. */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { DEMO_BACKUP, importBackup, launchExtension, type Session } from './harness';
import { checkAppendedPostIsMarked } from './append';
import { checkMarks, checkStoredOnce, openSitePage, type PageExpectation } from './listening';

const a = (id: string) => `urn:li:activity:${id}`;
const c = (post: string, id: string) => `urn:li:comment:(urn:li:activity:${post},${id})`;

const FEED_V2: PageExpectation = {
  fixture: 'sites/linkedin/feed-v2.html',
  url: 'https://www.linkedin.com/feed/',
  mention: [
    a('7529459884213272598'), c('7529459884213272598', '7529478965753352723'), a('7529432758797301723'), a('7529148643482425153'),
    a('7529381689881653110'), a('7529330143445034363'), a('7529119556063736791'), a('7529483025862629733'),
  ],
  competitor: [a('7529413653252070769')],
  own: [a('7529450856834418227')],
  never: [a('7525883492159750809')],
  kinds: { [a('7529459884213272598')]: 'issue', [a('7529432758797301723')]: 'question' },
  highlights: ['Northwind Coffee', '@NorthwindCoffee', '#northwind', '𝗡𝗼𝗿𝘁𝗵𝘄𝗶𝗻𝗱 𝗖𝗼𝗳𝗳𝗲𝗲', 'Southbay Roasters'],
};

const FEED_V1: PageExpectation = {
  fixture: 'sites/linkedin/feed-v1.html',
  url: 'https://www.linkedin.com/in/dana-whitfield/recent-activity/all/',
  mention: [
    a('7529106072937656617'), c('7529106072937656617', '7529120610786549328'), a('7529073614457595608'), a('7528786338554415630'),
    a('7529019389159350839'), a('7528959542368342554'), a('7528756291857133494'), a('7529119761668609476'),
  ],
  competitor: [a('7529056786519002046')],
  own: [a('7529087592627810962')],
  kinds: { [a('7529106072937656617')]: 'issue' },
  highlights: ['Northwind Coffee', '#northwind', 'Southbay Roasters'],
};

describe('LinkedIn', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launchExtension();
    await importBackup(s, DEMO_BACKUP);
  });
  afterAll(() => s?.close());

  it('marks the new (data-view-name) feed and picks up appended posts', async () => {
    const page = await openSitePage(s, FEED_V2);
    await checkMarks(page, FEED_V2);
    await checkAppendedPostIsMarked(page, 'appendPost');
    await page.close();
  });

  it('marks the legacy (feed-shared) feed and picks up appended posts', async () => {
    const page = await openSitePage(s, FEED_V1);
    await checkMarks(page, FEED_V1);
    await checkAppendedPostIsMarked(page, 'appendPost');
    await page.close();
  });

  it('marks a post page and its comments', async () => {
    const page = await openSitePage(s, { fixture: 'sites/linkedin/post-v2.html', url: 'https://www.linkedin.com/feed/update/urn:li:activity:7529822397037167628/' });
    await checkMarks(page, {
      fixture: '', url: '',
      mention: [a('7529822397037167628'), c('7529822397037167628', '7529883869835098632')],
      own: [c('7529822397037167628', '7530154580443140297')],
      competitor: ['urn:li:comment:(urn:li:ugcPost:7529825098379362521,7529914064793172491)'],
      highlights: ['@NorthwindCoffee', 'Southbay Roasters'],
    });
    await page.close();
  });

  it('stores each mention once after scrolling back and forth and revisiting', async () => {
    const page = await openSitePage(s, FEED_V2);
    await checkStoredOnce(s, page, FEED_V2);
    await page.close();
  });
});
