// A small coloured dot. Decorative: every use sits next to a word that carries the meaning.
export type Tone = 'success' | 'warning' | 'danger' | 'neutral' | 'accent';

export function StatusDot({ tone, pulse = false }: { tone: Tone; pulse?: boolean }) {
  return <span className={['dot', `dot--${tone}`, pulse ? 'dot--pulse' : null].filter(Boolean).join(' ')} aria-hidden="true" />;
}
