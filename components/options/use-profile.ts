import { useEffect, useState } from 'react';
import { getProfile, profileItem, type Profile } from '@/lib/settings/profile';

/**
 * The saved profile, kept current: re-read whenever the storage item changes
 * (this page, the background or another tab saved it). `undefined` while the
 * first read is pending, so the page does not flash the onboarding form.
 */
export function useProfile(): Profile | undefined {
  const [profile, setProfile] = useState<Profile>();
  useEffect(() => {
    let live = true;
    const load = () => {
      void getProfile().then((value) => {
        if (live) setProfile(value);
      });
    };
    load();
    // Re-read rather than trust the raw value: getProfile fills in defaults.
    const unwatch = profileItem.watch(load);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return profile;
}
