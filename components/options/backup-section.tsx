import { useId } from 'react';
import { EraseData } from './erase-data';
import { strings } from './strings';

/**
 * The "Backup & data" tab: what a backup holds and erase-all. Export and
 * import themselves sit in the page header (BackupBar) so they are always
 * one click away.
 */
export function BackupSection() {
  const s = strings.backup;
  const titleId = useId();
  return (
    <section className="es-card" aria-labelledby={titleId}>
      <h2 id={titleId}>{s.title}</h2>
      <p>{s.intro}</p>
      <p className="es-hint">{s.importIntro}</p>
      <h3>{s.eraseTitle}</h3>
      <p className="es-hint">{s.eraseIntro}</p>
      <EraseData />
    </section>
  );
}
