import { useId } from 'react';
import type { ImportSummary } from '@/lib/backup/import-backup';
import { listTerms } from '@/lib/db/terms-repo';
import { getProfile, saveProfile } from '@/lib/settings/profile';
import { useDb } from './db-context';
import { ExportBackupButton } from './export-backup-button';
import { ImportBackup } from './import-backup';
import { strings } from './strings';

/**
 * "Export backup" and "Import backup" live in the page header, on every view
 * (onboarding and every tab): moving to a new browser never needs the
 * onboarding form first, and product.md §8 promises both controls on the page
 * without any navigation.
 */
export function BackupBar() {
  const db = useDb();
  const titleId = useId();

  /** A restore that brought a watchlist finishes onboarding by itself. */
  async function finishOnboarding(imported: ImportSummary) {
    if (!imported.terms) return;
    const [profile, terms] = await Promise.all([getProfile(), listTerms(db)]);
    if (profile.onboarded) return;
    const brand = terms.find((term) => term.kind === 'brand');
    const handle = terms.find((term) => term.kind === 'handle');
    await saveProfile({
      brandName: profile.brandName || brand?.text || '',
      handle: profile.handle || handle?.text || '',
      onboarded: true,
    });
  }

  return (
    <section className="es-backup-bar" aria-labelledby={titleId}>
      <h2 id={titleId} className="es-visually-hidden">
        {strings.backup.title}
      </h2>
      <ExportBackupButton />
      <ImportBackup onImported={finishOnboarding} />
    </section>
  );
}
