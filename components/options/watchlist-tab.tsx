import type { Profile } from '@/lib/settings/profile';
import { ProfileCard } from './profile-card';
import { WatchlistEditor } from './watchlist-editor';

/** The Watchlist tab: what to listen for, then who "you" are in replies. */
export function WatchlistTab({ profile }: { profile: Profile }) {
  return (
    <>
      <WatchlistEditor />
      <ProfileCard profile={profile} />
    </>
  );
}
