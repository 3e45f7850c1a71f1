import { useState } from 'react';
import { openSearchTabs } from '@/lib/scan/open-search-tabs';
import { Button } from '../ui/button';
import { caseStrings as s } from './strings';

export interface ScanNowButtonProps {
  /** Opens the searches and says how many; the default opens the brand's search on the three sites. */
  onScan?: () => Promise<number>;
}

/**
 * "Scan now": the brand's newest posts on X, LinkedIn and Facebook, each in
 * a tab, so Earshot hears them now rather than when the user happens by.
 * With no brand or handle set yet, it says where to set them.
 */
export function ScanNowButton({ onScan = openSearchTabs }: ScanNowButtonProps) {
  const [message, setMessage] = useState('');
  return (
    <span className="es-scan">
      <Button title={s.scanHint} onClick={() => void onScan().then((n) => setMessage(n === 0 ? s.scanNoBrand : ''))}>
        {s.scanNow}
      </Button>
      <span role="status" className="es-hint">
        {message}
      </span>
    </span>
  );
}
