// Compact label with a tone; text always present so colour never carries meaning alone.
import type { ReactNode } from 'react';
import type { Tone } from './StatusDot';

export function Badge({ tone = 'neutral', children }: { tone?: Tone; children: ReactNode }) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}
