import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteAdapter } from './types';

export function runSite(_ctx: ContentScriptContext, _adapter: SiteAdapter): void {
  // placeholder
}
