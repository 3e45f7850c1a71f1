import { useId, useRef, useState, type FormEvent } from 'react';
import { listTerms, putTerm } from '@/lib/db/terms-repo';
import { installDefaultTemplates } from '@/lib/db/templates-repo';
import { saveProfile } from '@/lib/settings/profile';
import { tidyTermText, validateTerm } from '@/lib/watchlist/validate-term';
import { Button } from '../ui/button';
import { Field } from '../ui/field';
import { Notice } from '../ui/notice';
import { useDb } from './db-context';
import { errorText } from './error-text';
import { buildOnboardingTerms } from './onboarding-terms';
import { strings } from './strings';

interface Errors {
  brand?: string | null;
  handle?: string | null;
}

/**
 * The first-run form: brand name (required), handle and the user's name.
 * "Start listening" writes the starter watchlist and the default templates,
 * and only then marks the profile onboarded: the page follows the profile,
 * so a failure half-way leaves the user on this form to try again.
 */
export function OnboardingForm() {
  const s = strings.onboarding;
  const db = useDb();
  const titleId = useId();
  const brandRef = useRef<HTMLInputElement>(null);
  const handleRef = useRef<HTMLInputElement>(null);
  const [brandName, setBrandName] = useState('');
  const [handle, setHandle] = useState('');
  const [myName, setMyName] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function check(): Errors {
    // Checked alone (not against the watchlist): an existing twin is simply kept.
    const brand = brandName.trim() ? validateTerm({ text: brandName, kind: 'brand', exclude: [] }, []) : s.brandRequired;
    const handleError = handle.trim() ? validateTerm({ text: handle, kind: 'handle', exclude: [] }, []) : null;
    return { brand, handle: handleError };
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const next = check();
    setErrors(next);
    if (next.brand || next.handle) {
      (next.brand ? brandRef : handleRef).current?.focus();
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      const terms = buildOnboardingTerms({ brandName, handle }, await listTerms(db));
      for (const term of terms) await putTerm(db, term);
      await installDefaultTemplates(db);
      await saveProfile({
        brandName: brandName.trim(),
        handle: handle.trim() ? tidyTermText(handle, 'handle') : '',
        myName: myName.trim(),
        onboarded: true,
      });
    } catch (error) {
      setFailure(s.failed(errorText(error)));
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby={titleId}>
      <h3 id={titleId}>{s.formTitle}</h3>
      <Field label={s.brandLabel} hint={s.brandHint} error={errors.brand}>
        {(c) => (
          <input
            ref={brandRef}
            {...c}
            required
            value={brandName}
            autoComplete="organization"
            onChange={(e) => setBrandName(e.target.value)}
          />
        )}
      </Field>
      <Field label={s.handleLabel} hint={s.handleHint} error={errors.handle}>
        {(c) => <input ref={handleRef} {...c} value={handle} autoComplete="off" onChange={(e) => setHandle(e.target.value)} />}
      </Field>
      <Field label={s.myNameLabel} hint={s.myNameHint}>
        {(c) => <input {...c} value={myName} autoComplete="name" onChange={(e) => setMyName(e.target.value)} />}
      </Field>
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      <Button type="submit" tone="primary" aria-disabled={busy || undefined}>
        {s.start}
      </Button>
    </form>
  );
}
