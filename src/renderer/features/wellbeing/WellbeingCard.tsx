// The calm card that follows a run of very negative contacts: offers a short break, more wrap-up time
// for the contact that ended the run (only while it is still in after-contact work), or "Not now".
// A polite status region, never a modal: it does not take focus or block the work.
import { useState } from 'react';
import { useStore } from 'zustand';
import { useServices } from '../../app/services';
import { Button } from '../../ui/Button';
import { IconInfo } from '../../ui/icons';
import { applySummary } from '../conversation/conversation-actions';
import { selectConversation } from '../conversation/conversations.store';
import { selectSuggestion } from './wellbeing.store';

export function WellbeingCard() {
  const { baton, stores } = useServices();
  const suggestion = useStore(stores.wellbeing, selectSuggestion);
  const held = useStore(stores.conversations, selectConversation(suggestion?.conversationId ?? ''));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  if (!suggestion) return <div role="status" aria-live="polite" aria-label="Wellbeing" className="wellbeing" />;

  const inWrapUp = held?.conversation.status === 'ended' && held.conversation.acwDeadline !== null;
  const dismiss = () => {
    setProblem(null);
    stores.wellbeing.getState().dismissed();
  };
  const act = async (job: () => Promise<string | null>) => {
    setBusy(true);
    const failed = await job();
    setBusy(false);
    if (failed === null) dismiss();
    else setProblem(failed);
  };
  const takeBreak = () =>
    act(async () => {
      const result = await baton.invoke('presence:set', { state: 'break' });
      if (!result.ok) return `Could not start the break: ${result.error.message}`;
      stores.presence.getState().presenceChanged(result.value);
      return null;
    });
  const moreTime = () =>
    act(async () => {
      const result = await baton.invoke('wrapup:extend', { conversationId: suggestion.conversationId });
      if (!result.ok) return `Could not add wrap-up time: ${result.error.message}`;
      applySummary(stores, result.value);
      return null;
    });

  return (
    <div role="status" aria-live="polite" aria-label="Wellbeing" className="wellbeing">
      <section className="wellbeing__card" aria-labelledby="wellbeing-title">
        <IconInfo size={18} />
        <div className="wellbeing__text">
          <h3 id="wellbeing-title" className="wellbeing__title">
            That was a hard run
          </h3>
          <p>
            Your last {suggestion.streak} contacts were very negative. A {suggestion.breakMinutes}-minute break can help.
          </p>
          {problem ? <p className="wellbeing__problem">{problem}</p> : null}
        </div>
        <div className="wellbeing__actions">
          <Button size="sm" variant="primary" disabled={busy} onClick={() => void takeBreak()}>
            Take a {suggestion.breakMinutes}-minute break
          </Button>
          {inWrapUp ? (
            <Button size="sm" variant="secondary" disabled={busy} onClick={() => void moreTime()}>
              More wrap-up time
            </Button>
          ) : null}
          <Button size="sm" variant="quiet" disabled={busy} onClick={dismiss}>
            Not now
          </Button>
        </div>
      </section>
    </div>
  );
}
