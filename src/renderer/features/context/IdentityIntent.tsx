// Who the customer is and how sure we are (verification badge, contact points, tier), what they
// want with the bot's confidence and the runner-up guesses, and each bot step with its outcome.
import type { BotStep, HandoffContext } from '../../../shared/domain/handoff-context';
import { Badge } from '../../ui/Badge';
import { formatStamp } from '../../ui/format-time';
import { IconCheckCircle, IconLock, IconMinusCircle, IconXCircle } from '../../ui/icons';

const percent = (confidence: number | null) => (confidence === null ? null : `${Math.round(confidence * 100)}%`);

function Outcome({ outcome }: { outcome: BotStep['outcome'] }) {
  switch (outcome) {
    case 'succeeded':
      return (
        <span className="outcome outcome--success">
          <IconCheckCircle size={14} /> done
        </span>
      );
    case 'failed':
      return (
        <span className="outcome outcome--danger">
          <IconXCircle size={14} /> failed
        </span>
      );
    case 'abandoned':
      return (
        <span className="outcome outcome--neutral">
          <IconMinusCircle size={14} /> abandoned
        </span>
      );
  }
}

export function Glance({ context }: { context: HandoffContext }) {
  const { customer, intent } = context;
  return (
    <dl className="glance">
      <div className="glance__row">
        <dt>Identity</dt>
        <dd>
          {customer.verification ? (
            <Badge tone="success">
              <IconLock size={12} /> Verified · {customer.verification.method}
            </Badge>
          ) : (
            <Badge tone="warning">Not verified</Badge>
          )}
          {customer.tier ? <Badge tone="accent">{customer.tier}</Badge> : null}
        </dd>
      </div>
      <div className="glance__row">
        <dt>Intent</dt>
        <dd>
          {intent ? (
            <>
              <span className="glance__intent">{intent.label}</span>
              {intent.confidence !== null ? <span className="glance__conf" title="The bot's confidence">{percent(intent.confidence)}</span> : null}
            </>
          ) : (
            <span className="ctx-empty">not identified</span>
          )}
        </dd>
      </div>
    </dl>
  );
}

export function IdentityDetails({ context }: { context: HandoffContext }) {
  const { customer } = context;
  const rows: [string, string | null][] = [
    ['Name', customer.displayName],
    ['Customer id', customer.id],
    ['Tier', customer.tier],
    ['Segment', customer.segment],
    ['Language', customer.locale],
    ['Verified', customer.verification ? `${customer.verification.method}${customer.verification.at ? ` at ${formatStamp(customer.verification.at) ?? ''}` : ''}` : 'no'],
  ];
  return (
    <>
      <dl className="kv">
        {rows
          .filter((r): r is [string, string] => r[1] !== null)
          .map(([k, v]) => (
            <div key={k} className="kv__row">
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
      </dl>
      {customer.contactPoints.length > 0 ? (
        <ul className="plain">
          {customer.contactPoints.map((p, i) => (
            <li key={i}>
              <span className="muted">{p.kind}</span> {p.value} {p.verified ? <Badge tone="success">verified</Badge> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

export function IntentDetails({ context }: { context: HandoffContext }) {
  const { intent } = context;
  if (!intent) return <p className="ctx-empty">The bot did not identify an intent.</p>;
  return (
    <>
      <p>
        {intent.label} <span className="muted">({intent.name})</span> {percent(intent.confidence) ?? ''}
      </p>
      {intent.alternatives.length > 0 ? (
        <ul className="plain">
          {intent.alternatives.map((alt, i) => (
            <li key={i}>
              or {alt.label} <span className="muted">{percent(alt.confidence) ?? ''}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

export function BotSteps({ steps }: { steps: readonly BotStep[] }) {
  if (steps.length === 0) return <p className="ctx-empty">No bot steps were reported.</p>;
  return (
    <ol className="steps">
      {steps.map((step, i) => (
        <li key={i} className="step" title={formatStamp(step.at)}>
          <Outcome outcome={step.outcome} />
          <span className="step__name">{step.name}</span>
          {step.detail ? <span className="step__detail">{step.detail}</span> : null}
        </li>
      ))}
    </ol>
  );
}
