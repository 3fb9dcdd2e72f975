import { describe, expect, it } from 'vitest';
import { offer } from '../testing/work-fixtures';
import { moodOf, offerStory } from './offer-story';

describe('offerStory', () => {
  it('tells who, whether verified, what they want and their mood in one line', () => {
    expect(offerStory(offer('o1'))).toBe('Dana Whitfield · verified (sms-otp) · Return a damaged item · upset');
  });

  it('says what is unknown instead of guessing', () => {
    const story = offerStory(offer('o1', { context: { customer: {}, intent: null, sentiment: {}, reason: { kind: 'not-understood' } } }));
    expect(story).toBe('Unknown customer · not verified · the bot did not understand · mood unknown');
  });

  it('flattens customer text to one bounded line without markup characters', () => {
    const story = offerStory(
      offer('o1', {
        context: {
          customer: { displayName: '<b>Eve</b>\n<img src=x onerror=alert(1)> & "friends"' },
          intent: { name: 'x', label: `Refund ${'very '.repeat(35)}please` },
        },
      }),
    );
    expect(story).not.toMatch(/[<>&"\n\r]/);
    expect(story.startsWith('bEve/b img src=x onerror=alert(1) friends ·')).toBe(true);
    expect([...story].length).toBeLessThanOrEqual(240);
    expect(story).toContain('…');
  });

  it.each([
    [null, 'mood unknown'],
    [-1, 'upset'],
    [-0.5, 'upset'],
    [-0.2, 'unhappy'],
    [0, 'calm'],
    [0.8, 'happy'],
  ])('mood for %s is %s', (score, mood) => {
    expect(moodOf(score)).toBe(mood);
  });
});
