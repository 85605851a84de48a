import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A screen's title. It takes the focus when the screen opens, so keyboard and screen-reader
 * users start at the top of the new screen rather than in the navigation — unless the
 * screen has already put it where the clerk types first (an autoFocus input).
 */
export function ScreenHeader({ title, subtitle, actions }: { title: string; subtitle?: ReactNode; actions?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const screen = heading.current?.closest('main');
    if (screen && screen.contains(document.activeElement)) return;
    heading.current?.focus({ preventScroll: true });
  }, [title]);
  return (
    <header className="screen-header">
      <div>
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {subtitle ? <p className="screen-header__subtitle">{subtitle}</p> : null}
      </div>
      {actions ? <div className="screen-header__actions">{actions}</div> : null}
    </header>
  );
}
