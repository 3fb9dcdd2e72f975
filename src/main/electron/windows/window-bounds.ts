// Where the main window opens: restores remembered bounds, clamped so the window is visible on one of
// the current displays (a monitor may have been unplugged since). Pure: no Electron objects.
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const MIN_WINDOW_SIZE = { width: 1024, height: 640 } as const;
const DEFAULT_SIZE = { width: 1280, height: 800 } as const;

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function centredIn(area: Rect, width: number, height: number): Rect {
  return {
    x: Math.round(area.x + (area.width - width) / 2),
    y: Math.round(area.y + (area.height - height) / 2),
    width,
    height,
  };
}

/**
 * The bounds to open with. `saved` null → default size centred on the primary work area. Otherwise the
 * saved size (at least the minimum, at most the display) moved fully onto the display it overlaps most,
 * or centred on the primary display when it overlaps none.
 */
export function resolveWindowBounds(saved: Rect | null, workAreas: readonly Rect[], primary: Rect): Rect {
  if (saved === null) {
    return centredIn(primary, Math.min(DEFAULT_SIZE.width, primary.width), Math.min(DEFAULT_SIZE.height, primary.height));
  }
  let best: Rect | null = null;
  let bestArea = 0;
  for (const area of workAreas) {
    const overlap = overlapArea(saved, area);
    if (overlap > bestArea) {
      best = area;
      bestArea = overlap;
    }
  }
  const display = best ?? primary;
  const width = Math.min(Math.max(saved.width, MIN_WINDOW_SIZE.width), display.width);
  const height = Math.min(Math.max(saved.height, MIN_WINDOW_SIZE.height), display.height);
  if (best === null) return centredIn(display, width, height);
  return {
    x: Math.min(Math.max(saved.x, display.x), display.x + display.width - width),
    y: Math.min(Math.max(saved.y, display.y), display.y + display.height - height),
    width,
    height,
  };
}
