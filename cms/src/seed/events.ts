/** Sample information events: one online for the whole partnership, and a drop-in for each pilot council. */
const inDays = (days: number, hour: number) => {
  const date = new Date(Date.now() + days * 24 * 60 * 60 * 1000);
  date.setUTCHours(hour, 0, 0, 0);
  return date.toISOString();
};

export const events = [
  {
    title: 'Online information evening: Step Down fostering',
    summary:
      'Hear from foster carers and the Bridge to Foster team about caring for a child moving on from a children’s home. Ask anything.',
    startsAt: inDays(21, 18),
    endsAt: inDays(21, 19),
    format: 'online' as const,
    onlineLink: 'https://events.example.org/bfp-information-evening',
    bookingUrl: 'https://events.example.org/bfp-information-evening/book',
    allPartners: true,
  },
  {
    title: 'Fostering drop-in, Stafford',
    summary: 'Pop in for a cup of tea and an informal chat with Staffordshire’s fostering team.',
    startsAt: inDays(14, 10),
    endsAt: inDays(14, 13),
    format: 'in-person' as const,
    venue: 'Sample venue, Stafford town centre',
    partnerSlug: 'staffordshire',
  },
  {
    title: 'Fostering drop-in, Dudley',
    summary: 'Meet Dudley’s fostering team and foster carers, and find out what support is on offer locally.',
    startsAt: inDays(10, 11),
    endsAt: inDays(10, 14),
    format: 'in-person' as const,
    venue: 'Sample venue, Dudley town centre',
    partnerSlug: 'dudley',
  },
];
