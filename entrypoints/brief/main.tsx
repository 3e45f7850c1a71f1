import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BriefApp } from '@/components/brief/brief-app';
import { briefDaysFromSearch } from '@/lib/brief/open-brief';
import { getDb } from '@/lib/db';
import '@/components/ui/theme.css';

// Thin entrypoint: the period from the URL (brief.html?days=30), the page's one database connection, the app.
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <BriefApp
        db={getDb()}
        initialDays={briefDaysFromSearch(location.search)}
        onDaysChange={(days) => history.replaceState(null, '', `?days=${days}`)}
      />
    </StrictMode>,
  );
}
