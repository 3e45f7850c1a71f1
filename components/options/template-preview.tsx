import { useId } from 'react';
import { SITE_LABELS, type Site } from '@/lib/model/types';
import { renderTemplate, replyLength, type TemplateValues } from '@/lib/templates/render';
import { strictestLimit } from './template-rules';
import { templateStrings as s } from './strings';

export interface TemplatePreviewProps {
  body: string;
  site: Site | null;
  sample: TemplateValues;
  /** Lets the editor point the textarea's aria-describedby at the count. */
  countId: string;
}

/**
 * The reply as it would be sent, with sample values. Rendered as a React text
 * child inside <pre> (never innerHTML), so markup in a body or a value shows
 * as the characters typed; pre-wrap (templates.css) keeps newlines and wraps.
 * The count is measured the way sites count (code points) against the
 * strictest limit that applies.
 */
export function TemplatePreview({ body, site, sample, countId }: TemplatePreviewProps) {
  const titleId = useId();
  const { text, missing } = renderTemplate(body, sample);
  const length = replyLength(text);
  const { site: limitSite, limit } = strictestLimit(site);
  const over = length > limit;

  return (
    <section className="es-template-preview" aria-labelledby={titleId}>
      <h4 id={titleId}>{s.previewTitle}</h4>
      <p className="es-hint">{s.previewHint}</p>
      {text ? (
        <pre className="es-template-preview__text" data-testid="template-preview">
          {text}
        </pre>
      ) : (
        <p className="es-template-preview__text es-hint">{s.previewEmpty}</p>
      )}
      <p id={countId} className={over ? 'es-error' : 'es-hint'}>
        {s.length(length, limit, SITE_LABELS[limitSite])}
      </p>
      {missing.includes('my_name') ? <p className="es-hint">{s.myNameEmpty}</p> : null}
    </section>
  );
}
