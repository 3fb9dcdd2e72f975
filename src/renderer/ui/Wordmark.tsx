// The Baton wordmark: a simple mark plus the name, drawn inline so it needs no asset request.
export function Wordmark({ large = false }: { large?: boolean }) {
  return (
    <span className={['wordmark', large ? 'wordmark--large' : null].filter(Boolean).join(' ')}>
      <svg className="wordmark__mark" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
        <rect x="1" y="1" width="18" height="18" rx="5" className="wordmark__tile" />
        <path d="M6 14 14 6" className="wordmark__baton" />
        <circle cx="14" cy="6" r="1.6" className="wordmark__tip" />
      </svg>
      <span className="wordmark__name">Baton</span>
    </span>
  );
}
