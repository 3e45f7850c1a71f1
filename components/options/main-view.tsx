import { useEffect, useRef, useState } from 'react';
import type { Profile } from '@/lib/settings/profile';
import { Notice } from '../ui/notice';
import { Tabs } from '../ui/tabs';
import { optionTabs } from './option-tabs';
import { strings } from './strings';

/** The tab named in the URL hash (options.html#backup), else the first. */
function tabFromHash(ids: string[]): string {
  const hash = globalThis.location?.hash.replace(/^#/, '') ?? '';
  return ids.includes(hash) ? hash : (ids[0] ?? '');
}

/**
 * The page after onboarding: tabs over the settings sections. The selected
 * tab is mirrored in the hash so a reload, or a link from the popup, lands
 * on the same section. `welcome` is set right after onboarding: a short
 * confirmation takes focus, since the form the user was on has gone.
 */
export function MainView({ profile, welcome }: { profile: Profile; welcome?: boolean }) {
  const tabs = optionTabs({ profile });
  const [selected, setSelected] = useState(() => tabFromHash(tabs.map((tab) => tab.id)));
  const welcomeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (welcome) welcomeRef.current?.focus();
  }, [welcome]);

  function select(id: string) {
    setSelected(id);
    history.replaceState(null, '', `#${id}`);
  }

  return (
    <>
      {welcome ? (
        <div ref={welcomeRef} tabIndex={-1}>
          <Notice tone="success">{strings.welcomeDone}</Notice>
        </div>
      ) : null}
      <Tabs label={strings.tabsLabel} items={tabs} selected={selected} onSelect={select} />
    </>
  );
}
