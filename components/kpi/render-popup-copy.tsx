import { renderToStaticMarkup } from 'react-dom/server';
import type { ScorecardView } from '@/lib/db/popup-snapshot';
import type { PeriodDays } from '@/lib/kpi';
import type { DomNode } from './dom-snapshot';
import { markupToDom } from './markup-to-dom';
import { PopupScorecardView } from './popup-scorecard-view';

/**
 * The popup's first-paint copy for `data`, made where there is no DOM (the
 * background, after new data): the same component the popup renders, as
 * static markup, read back into the DomNode the popup stores
 * (components/kpi/use-popup-snapshot.ts) and paints (entrypoints/popup/boot.ts).
 * Only the `<main>` element; throws if the markup is not what React writes.
 */
export function renderPopupCopy(data: ScorecardView, period: PeriodDays): DomNode {
  const html = renderToStaticMarkup(
    <main className="es-popup" data-ready="true">
      <PopupScorecardView period={period} data={data} ready />
    </main>,
  );
  const nodes = markupToDom(html);
  const main = nodes[0];
  if (nodes.length !== 1 || typeof main !== 'object' || main.tag !== 'main') throw new SyntaxError('The popup markup is not one <main>');
  return main;
}
