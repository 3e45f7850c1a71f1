import '@/lib/highlight/highlight.css';
import { runSite } from '@/lib/sites/run-site';
import { facebookAdapter } from '@/lib/sites/facebook/adapter';
import { SITE_MATCHES_BY_SITE } from '@/lib/model/site-hosts';

export default defineContentScript({
  matches: [...SITE_MATCHES_BY_SITE.facebook],
  runAt: 'document_idle',
  main(ctx) {
    runSite(ctx, facebookAdapter);
  },
});
