// One ringing offer: who and why in one line, channel, queue, waiting time and the countdown, with
// Accept (the default) and Reject, with their shortcuts shown on the newest card. A refused action shows inline.
import { useId } from 'react';
import type { Offer } from '../../../shared/domain/conversation';
import { customerName, oneLineStory } from '../../../shared/domain/story';
import type { OfferAction } from './offers.store';
import { Button } from '../../ui/Button';
import { ChannelIcon } from '../../ui/ChannelIcon';
import { formatSince } from '../../ui/format-time';
import { IconAlert } from '../../ui/icons';
import { Kbd } from '../../ui/Kbd';
import { useNow } from '../../ui/use-now';
import { CountdownRing } from './CountdownRing';

export interface OfferCardProps {
  offer: Offer;
  pending: OfferAction | undefined;
  error: string | undefined;
  /** Shown on the newest offer only: the shortcut accepts that one. */
  shortcut: string | null;
  onAccept: () => void;
  onReject: () => void;
}

export function OfferCard({ offer, pending, error, shortcut, onAccept, onReject }: OfferCardProps) {
  const storyId = useId();
  const now = useNow(1000);
  const name = customerName(offer.context) ?? 'an unnamed customer';
  return (
    <article className="offer" data-offer-id={offer.offerId} aria-label={`Incoming contact from ${name}`} aria-describedby={storyId} aria-busy={pending !== undefined}>
      <div className="offer__head">
        <CountdownRing offeredAt={offer.offeredAt} expiresAt={offer.expiresAt} />
        <div className="offer__heading">
          <h3 className="offer__title">
            <span className="offer__kicker">Incoming contact</span>
            <span className="offer__name">{name}</span>
          </h3>
          <p className="offer__meta">
            <ChannelIcon channel={offer.context.channel} showWord />
            <span aria-hidden="true">·</span>
            <span>{offer.queueName}</span>
            <span aria-hidden="true">·</span>
            <span title="Time the customer has waited">waiting {formatSince(offer.waitingSince, now)}</span>
          </p>
        </div>
      </div>
      {offer.transfer ? (
        <div className="offer__transfer">
          <p className="offer__transfer-from">Transfer from {offer.transfer.fromName}</p>
          <p className="offer__transfer-note">{offer.transfer.note}</p>
        </div>
      ) : null}
      <p id={storyId} className="offer__story">
        {oneLineStory(offer.context)}
      </p>
      {error ? (
        <p role="alert" className="offer__error">
          <IconAlert size={14} />
          {error}
        </p>
      ) : null}
      <div className="offer__actions">
        <Button
          variant="primary"
          size="sm"
          aria-label="Accept"
          aria-keyshortcuts={shortcut ? 'Control+Enter Meta+Enter' : undefined}
          disabled={pending !== undefined}
          onClick={onAccept}
          className="offer__accept"
        >
          {pending === 'accepting' ? 'Accepting…' : 'Accept'}
          {shortcut ? (
            <span className="offer__shortcut" aria-hidden="true">
              <Kbd>{shortcut}</Kbd>
              <Kbd>↵</Kbd>
            </span>
          ) : null}
        </Button>
        <Button size="sm" aria-label="Reject" aria-keyshortcuts={shortcut ? 'Alt+R' : undefined} disabled={pending !== undefined} onClick={onReject}>
          {pending === 'rejecting' ? 'Rejecting…' : 'Reject'}
          {shortcut ? (
            <span className="offer__shortcut" aria-hidden="true">
              <Kbd>Alt</Kbd>
              <Kbd>R</Kbd>
            </span>
          ) : null}
        </Button>
      </div>
    </article>
  );
}
