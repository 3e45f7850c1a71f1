import { useEffect, useState } from 'react';
import { briefMarkdown } from '@/lib/brief/brief-markdown';
import type { EarshotDb } from '@/lib/db/schema';
import type { PeriodDays } from '@/lib/kpi';
import { Notice } from '../ui/notice';
import { BriefIssues } from './brief-issues';
import { BriefKpiTable } from './brief-kpi-table';
import { BriefPraise } from './brief-praise';
import { BriefRepeat } from './brief-repeat';
import { BriefResponse } from './brief-response';
import { BriefToolbar } from './brief-toolbar';
import { briefPageStrings as p, briefStrings as s } from './strings';
import { useBrief } from './use-brief';
import './brief.css';

export interface BriefAppProps {
  db: EarshotDb;
  initialDays: PeriodDays;
  /** The page shell mirrors the period in the URL (?days=30), so a reload or a bookmark keeps it. */
  onDaysChange?: (days: PeriodDays) => void;
  /** Defaults: window.print() and the async clipboard (allowed on a click, no permission needed). */
  print?: () => void;
  copyText?: (text: string) => Promise<void>;
}

/**
 * The review-meeting brief (product.md §4): one printable page with KPIs vs
 * goals, the most urgent open issues, repeat problems, notable praise and
 * response times; "Copy as Markdown" gives the same content as text. The
 * document title is the brief's title, which browsers offer as the PDF's name.
 */
export function BriefApp({ db, initialDays, onDaysChange, print = () => window.print(), copyText = (t) => navigator.clipboard.writeText(t) }: BriefAppProps) {
  const [days, setDays] = useState(initialDays);
  const [status, setStatus] = useState('');
  const { brief, error, ready } = useBrief(db, days);

  useEffect(() => {
    if (brief) document.title = brief.title;
  }, [brief]);

  async function copy() {
    if (!brief) return;
    try {
      await copyText(briefMarkdown(brief));
      setStatus(p.copied);
    } catch {
      setStatus(p.copyFailed);
    }
  }

  return (
    <main className="es-brief" aria-busy={ready ? undefined : true} data-ready={ready ? 'true' : undefined}>
      <BriefToolbar
        days={days}
        ready={ready}
        status={status}
        onDaysChange={(d) => {
          setDays(d);
          setStatus('');
          onDaysChange?.(d);
        }}
        onPrint={print}
        onCopy={() => void copy()}
      />
      {error ? <Notice tone="error">{p.loadFailed(error)}</Notice> : null}
      {!brief ? (
        <p>{p.loading}</p>
      ) : (
        <>
          <header className="es-brief__header">
            <h1>{brief.title}</h1>
            <p className="es-hint">
              {s.subtitle(brief.periodDays)} {s.generated(brief.generated)}
            </p>
          </header>
          <BriefKpiTable rows={brief.kpis} />
          <div className="es-brief__columns">
            <BriefIssues issues={brief.issues} openCount={brief.openCount} />
            <BriefRepeat topics={brief.repeatProblems} />
            <BriefPraise praise={brief.praise} />
            <BriefResponse rows={brief.response} />
          </div>
        </>
      )}
    </main>
  );
}
