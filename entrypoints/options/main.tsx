import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getDb } from '@/lib/db';
import '@/components/ui/theme.css';
import '@/components/options/options.css';
import { App } from './app';

// Thin entrypoint: the page's one database connection, then the React app.
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App db={getDb()} />
    </StrictMode>,
  );
}
