// The user menu (a disclosure): who is logged in and in which role, the theme choice, the shortcut
// help and "Log out". Esc or a click elsewhere closes it and focus returns to its button.
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Session } from '../../shared/domain/session';
import { logOut } from '../features/session/session-actions';
import { selectLogoutError } from '../features/session/session.store';
import { selectThemePreference, ThemePreferenceSchema, type ThemePreference } from '../features/theme/theme.store';
import { Badge } from '../ui/Badge';
import { Button } from '../ui/Button';
import { IconChevronDown, IconKeyboard, IconLogOut, IconMonitor, IconMoon, IconSun } from '../ui/icons';
import { useServices } from './services';

const THEME_CHOICES: readonly { value: ThemePreference; label: string; icon: ReactNode }[] = [
  { value: 'system', label: 'System', icon: <IconMonitor size={14} /> },
  { value: 'light', label: 'Light', icon: <IconSun size={14} /> },
  { value: 'dark', label: 'Dark', icon: <IconMoon size={14} /> },
];

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return (parts.length > 1 ? `${parts[0]?.[0] ?? ''}${parts[1]?.[0] ?? ''}` : name.slice(0, 2)).toUpperCase();
}

export function UserMenu({ session, onHelp }: { session: Session; onHelp: () => void }) {
  const { baton, stores } = useServices();
  const theme = useStore(stores.theme, selectThemePreference);
  const logoutError = useStore(stores.session, selectLogoutError);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    function onPointer(event: MouseEvent) {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false);
    }
    document.addEventListener('mousedown', onPointer);
    return () => document.removeEventListener('mousedown', onPointer);
  }, [open]);

  function close() {
    setOpen(false);
    buttonRef.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      close();
    }
  }

  return (
    <div className="usermenu" ref={rootRef} onKeyDown={onKeyDown}>
      <Button
        ref={buttonRef}
        variant="quiet"
        className="usermenu__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="avatar" aria-hidden="true">
          {initials(session.displayName || session.username)}
        </span>
        <span className="usermenu__name">{session.displayName || session.username}</span>
        <IconChevronDown size={14} />
      </Button>
      {open ? (
        <div id={panelId} className="usermenu__panel">
          <div className="usermenu__who">
            <span className="usermenu__display">{session.displayName}</span>
            <span className="usermenu__meta">
              {session.username} · <Badge tone="accent">{session.role}</Badge>
            </span>
          </div>
          <fieldset className="segmented">
            <legend className="segmented__legend">Theme</legend>
            <div className="segmented__track">
              {THEME_CHOICES.map((choice) => (
                <label key={choice.value} className="segmented__option">
                  <input
                    type="radio"
                    name={`${panelId}-theme`}
                    value={choice.value}
                    checked={theme === choice.value}
                    onChange={(e) => {
                      const parsed = ThemePreferenceSchema.safeParse(e.target.value);
                      if (parsed.success) stores.theme.getState().choose(parsed.data);
                    }}
                  />
                  {choice.icon}
                  <span>{choice.label}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <div className="usermenu__actions">
            <Button
              variant="quiet"
              className="usermenu__item"
              onClick={() => {
                // Close first so focus sits on the menu button, where the help returns it.
                close();
                onHelp();
              }}
            >
              <IconKeyboard /> Keyboard shortcuts
            </Button>
            <Button variant="quiet" className="usermenu__item" onClick={() => void logOut(baton, stores)}>
              <IconLogOut /> Log out
            </Button>
          </div>
          {logoutError ? (
            <p role="alert" className="usermenu__error">
              Could not log out: {logoutError}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
