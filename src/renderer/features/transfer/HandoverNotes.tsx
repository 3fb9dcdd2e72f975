// The handover notes of earlier agents, shown at the top of the customer context (above the story):
// "Handover from <name>" and what they wrote. Notes are plain text, never markup.
import type { TransferRecord } from '../../../shared/domain/transfer';

export function HandoverNotes({ transfers }: { transfers: readonly TransferRecord[] }) {
  const handed = transfers.filter((t) => t.state === 'done');
  if (handed.length === 0) return null;
  // Newest first: the latest handover is what the agent needs now.
  return (
    <>
      {[...handed].reverse().map((t) => {
        const headingId = `handover-${t.at}`;
        return (
          <section key={`${t.from}-${t.at}`} className="ctx-section ctx-handover" aria-labelledby={headingId}>
            <h3 id={headingId} className="ctx-heading">
              Handover from {t.fromName}
            </h3>
            <p className="ctx-handover__note">{t.note}</p>
          </section>
        );
      })}
    </>
  );
}
