import { memo, useId } from 'react';
import { TEMPLATE_VARIABLES, type TemplateVariable } from '@/lib/templates/render';
import { Button } from '../ui/button';
import { templateStrings as s } from './strings';

const token = (name: TemplateVariable) => `{{${name}}}`;

/**
 * One button per variable (inserting it at the caret), then what each one
 * means, folded away. The list comes from TEMPLATE_VARIABLES so a new
 * variable shows up here without touching this file (strings.ts checks it
 * has a description). Memoised: it never changes while the user types.
 */
export const VariableHelp = memo(function VariableHelp({ onInsert }: { onInsert: (name: TemplateVariable) => void }) {
  const labelId = useId();
  return (
    <div className="es-template-vars">
      <span id={labelId} className="es-hint">
        {s.variablesLabel}
      </span>
      <div role="group" aria-labelledby={labelId} className="es-template-vars__buttons">
        {TEMPLATE_VARIABLES.map((name) => (
          // The visible token is part of the name ("Insert {{brand}}"), so voice control can say what it sees.
          <Button key={name} tone="quiet" aria-label={s.insertName(token(name))} onClick={() => onInsert(name)}>
            {token(name)}
          </Button>
        ))}
      </div>
      <details>
        <summary>{s.variablesHelp}</summary>
        <dl className="es-template-vars__meanings">
          {TEMPLATE_VARIABLES.map((name) => (
            <div key={name}>
              <dt>
                <code>{token(name)}</code>
              </dt>
              <dd>{s.variables[name]}</dd>
            </div>
          ))}
        </dl>
      </details>
    </div>
  );
});
