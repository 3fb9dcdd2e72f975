// A small trend line of the customer's sentiment (-1..1) with the word and icon beside it, so the
// line is never the only carrier of meaning.
import type { Sentiment } from '../../../shared/domain/handoff-context';
import { moodOf, trendOf } from '../../../shared/domain/story';
import { SentimentMarker } from '../../ui/SentimentMarker';

const W = 120;
const H = 28;

export function sparklinePoints(scores: readonly number[]): string {
  if (scores.length === 0) return '';
  const step = scores.length > 1 ? W / (scores.length - 1) : 0;
  return scores.map((s, i) => `${(i * step).toFixed(1)},${((1 - (s + 1) / 2) * H).toFixed(1)}`).join(' ');
}

export function SentimentSparkline({ sentiment }: { sentiment: Sentiment }) {
  const scores = sentiment.series.map((p) => p.score);
  const mood = moodOf(sentiment.score);
  const trend = trendOf(sentiment.series);
  return (
    <div className="spark">
      {scores.length > 1 ? (
        <svg
          className={`spark__svg spark__svg--${mood ?? 'unknown'}`}
          viewBox={`0 0 ${W} ${H}`}
          width={W}
          height={H}
          role="img"
          aria-label={`Sentiment over the conversation: ${mood ?? 'unknown'}${trend ? `, ${trend}` : ''}`}
        >
          <line x1="0" x2={W} y1={H / 2} y2={H / 2} className="spark__zero" />
          <polyline points={sparklinePoints(scores)} className="spark__line" />
        </svg>
      ) : null}
      <SentimentMarker score={sentiment.score} series={sentiment.series} showTrend />
    </div>
  );
}
