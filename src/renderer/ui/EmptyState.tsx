// What a region shows before it has data: an icon, one plain sentence, and what to do next.
import type { ReactNode } from 'react';

export interface EmptyStateProps {
  icon?: ReactNode;
  title: string;
  children?: ReactNode;
  compact?: boolean;
}

export function EmptyState({ icon, title, children, compact = false }: EmptyStateProps) {
  return (
    <div className={['empty', compact ? 'empty--compact' : null].filter(Boolean).join(' ')}>
      {icon ? <div className="empty__icon">{icon}</div> : null}
      <p className="empty__title">{title}</p>
      {children ? <div className="empty__body">{children}</div> : null}
    </div>
  );
}
