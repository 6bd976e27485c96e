import { Link } from 'react-router';
import type { LinkProps } from 'react-router';
import { buttonClass } from './Button';
import type { ButtonLook } from './Button';

/** A link inside the app that looks like a button: it goes somewhere, it does not act. */
export function ButtonLink({ variant, size, className, ...rest }: ButtonLook & LinkProps) {
  return <Link className={buttonClass({ variant, size }, className)} {...rest} />;
}
