import type { BlockExample } from '../examples.ts';
import { EVENTS_DEFAULTS } from './config.ts';

export const examples: BlockExample<'events'>[] = [
  { name: 'upcoming events', block: { type: 'events', ...EVENTS_DEFAULTS } },
  { name: 'no upcoming events: the fallback', block: { type: 'events', ...EVENTS_DEFAULTS }, site: { events: [] } },
];
