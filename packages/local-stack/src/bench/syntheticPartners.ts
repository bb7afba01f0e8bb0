/**
 * Plausible generated partners for benchmarks only, always written into a throw-away database. Brand colours are dark
 * enough for white text to pass WCAG AA (all at least 7:1 against white).
 */
const PLACES = ['Ambridge', 'Brackenford', 'Castlemere', 'Dunholm', 'Elmsworth', 'Fenwick', 'Glenbury', 'Harrowdale', 'Ivybridge Vale', 'Juniper Cross', 'Kingsmead', 'Larchfield', 'Millbrook', 'Northcote', 'Oakhurst', 'Pennington', 'Queensbury Heath', 'Redwater', 'Stonebridge', 'Thornbury Marsh'];
const COLOURS = ['#1d4f6e', '#6b1d5c', '#0b3d2e', '#3d2b56', '#5a2a1a', '#1f3a5f', '#4a1942', '#12403c', '#2c3e50', '#5b2333'];

export function syntheticPartner(index: number) {
  const place = PLACES[index % PLACES.length]!;
  const slug = `${place.toLowerCase().replace(/[^a-z]+/g, '-')}-${index}`;
  return {
    name: `${place} Council`,
    shortName: place,
    slug,
    active: true,
    brand: { primaryColour: COLOURS[index % COLOURS.length]!, accentColour: '#f2b705' },
    coBranding: { agency: 'National Fostering Group', alsoWith: [] },
    contact: { phone: '01632 960 300', email: `fostering@${slug}.example.org` },
    siteDomain: `fostering.${slug}.example.org`,
    postcodeDistricts: [],
    privacy: { dataControllerName: `${place} Council`, noticeVersion: '2026-11' },
  };
}
