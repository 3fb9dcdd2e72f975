// The conversation header's "Transfer" button (Alt+T from anywhere) and its dialog, plus the banner
// while a warm transfer waits for its target, with "Cancel transfer".
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { useServices } from '../../app/services';
import { Button } from '../../ui/Button';
import { IconAlert } from '../../ui/icons';
import { cancelTransfer } from './transfer-actions';
import { selectPending } from './transfer.store';
import { TransferDialog } from './TransferDialog';

export function TransferButton({ conversationId }: { conversationId: string }) {
  const { stores } = useServices();
  const waiting = useStore(stores.transfers, selectPending(conversationId));
  const [open, setOpen] = useState(false);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      // event.code, not key: on a Mac Alt+T types "†".
      if (event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.code === 'KeyT') {
        event.preventDefault();
        setOpen(true);
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <>
      <Button size="sm" aria-keyshortcuts="Alt+T" disabled={waiting !== null} onClick={() => setOpen(true)}>
        Transfer
      </Button>
      {open && waiting === null ? <TransferDialog conversationId={conversationId} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

export function TransferBanner({ conversationId }: { conversationId: string }) {
  const { baton, stores } = useServices();
  const waiting = useStore(stores.transfers, selectPending(conversationId));
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  if (waiting === null) return null;

  async function cancel() {
    setPending(true);
    setError(await cancelTransfer(baton, stores, conversationId));
    setPending(false);
  }

  return (
    <div role="status" className="banner transfer__banner">
      <span>Warm transfer: waiting for {waiting} to accept. The customer stays with you until then.</span>
      <Button size="sm" disabled={pending} onClick={() => void cancel()}>
        Cancel transfer
      </Button>
      {error ? (
        <span role="alert" className="transfer__error">
          <IconAlert size={14} />
          {error}
        </span>
      ) : null}
    </div>
  );
}
