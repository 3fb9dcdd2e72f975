// The windowing list keeps the DOM small however long the list is, and shows rows as the reader scrolls.
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { VirtualList } from './VirtualList';

const items = Array.from({ length: 10_000 }, (_, i) => `line ${i}`);

function renderList(stickToBottom = false) {
  return render(<VirtualList items={items} label="Lines" estimateHeight={40} getKey={(_, i) => String(i)} renderItem={(t) => <span>{t}</span>} stickToBottom={stickToBottom} />);
}

describe('VirtualList', () => {
  it('renders only a window of 10,000 rows, with their positions in the set', () => {
    renderList();
    const rows = within(screen.getByRole('list', { name: 'Lines' })).getAllByRole('listitem');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(60);
    expect(rows[0]).toHaveTextContent('line 0');
    expect(rows[0]).toHaveAttribute('aria-setsize', '10000');
  });

  it('moves the window when scrolled', () => {
    renderList();
    const list = screen.getByRole('list', { name: 'Lines' });
    list.scrollTop = 40 * 5000;
    fireEvent.scroll(list);
    const rows = within(list).getAllByRole('listitem');
    expect(rows.length).toBeLessThan(60);
    expect(screen.getByText('line 5000')).toBeInTheDocument();
    expect(screen.queryByText('line 0')).not.toBeInTheDocument();
  });
});
