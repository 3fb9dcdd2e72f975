// The wrap-up panel that replaces the composer once a conversation has ended: disposition, notes
// (pre-filled with a summary, drafts saved as they are typed), the ACW countdown with Extend, and
// Submit, checked with the queue's rules first and sent once.
import { useId, useRef, useState } from 'react';
import type { AssignedConversation } from '../../../shared/domain/conversation';
import type { ConversationMessage } from '../../../shared/domain/message';
import { wrapUpProblems } from '../../../shared/domain/wrap-up';
import { useServices } from '../../app/services';
import { Button } from '../../ui/Button';
import { IconAlert } from '../../ui/icons';
import { Select } from '../../ui/Select';
import { applySummary } from '../conversation/conversation-actions';
import { AcwCountdown } from './AcwCountdown';
import { useWrapUpDraft } from './use-wrap-up-draft';
import { composeWrapUpSummary } from './wrap-up-summary';

/** The wrap-up shortcut focuses the first control in here. */
export const WRAP_UP_ID = 'wrap-up';

export function WrapUpPanel({ assigned, messages }: { assigned: AssignedConversation; messages: readonly ConversationMessage[] }) {
  const { baton, stores } = useServices();
  const { conversation, context, wrapUp } = assigned;
  const conversationId = conversation.conversationId;
  const draft = useWrapUpDraft(baton, conversationId, () => composeWrapUpSummary(context, messages));
  const notesId = useId();
  const [problems, setProblems] = useState<readonly string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<'submit' | 'extend' | null>(null);
  const busy = useRef(false);
  const fields = draft.fields;

  async function run(kind: 'submit' | 'extend', work: () => Promise<string | null>) {
    if (busy.current) return;
    busy.current = true;
    setPending(kind);
    const problem = await work();
    busy.current = false;
    setPending(null);
    setError(problem);
  }

  const submit = () =>
    run('submit', async () => {
      if (!fields) return null;
      const found = wrapUp ? wrapUpProblems(wrapUp, { disposition: fields.disposition ?? '', notes: fields.notes }) : [];
      setProblems(found);
      if (found.length > 0) return null;
      // The host submits the saved draft, so what is on screen is saved first.
      const saved = await draft.saveNow();
      if (!saved.ok) return `Not submitted: ${saved.error.message}`;
      const result = await baton.invoke('wrapup:submit', { conversationId });
      if (!result.ok) return `Not submitted: ${result.error.message}`;
      applySummary(stores, result.value);
      return null;
    });

  const extend = () =>
    run('extend', async () => {
      const result = await baton.invoke('wrapup:extend', { conversationId });
      if (!result.ok) return `Could not extend: ${result.error.message}`;
      applySummary(stores, result.value);
      return null;
    });

  const dispositionMissing = problems.some((p) => p.includes('disposition'));
  const notesMissing = problems.some((p) => p.includes('Notes'));
  return (
    <section id={WRAP_UP_ID} className="wrapup" aria-label="Wrap-up" aria-busy={fields === null}>
      <div className="wrapup__head">
        <h4 className="wrapup__title">Wrap-up</h4>
        <AcwCountdown deadline={conversation.acwDeadline} />
        <Button size="sm" variant="secondary" aria-disabled={pending !== null || undefined} title={wrapUp ? `Add ${wrapUp.extendSeconds} s` : undefined} onClick={() => void extend()}>
          Extend
        </Button>
      </div>
      <div className="wrapup__fields">
        <Select
          label="Disposition"
          className="wrapup__disposition"
          disabled={fields === null}
          value={fields?.disposition ?? ''}
          aria-invalid={dispositionMissing || undefined}
          onChange={(e) => draft.change({ disposition: e.currentTarget.value === '' ? null : e.currentTarget.value })}
          options={[{ value: '', label: 'Choose…' }, ...(wrapUp?.dispositions ?? []).map((d) => ({ value: d.code, label: d.label }))]}
        />
        <div className="field wrapup__notes">
          <label className="field__label" htmlFor={notesId}>
            Wrap-up notes
          </label>
          <textarea
            id={notesId}
            className="wrapup__box"
            rows={4}
            disabled={fields === null}
            value={fields?.notes ?? ''}
            aria-invalid={notesMissing || undefined}
            aria-required={wrapUp?.notesRequired ?? false}
            onChange={(e) => draft.change({ notes: e.currentTarget.value })}
          />
        </div>
      </div>
      {[...problems, ...[error, draft.saveError].filter((e) => e !== null)].map((p) => (
        <p key={p} className="composer__error" role="alert">
          <IconAlert size={14} />
          {p}
        </p>
      ))}
      <div className="wrapup__bar">
        {wrapUp ? null : <p className="composer__note">This queue has no disposition codes configured.</p>}
        <Button variant="primary" size="sm" aria-disabled={pending !== null || fields === null || undefined} onClick={() => void submit()}>
          Submit wrap-up
        </Button>
      </div>
    </section>
  );
}
