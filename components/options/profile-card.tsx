import { useId, useState, type FormEvent } from 'react';
import { saveProfile, type Profile } from '@/lib/settings/profile';
import { tidyTermText, validateTerm } from '@/lib/watchlist/validate-term';
import { Button } from '../ui/button';
import { Field } from '../ui/field';
import { Notice } from '../ui/notice';
import { errorText } from './error-text';
import { strings } from './strings';

/**
 * Brand name, handle and the user's own name, editable after onboarding.
 * They only fill template variables: the watchlist is edited on its own,
 * so renaming here never silently rewrites what Earshot listens for.
 */
export function ProfileCard({ profile }: { profile: Profile }) {
  const s = strings.profile;
  const o = strings.onboarding;
  const titleId = useId();
  const [brandName, setBrandName] = useState(profile.brandName);
  const [handle, setHandle] = useState(profile.handle);
  const [myName, setMyName] = useState(profile.myName);
  const [errors, setErrors] = useState<{ brand?: string | null; handle?: string | null }>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const handleError = handle.trim() ? validateTerm({ text: handle, kind: 'handle', exclude: [] }, []) : null;
    const next = { brand: brandName.trim() ? null : s.brandRequired, handle: handleError };
    setErrors(next);
    if (next.brand || next.handle) {
      setMessage(null);
      return;
    }
    const tidyHandle = handle.trim() ? tidyTermText(handle, 'handle') : '';
    try {
      await saveProfile({ brandName: brandName.trim(), handle: tidyHandle, myName: myName.trim() });
      setHandle(tidyHandle);
      setMessage({ ok: true, text: s.saved });
    } catch (error) {
      setMessage({ ok: false, text: errorText(error) });
    }
  }

  return (
    <section className="es-card" aria-labelledby={titleId}>
      <h2 id={titleId}>{s.title}</h2>
      <p className="es-hint">{s.intro}</p>
      <form onSubmit={submit} noValidate>
        <Field label={o.brandLabel} error={errors.brand}>
          {(c) => <input {...c} value={brandName} autoComplete="organization" onChange={(e) => setBrandName(e.target.value)} />}
        </Field>
        <Field label={o.handleLabel} hint={o.handleHint} error={errors.handle}>
          {(c) => <input {...c} value={handle} autoComplete="off" onChange={(e) => setHandle(e.target.value)} />}
        </Field>
        <Field label={o.myNameLabel} hint={o.myNameHint}>
          {(c) => <input {...c} value={myName} autoComplete="name" onChange={(e) => setMyName(e.target.value)} />}
        </Field>
        <Button type="submit">{s.save}</Button>
      </form>
      {message ? <Notice tone={message.ok ? 'success' : 'error'}>{message.text}</Notice> : null}
    </section>
  );
}
