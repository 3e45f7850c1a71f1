import '@/lib/highlight/highlight.css';
import { runSite } from '@/lib/sites/run-site';
import { linkedinAdapter } from '@/lib/sites/linkedin/adapter';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    runSite(ctx, linkedinAdapter);
  },
});
