import { useId } from 'react';
import { OnboardingForm } from './onboarding-form';
import { strings } from './strings';

/**
 * First run: what Earshot does, the privacy promise and the short form.
 * People moving from another browser use "Import backup" in the page header
 * instead; a restore that brought a watchlist finishes onboarding by itself.
 */
export function OnboardingView() {
  const s = strings.onboarding;
  const titleId = useId();
  return (
    <>
      <section className="es-card es-welcome" aria-labelledby={titleId}>
        <h2 id={titleId}>{s.title}</h2>
        <p>{s.intro}</p>
        <p>
          <strong>{s.privacy}</strong>
        </p>
        <OnboardingForm />
      </section>
      <p className="es-restore">
        <strong>{s.restoreTitle}</strong> {s.restoreIntro}
      </p>
    </>
  );
}
