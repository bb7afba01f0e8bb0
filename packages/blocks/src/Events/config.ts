import { fallbackField, type BlockConfig } from '../fields.ts';

/** What a new block starts with; the home page's layout uses the same. */
export const EVENTS_DEFAULTS = {
  heading: 'Come and find out more',
  fallback: 'No information events are planned just now. Call us instead: we are happy to talk it through.',
};

/** The site's upcoming information events (the partner's own and the partnership's), as on the home page. */
export const config: BlockConfig = () => ({
  slug: 'events',
  interfaceName: 'EventsBlock',
  labels: { singular: 'Upcoming events', plural: 'Upcoming events' },
  fields: [
    { name: 'heading', type: 'text', required: true, defaultValue: EVENTS_DEFAULTS.heading },
    fallbackField(EVENTS_DEFAULTS.fallback, 'Text when there are no upcoming events'),
  ],
});
