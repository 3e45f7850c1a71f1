import '@/lib/highlight/highlight.css';
import { runSite } from '@/lib/sites/run-site';
import { facebookAdapter } from '@/lib/sites/facebook/adapter';

export default defineContentScript({
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    runSite(ctx, facebookAdapter);
  },
});
