// Demo mode's queues and agent skills: five queues matched by intent wildcards, and agents whose skills
// overlap so routing has real choices to make. Demo only; real deployments list queues in the config file.
import type { QueueConfig } from './routing-schema';

export const DEMO_QUEUES: readonly QueueConfig[] = [
  {
    id: 'returns',
    name: 'Returns',
    slaSeconds: 60,
    skills: ['returns'],
    intents: ['*return*', '*refund*', '*damaged*', '*exchange*'],
    wrapUp: {
      dispositions: [
        { code: 'return-label-sent', label: 'Return label sent' },
        { code: 'refund-issued', label: 'Refund issued' },
        { code: 'replacement-ordered', label: 'Replacement ordered' },
        { code: 'outside-policy', label: 'Outside return policy' },
      ],
    },
  },
  {
    id: 'billing',
    name: 'Billing',
    slaSeconds: 90,
    skills: ['billing'],
    intents: ['*bill*', '*invoice*', '*charge*', '*payment*', '*dispute*', '*cancel*', '*subscription*'],
    wrapUp: {
      dispositions: [
        { code: 'charge-explained', label: 'Charge explained' },
        { code: 'credit-applied', label: 'Credit applied' },
        { code: 'dispute-opened', label: 'Dispute opened' },
        { code: 'cancellation-saved', label: 'Cancellation saved' },
        { code: 'cancelled', label: 'Subscription cancelled' },
      ],
      notesRequired: true,
    },
  },
  {
    id: 'account-security',
    name: 'Account security',
    slaSeconds: 30,
    skills: ['security'],
    intents: ['*password*', '*login*', '*otp*', '*one_time*', '*verif*', '*locked*', '*security*', '*fraud*'],
    wrapUp: {
      dispositions: [
        { code: 'password-reset', label: 'Password reset' },
        { code: 'account-unlocked', label: 'Account unlocked' },
        { code: 'fraud-escalated', label: 'Escalated to fraud team' },
        { code: 'identity-not-verified', label: 'Identity not verified' },
      ],
      notesRequired: true,
      acwSeconds: 90,
    },
  },
  {
    id: 'tech-support',
    name: 'Tech support',
    slaSeconds: 120,
    skills: ['tech'],
    intents: ['*outage*', '*internet*', '*connect*', '*technical*', '*not_working*', '*device*', '*error*'],
    wrapUp: {
      dispositions: [
        { code: 'fixed-remotely', label: 'Fixed remotely' },
        { code: 'known-outage', label: 'Known outage, customer informed' },
        { code: 'technician-booked', label: 'Technician booked' },
        { code: 'escalated', label: 'Escalated to second line' },
      ],
      acwSeconds: 120,
    },
  },
  {
    id: 'general',
    name: 'General',
    slaSeconds: 120,
    skills: [],
    intents: [],
    wrapUp: {
      dispositions: [
        { code: 'answered', label: 'Question answered' },
        { code: 'redirected', label: 'Sent to the right team' },
        { code: 'follow-up', label: 'Needs follow-up' },
      ],
    },
  },
];

export const DEMO_DEFAULT_QUEUE = 'general';

/** agent1 can take everything (the demo's main user); the others cover two queues each. */
export const DEMO_SKILLS: Readonly<Record<string, readonly string[]>> = {
  agent1: ['returns', 'billing', 'security', 'tech'],
  agent2: ['billing', 'returns'],
  agent3: ['security', 'tech'],
  agent4: ['returns', 'tech'],
  agent5: ['billing', 'security'],
};
