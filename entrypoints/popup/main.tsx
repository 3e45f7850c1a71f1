import { createRoot } from 'react-dom/client';
import { PopupApp } from './app';
import '@/components/ui/theme.css';

createRoot(document.getElementById('root')!).render(<PopupApp />);
