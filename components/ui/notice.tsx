import type { ReactNode } from 'react';

export type NoticeTone = 'error' | 'success' | 'info';

/**
 * A message box. Errors use role="alert" (announced at once); success and
 * info use role="status" (polite, never interrupts the user).
 */
export function Notice({ tone, children }: { tone: NoticeTone; children: ReactNode }) {
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className={`es-notice es-notice--${tone}`}>
      {children}
    </div>
  );
}
