import { useId } from 'react';
import { CsvExports } from './csv-exports';
import { EraseData } from './erase-data';
import { RetentionSetting } from './retention-setting';
import { dataStrings, strings } from './strings';

/**
 * The "Backup & data" tab: what a backup holds, spreadsheet exports, how
 * long data is kept, and erase-all. Export and import of the backup itself
 * sit in the page header (BackupBar) so they are always one click away.
 */
export function BackupSection() {
  const s = strings.backup;
  const titleId = useId();
  return (
    <section className="es-card" aria-labelledby={titleId}>
      <h2 id={titleId}>{s.title}</h2>
      <p>{s.intro}</p>
      <p className="es-hint">{s.importIntro}</p>
      <h3>{dataStrings.csvTitle}</h3>
      <p className="es-hint">{dataStrings.csvIntro}</p>
      <CsvExports />
      <h3>{dataStrings.retentionTitle}</h3>
      <RetentionSetting />
      <h3>{s.eraseTitle}</h3>
      <p className="es-hint">{s.eraseIntro}</p>
      <EraseData />
    </section>
  );
}
