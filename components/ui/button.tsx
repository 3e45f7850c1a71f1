import type { ComponentPropsWithRef } from 'react';

export type ButtonTone = 'default' | 'primary' | 'danger' | 'quiet';

export interface ButtonProps extends ComponentPropsWithRef<'button'> {
  tone?: ButtonTone;
}

/**
 * A native <button> (keyboard and screen readers work for free) with the
 * shared look. `type` defaults to "button" so a button inside a form never
 * submits it by accident; pass type="submit" where that is wanted.
 */
export function Button({ tone = 'default', type = 'button', className, ...rest }: ButtonProps) {
  const classes = ['es-button', tone === 'default' ? '' : `es-button--${tone}`, className ?? '']
    .filter(Boolean)
    .join(' ');
  return <button type={type} className={classes} {...rest} />;
}
