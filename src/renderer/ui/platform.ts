// The modifier key people expect to read: ⌘ on Apple platforms, Ctrl elsewhere.
export function modKeyLabel(userAgent: string = navigator.userAgent): string {
  return /Mac|iPhone|iPad/.test(userAgent) ? '⌘' : 'Ctrl';
}
