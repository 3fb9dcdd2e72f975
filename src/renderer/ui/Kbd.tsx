// A keyboard key as the user presses it (Ctrl or ⌘ chosen by the caller).
import type { ReactNode } from 'react';

export function Kbd({ children }: { children: ReactNode }) {
  return <kbd className="kbd">{children}</kbd>;
}
