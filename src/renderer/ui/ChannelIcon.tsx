// The channel of a contact as an icon plus (for screen readers, or visibly when asked) its word.
import type { Channel } from '../../shared/domain/handoff-context';
import { IconMail, IconMessage, IconMessaging, IconPhone } from './icons';

export function ChannelIcon({ channel, showWord = false, size = 14 }: { channel: Channel; showWord?: boolean; size?: number }) {
  const icon = (() => {
    switch (channel) {
      case 'chat':
        return <IconMessage size={size} />;
      case 'voice':
        return <IconPhone size={size} />;
      case 'messaging':
        return <IconMessaging size={size} />;
      case 'email':
        return <IconMail size={size} />;
    }
  })();
  return (
    <span className="channel" title={channel}>
      {icon}
      <span className={showWord ? 'channel__word' : 'visually-hidden'}>{channel}</span>
    </span>
  );
}
