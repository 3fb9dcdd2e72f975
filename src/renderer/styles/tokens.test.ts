// Guards the palette: every text/background pairing the UI uses meets WCAG AA (4.5:1) in both themes,
// and the two copies of the dark theme (forced and OS-preferred) never drift apart.
import { describe, expect, it } from 'vitest';
import { contrastRatio, readTokenBlock } from './contrast';

// Vitest blanks CSS imports (even `?raw`), so the test reads the file itself. The specifier is a
// variable because the renderer's types deliberately know nothing about Node; vitest runs from the repo root.
const fsModule = 'node:fs';
const { readFileSync } = (await import(fsModule)) as { readFileSync(path: string, encoding: 'utf8'): string };
const css = readFileSync('src/renderer/styles/tokens.css', 'utf8');

const light = readTokenBlock(css, ':root');
const dark = readTokenBlock(css, ":root[data-theme='dark']");
const darkByPreference = readTokenBlock(css, ":root:not([data-theme='light'])");

const backgrounds = ['--c-surface', '--c-bg-app', '--c-surface-sunken', '--c-surface-hover'];
const texts = ['--c-text', '--c-text-muted', '--c-accent-text', '--c-success', '--c-warning', '--c-danger', '--c-neutral'];
const pairs: [string, string][] = [
  ...texts.flatMap((t) => backgrounds.map((b): [string, string] => [t, b])),
  ['--c-on-accent', '--c-accent'],
  ['--c-on-accent', '--c-accent-hover'],
  ['--c-accent-text', '--c-accent-soft'],
  ['--c-text', '--c-accent-soft'],
  ['--c-success', '--c-success-soft'],
  ['--c-warning', '--c-warning-soft'],
  ['--c-danger', '--c-danger-soft'],
  ['--c-neutral', '--c-neutral-soft'],
  ['--c-text', '--c-warning-soft'],
  ['--c-text', '--c-danger-soft'],
];

describe.each([
  ['light', light],
  ['dark', dark],
])('%s theme', (_name, tokens) => {
  it.each(pairs)('%s on %s meets 4.5:1', (fg, bg) => {
    const a = tokens[fg];
    const b = tokens[bg];
    expect(a, fg).toBeDefined();
    expect(b, bg).toBeDefined();
    expect(contrastRatio(a ?? '', b ?? '')).toBeGreaterThanOrEqual(4.5);
  });
});

describe('dark theme copies', () => {
  it('the OS-preferred dark theme matches the forced one', () => {
    expect(darkByPreference).toEqual(dark);
  });
});

describe('type scale', () => {
  it('declares at most five font sizes', () => {
    expect(Object.keys(light).filter((k) => k.startsWith('--fs-')).length).toBeLessThanOrEqual(5);
  });
});
