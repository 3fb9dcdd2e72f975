// Demo mode's queues and agent skills: five queues matched by intent wildcards, and agents whose skills
// overlap so routing has real choices to make. Demo only; real deployments list queues in the config file.
import type { QueueConfig } from './routing-schema';

export const DEMO_QUEUES: readonly QueueConfig[] = [
  { id: 'returns', name: 'Returns', slaSeconds: 60, skills: ['returns'], intents: ['*return*', '*refund*', '*damaged*', '*exchange*'] },
  {
    id: 'billing',
    name: 'Billing',
    slaSeconds: 90,
    skills: ['billing'],
    intents: ['*bill*', '*invoice*', '*charge*', '*payment*', '*dispute*', '*cancel*', '*subscription*'],
  },
  {
    id: 'account-security',
    name: 'Account security',
    slaSeconds: 30,
    skills: ['security'],
    intents: ['*password*', '*login*', '*otp*', '*one_time*', '*verif*', '*locked*', '*security*', '*fraud*'],
  },
  {
    id: 'tech-support',
    name: 'Tech support',
    slaSeconds: 120,
    skills: ['tech'],
    intents: ['*outage*', '*internet*', '*connect*', '*technical*', '*not_working*', '*device*', '*error*'],
  },
  { id: 'general', name: 'General', slaSeconds: 120, skills: [], intents: [] },
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
