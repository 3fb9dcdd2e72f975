// How a sensitive value reads before the agent reveals it: enough to recognise, not enough to use.
export function maskValue(value: string): string {
  const at = value.indexOf('@');
  if (at > 0) return `${value.charAt(0)}…${value.slice(at)}`;
  const visible = value.replace(/\s+/g, '').slice(-4);
  return value.replace(/\s+/g, '').length > 4 ? `•••• ${visible}` : '••••';
}
