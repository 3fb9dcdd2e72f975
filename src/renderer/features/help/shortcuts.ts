// The keyboard shortcuts Baton has today, as data: the help overlay lists them, use-shortcuts acts
// on them. Add a shortcut here and in use-shortcuts together.
export interface Shortcut {
  keys: readonly string[];
  action: string;
}

export function shortcutList(mod: string): readonly Shortcut[] {
  return [
    { keys: [mod, '1'], action: 'Focus the first column (Conversations, or Queues)' },
    { keys: [mod, '2'], action: 'Focus the second column (Conversation, or At risk)' },
    { keys: [mod, '3'], action: 'Focus the third column (Customer context, or Agents)' },
    { keys: [mod, '↵'], action: 'Accept the newest incoming contact (outside the message box)' },
    { keys: ['Alt', 'R'], action: 'Reject the newest incoming contact' },
    { keys: ['↑', '↓'], action: 'Move through your conversations; Enter opens one' },
    { keys: ['Alt', '↓'], action: 'Open the next conversation' },
    { keys: ['Alt', '↑'], action: 'Open the previous conversation' },
    { keys: ['Alt', 'W'], action: 'Wrap up: end the open conversation, or go to its wrap-up' },
    { keys: ['Alt', 'T'], action: 'Transfer the open conversation to a queue or an agent' },
    { keys: ['↵'], action: 'Send the message (Shift+↵ adds a line)' },
    { keys: ['/'], action: 'At the start of the message: pick a canned response (↑↓, ↵ inserts, Esc closes)' },
    { keys: ['Alt', 'A'], action: 'Voice: answer the ringing call' },
    { keys: ['Alt', 'H'], action: 'Voice: hold or resume the call' },
    { keys: ['Alt', 'M'], action: 'Voice: mute or unmute' },
    { keys: ['Alt', 'E'], action: 'Voice: end the call' },
    { keys: ['?'], action: 'Show these shortcuts' },
    { keys: ['Esc'], action: 'Close this help or an open menu' },
    { keys: ['Tab'], action: 'Move through controls; the first stop skips to the workspace' },
  ];
}
