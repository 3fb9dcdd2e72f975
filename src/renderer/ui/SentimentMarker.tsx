// Sentiment as people read it: a face icon and the word (negative / neutral / positive), optionally
// with the trend arrow and word. Colour follows, never leads: the word is always there.
import { moodOf, trendOf, type Mood, type Trend } from '../../shared/domain/story';
import { IconArrowDown, IconArrowRight, IconArrowUp, IconFaceHappy, IconFaceNeutral, IconFaceSad } from './icons';

const TONE: Record<Mood, string> = { negative: 'danger', neutral: 'neutral', positive: 'success' };

function MoodIcon({ mood }: { mood: Mood }) {
  switch (mood) {
    case 'negative':
      return <IconFaceSad size={14} />;
    case 'neutral':
      return <IconFaceNeutral size={14} />;
    case 'positive':
      return <IconFaceHappy size={14} />;
  }
}

function TrendIcon({ trend }: { trend: Trend }) {
  switch (trend) {
    case 'getting worse':
      return <IconArrowDown size={12} />;
    case 'steady':
      return <IconArrowRight size={12} />;
    case 'improving':
      return <IconArrowUp size={12} />;
  }
}

export interface SentimentMarkerProps {
  score: number | null;
  series?: readonly { score: number }[];
  showTrend?: boolean;
}

export function SentimentMarker({ score, series = [], showTrend = false }: SentimentMarkerProps) {
  const mood = moodOf(score);
  if (!mood) return <span className="mood mood--unknown">mood unknown</span>;
  const trend = showTrend ? trendOf(series) : null;
  return (
    <span className={`mood mood--${TONE[mood]}`} title={score === null ? undefined : `Sentiment ${score.toFixed(2)}`}>
      <MoodIcon mood={mood} />
      <span>{mood}</span>
      {trend ? (
        <>
          <TrendIcon trend={trend} />
          <span className="mood__trend">{trend}</span>
        </>
      ) : null}
    </span>
  );
}
