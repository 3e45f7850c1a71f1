import { createRoot } from 'react-dom/client';
import type { PopupSnapshot } from '@/lib/db/popup-snapshot';
import { PopupApp } from './app';

/** React and the popup (main.tsx loads this chunk alongside the cached first paint). */
export function mountPopup(root: HTMLElement, snapshot: PopupSnapshot | null, build: string): void {
  createRoot(root).render(<PopupApp snapshot={snapshot} build={build} />);
}
