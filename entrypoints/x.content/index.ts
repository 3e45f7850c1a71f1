import '@/lib/highlight/highlight.css';
import { runSite } from '@/lib/sites/run-site';
import { xAdapter } from '@/lib/sites/x/adapter';

export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.twitter.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    runSite(ctx, xAdapter);
  },
});
