// The logged-in shell: skip link, top bar, degraded banner, then the role's landing view (agent
// workspace or supervisor wallboard), plus the shortcut help overlay.
import { useCallback, useState, type MouseEvent } from 'react';
import type { Session } from '../../shared/domain/session';
import { HelpOverlay } from '../features/help/HelpOverlay';
import { DegradedBanner } from '../features/link/DegradedBanner';
import { SupervisorLanding } from '../features/supervisor/SupervisorLanding';
import { AgentWorkspace } from '../features/workspace/AgentWorkspace';
import { acceptOffer, rejectOffer } from '../features/offers/offer-actions';
import { END_BUTTON_ID } from '../features/conversation/EndConversation';
import { WRAP_UP_ID } from '../features/wrap-up/WrapUpPanel';
import { useServices } from './services';
import { TopBar } from './TopBar';
import { useShortcuts } from './use-shortcuts';

function skipToWorkspace(event: MouseEvent<HTMLAnchorElement>) {
  // Focus the target directly: hash navigation would also change the URL, which adds nothing here.
  event.preventDefault();
  document.getElementById('workspace')?.focus();
}

/** Alt+W: the wrap-up of the open conversation if it has ended, else the End confirmation. */
function goToWrapUp() {
  const field = document.querySelector<HTMLElement>(`#${WRAP_UP_ID} select`);
  if (field) field.focus();
  else document.getElementById(END_BUTTON_ID)?.click();
}

export function AppShell({ session }: { session: Session }) {
  const [helpOpen, setHelpOpen] = useState(false);
  const openHelp = useCallback(() => setHelpOpen(true), []);
  const { baton, stores } = useServices();
  // The offer the shortcuts act on: the one whose card shows the shortcut hints (the first still ringing).
  const newestOffer = useCallback(
    () => (session.role === 'agent' ? stores.offers.getState().offers.find((o) => Date.parse(o.expiresAt) > Date.now()) : undefined),
    [stores, session.role],
  );
  const acceptNewest = useCallback(() => {
    const newest = newestOffer();
    if (newest) void acceptOffer(baton, stores, newest.offerId);
    return newest !== undefined;
  }, [baton, stores, newestOffer]);
  const rejectNewest = useCallback(() => {
    const newest = newestOffer();
    if (newest) void rejectOffer(baton, stores, newest.offerId);
    return newest !== undefined;
  }, [baton, stores, newestOffer]);
  const openAdjacent = useCallback((step: 1 | -1) => stores.conversations.getState().selectAdjacent(step), [stores]);
  useShortcuts({ onHelp: openHelp, onAccept: acceptNewest, onReject: rejectNewest, onAdjacent: openAdjacent, onWrapUp: goToWrapUp });
  const supervisor = session.role === 'supervisor';

  return (
    <div className="shell">
      <a className="skip-link" href="#workspace" onClick={skipToWorkspace}>
        Skip to workspace
      </a>
      <TopBar session={session} onHelp={openHelp} />
      <DegradedBanner />
      <main id="workspace" tabIndex={-1} className="shell__main" aria-label={supervisor ? 'Supervisor wallboard' : 'Agent workspace'}>
        <h1 className="visually-hidden">{supervisor ? 'Supervisor wallboard' : 'Agent workspace'}</h1>
        {supervisor ? <SupervisorLanding /> : <AgentWorkspace />}
      </main>
      {helpOpen ? <HelpOverlay onClose={() => setHelpOpen(false)} /> : null}
    </div>
  );
}
