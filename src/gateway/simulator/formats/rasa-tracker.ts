// Writes a Rasa tracker-store JSON (RasaHQ/rasa docs "Events"): user/bot/slot/action/pause events with
// epoch-second timestamps, the current slots and latest_message. Knows the format, not the story.
import { epochSeconds, type Timeline } from '../timeline';

export interface RasaIntentGuess {
  name: string;
  confidence: number;
}

export interface RasaEntity {
  entity: string;
  value: string;
  start?: number;
  end?: number;
  confidence_entity?: number;
  extractor: string;
}

interface ParseData {
  text: string;
  intent: RasaIntentGuess;
  intent_ranking: RasaIntentGuess[];
  entities: RasaEntity[];
  message_id: string;
  metadata: Record<string, unknown>;
}

export interface RasaTrackerWriter {
  action(name: string, policy?: string, confidence?: number): void;
  user(text: string, ranking: readonly [RasaIntentGuess, ...RasaIntentGuess[]], entities?: RasaEntity[]): void;
  /** Rasa logs the utter_* action, then the bot event carrying its text. */
  bot(text: string, utterAction: string): void;
  slot(name: string, value: unknown): void;
  /** A custom action that refused to run (e.g. a form validation that gave up). */
  rejected(name: string): void;
  pause(): void;
  tracker(senderId: string, channel: string): Record<string, unknown>;
}

export function createRasaTracker(timeline: Timeline, idFor: (i: number) => string): RasaTrackerWriter {
  const events: Record<string, unknown>[] = [];
  const slots: Record<string, unknown> = { requested_slot: null, session_started_metadata: null };
  let latest: ParseData | null = null;
  let latestAction = 'action_listen';
  let messageCount = 0;

  const stamp = (small = false): number => epochSeconds(small ? timeline.next(0, 1) : timeline.next());
  const action = (name: string, policy = 'RulePolicy', confidence = 1): void => {
    events.push({ event: 'action', timestamp: stamp(true), name, policy, confidence, action_text: null, hide_rule_turn: false });
    latestAction = name;
  };

  events.push({ event: 'action', timestamp: stamp(true), name: 'action_session_start', policy: null, confidence: 1 });
  events.push({ event: 'session_started', timestamp: stamp(true) });
  action('action_listen');

  return {
    action,
    user(text, ranking, entities = []) {
      messageCount += 1;
      const parse: ParseData = { text, intent: ranking[0], intent_ranking: [...ranking], entities, message_id: idFor(messageCount), metadata: {} };
      latest = parse;
      events.push({ event: 'user', timestamp: stamp(), text, parse_data: parse, input_channel: 'rest', message_id: parse.message_id, metadata: {} });
      events.push({ event: 'user_featurization', timestamp: stamp(true), use_text_for_featurization: false });
    },
    bot(text, utterAction) {
      action(utterAction, 'TEDPolicy', 0.97);
      events.push({ event: 'bot', timestamp: stamp(true), text, data: { elements: null, quick_replies: null, buttons: null, attachment: null, image: null, custom: null }, metadata: { utter_action: utterAction } });
      action('action_listen', 'MemoizationPolicy', 1);
    },
    slot(name, value) {
      slots[name] = value;
      events.push({ event: 'slot', timestamp: stamp(true), name, value });
    },
    rejected(name) {
      events.push({ event: 'action_execution_rejected', timestamp: stamp(true), name, policy: 'RulePolicy', confidence: 1 });
    },
    pause() {
      events.push({ event: 'pause', timestamp: stamp(true) });
    },
    tracker(senderId, channel) {
      const last = events.at(-1);
      return {
        sender_id: senderId,
        slots: { ...slots },
        latest_message: latest ?? { text: null, intent: {}, entities: [], intent_ranking: [] },
        latest_event_time: last?.['timestamp'] ?? null,
        followup_action: null,
        paused: events.some((e) => e['event'] === 'pause'),
        events,
        latest_input_channel: channel,
        active_loop: {},
        latest_action: { action_name: latestAction },
        latest_action_name: latestAction,
      };
    },
  };
}
