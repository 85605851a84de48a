import type { ReactNode } from 'react';

/** A boxed message. Warnings and errors are announced at once; information politely. */
export function Notice({ tone, title, children, testId }: { tone: 'info' | 'success' | 'warning' | 'error'; title?: string; children?: ReactNode; testId?: string }) {
  const urgent = tone === 'warning' || tone === 'error';
  return (
    <div className={`notice notice--${tone}`} role={urgent ? 'alert' : 'status'} data-testid={testId}>
      {title ? <strong className="notice__title">{title}</strong> : null}
      {children ? <div className="notice__body">{children}</div> : null}
    </div>
  );
}
