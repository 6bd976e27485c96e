import type { AnchorHTMLAttributes, ButtonHTMLAttributes, Ref } from 'react';

/**
 * What an action looks like: `primary` the one main action of its place, `secondary` the others,
 * `danger` one that removes or refuses, `light` on the dark header. The look is CSS (`.button…`); these
 * components (and ButtonLink) are the only place that spells the classes, so a page cannot invent a
 * fifth kind. No router here: the survey page's own small bundle uses Button too.
 */
export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'light';

/** `small` inside a row or a card; `big` where pupils tap on a phone (the survey). */
export type ButtonSize = 'normal' | 'small' | 'big';

export interface ButtonLook {
  variant?: ButtonVariant;
  size?: ButtonSize;
}

/** The classes of a button with this look, followed by `extra` (a page's own class for placement). */
export function buttonClass({ variant = 'primary', size = 'normal' }: ButtonLook, extra?: string): string {
  const classes = ['button'];
  if (variant !== 'primary') classes.push(`button--${variant}`);
  if (size !== 'normal') classes.push(`button--${size}`);
  if (extra) classes.push(extra);
  return classes.join(' ');
}

/** A `<button>`; `type` is "button" unless said otherwise, so a button in a form never submits by accident. */
export function Button({
  variant,
  size,
  className,
  type = 'button',
  ref,
  ...rest
}: ButtonLook & ButtonHTMLAttributes<HTMLButtonElement> & { ref?: Ref<HTMLButtonElement> }) {
  return <button ref={ref} type={type} className={buttonClass({ variant, size }, className)} {...rest} />;
}

/** A plain link that looks like a button: a download or an address outside the app. */
export function ButtonAnchor({
  variant,
  size,
  className,
  ...rest
}: ButtonLook & AnchorHTMLAttributes<HTMLAnchorElement>) {
  return <a className={buttonClass({ variant, size }, className)} {...rest} />;
}
