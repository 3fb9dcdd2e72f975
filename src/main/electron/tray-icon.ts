// The tray icon, drawn at runtime as a raw BGRA bitmap (no image asset to ship or locate): Baton's
// accent disc with a white baton across it, and a variant with a red dot when something waits.
// Pure: returns pixels; tray.ts turns them into a nativeImage.

/** 32 px drawn, shown at scale factor 2 (16 pt), the size every tray expects. */
export const TRAY_ICON_SIZE = 32;

type Rgba = readonly [number, number, number, number];
const ACCENT: Rgba = [0x4a, 0x43, 0xd4, 0xff];
const WHITE: Rgba = [0xff, 0xff, 0xff, 0xff];
const ALERT: Rgba = [0xd9, 0x2d, 0x20, 0xff];

export function trayIconBitmap(withDot: boolean, size = TRAY_ICON_SIZE): Buffer {
  const pixels = Buffer.alloc(size * size * 4);
  const centre = (size - 1) / 2;
  const radius = size / 2 - 1;
  const dot = { x: size * 0.78, y: size * 0.22, r: size * 0.2 };
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const colour = pixelAt(x, y);
      if (!colour) continue;
      const at = (y * size + x) * 4;
      // Electron's createFromBitmap reads BGRA.
      pixels[at] = colour[2];
      pixels[at + 1] = colour[1];
      pixels[at + 2] = colour[0];
      pixels[at + 3] = colour[3];
    }
  }
  return pixels;

  function pixelAt(x: number, y: number): Rgba | null {
    if (withDot && Math.hypot(x - dot.x, y - dot.y) <= dot.r) return ALERT;
    if (Math.hypot(x - centre, y - centre) > radius) return null;
    // The baton: a bar from lower left to upper right, about a sixth of the icon thick.
    const distanceToDiagonal = Math.abs(x + y - 2 * centre) / Math.SQRT2;
    const alongDiagonal = Math.abs(x - y) / Math.SQRT2;
    return distanceToDiagonal <= size / 12 && alongDiagonal <= radius * 0.7 ? WHITE : ACCENT;
  }
}
