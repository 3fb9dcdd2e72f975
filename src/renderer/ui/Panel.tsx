// A workspace column or wallboard panel: a labelled region with a header, focusable by shortcut
// (tabIndex -1 keeps it out of the Tab order while letting Ctrl/Cmd+1..3 land on it).
import type { ReactNode, Ref } from 'react';

export interface PanelProps {
  label: string;
  title?: ReactNode;
  meta?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
  /** 1..3: the Ctrl/Cmd+digit shortcut that focuses this panel (see app/use-shortcuts.ts). */
  region?: 1 | 2 | 3;
  ref?: Ref<HTMLElement>;
}

export function Panel({ label, title, meta, actions, children, className, region, ref }: PanelProps) {
  return (
    <section
      aria-label={label}
      className={['panel', className].filter(Boolean).join(' ')}
      tabIndex={-1}
      data-region={region}
      ref={ref}
    >
      <header className="panel__header">
        <h2 className="panel__title">{title ?? label}</h2>
        {meta ? <span className="panel__meta">{meta}</span> : null}
        {actions ? <div className="panel__actions">{actions}</div> : null}
      </header>
      <div className="panel__body">{children}</div>
    </section>
  );
}
