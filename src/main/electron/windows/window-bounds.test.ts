// Where the window opens: remembered bounds are restored when visible, pulled back onto a display when
// partly off-screen, and re-centred when their display is gone.
import { describe, expect, it } from 'vitest';
import { MIN_WINDOW_SIZE, resolveWindowBounds } from './window-bounds';

const primary = { x: 0, y: 0, width: 1920, height: 1040 };
const right = { x: 1920, y: 0, width: 1280, height: 1024 };

describe('resolveWindowBounds', () => {
  it('centres the default size when nothing was saved', () => {
    expect(resolveWindowBounds(null, [primary], primary)).toEqual({ x: 320, y: 120, width: 1280, height: 800 });
  });

  it('restores bounds that are fully visible', () => {
    const saved = { x: 2000, y: 50, width: 1100, height: 900 };
    expect(resolveWindowBounds(saved, [primary, right], primary)).toEqual(saved);
  });

  it('pulls a window hanging off the edge back onto its display', () => {
    expect(resolveWindowBounds({ x: 1500, y: -200, width: 1200, height: 700 }, [primary], primary)).toEqual({
      x: 720,
      y: 0,
      width: 1200,
      height: 700,
    });
  });

  it('re-centres on the primary display when the saved display is gone', () => {
    expect(resolveWindowBounds({ x: 2000, y: 50, width: 1100, height: 900 }, [primary], primary)).toEqual({
      x: 410,
      y: 70,
      width: 1100,
      height: 900,
    });
  });

  it('never goes below the minimum size nor above the display', () => {
    const tiny = resolveWindowBounds({ x: 10, y: 10, width: 200, height: 100 }, [primary], primary);
    expect(tiny).toMatchObject({ width: MIN_WINDOW_SIZE.width, height: MIN_WINDOW_SIZE.height });
    const huge = resolveWindowBounds({ x: 0, y: 0, width: 5000, height: 4000 }, [primary], primary);
    expect(huge).toEqual(primary);
  });
});
