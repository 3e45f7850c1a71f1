import { useState } from 'react';
import type { EarshotDb } from '@/lib/db/schema';
import { BackupBar } from '@/components/options/backup-bar';
import { DbFaultBanner } from '@/components/ui/db-fault-banner';
import { DbProvider } from '@/components/options/db-context';
import { MainView } from '@/components/options/main-view';
import { OnboardingView } from '@/components/options/onboarding-view';
import { strings } from '@/components/options/strings';
import { useProfile } from '@/components/options/use-profile';

/**
 * The options page shell: provides the database and follows the profile.
 * Until the profile says "onboarded" the welcome screen shows; saving the
 * profile (onboarding form, or an import that brought a watchlist) switches
 * to the tabs by itself, through the storage watch in useProfile.
 */
export function App({ db }: { db: EarshotDb }) {
  const profile = useProfile();
  // Remember that onboarding was shown in this visit, to greet the user after it.
  const [sawOnboarding, setSawOnboarding] = useState(false);
  if (profile && !profile.onboarded && !sawOnboarding) setSawOnboarding(true);

  return (
    <DbProvider value={db}>
      <header className="es-header">
        <h1>{strings.appTitle}</h1>
        <p className="es-hint">{strings.tagline}</p>
        <BackupBar />
        <DbFaultBanner />
      </header>
      <main className="es-main" aria-busy={profile ? undefined : true}>
        {!profile ? (
          <p>{strings.loading}</p>
        ) : profile.onboarded ? (
          <MainView profile={profile} welcome={sawOnboarding} />
        ) : (
          <OnboardingView />
        )}
      </main>
    </DbProvider>
  );
}
