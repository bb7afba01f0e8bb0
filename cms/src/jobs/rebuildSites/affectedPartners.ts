/**
 * Which partner sites a change touches. Pure functions, so every kind of change is tested without a database.
 *
 * A document's *reach* is where it is visible on the public sites right now: every partner ("all"), some partners
 * (their ids), or nowhere (null: a draft, an inactive partner, a deleted document).
 */
export type PartnerId = number | string;
export type Reach = 'all' | PartnerId[] | null;

type RelationValue = PartnerId | { id: PartnerId } | null | undefined;

export const idOf = (value: RelationValue): PartnerId | null =>
  value === null || value === undefined ? null : typeof value === 'object' ? value.id : value;

interface Versioned {
  _status?: 'draft' | 'published' | null;
}

/** Shared content (stories, FAQs): all partners or the chosen ones, once published. */
export function sharedContentReach(
  doc: (Versioned & { shownOn?: string | null; partners?: RelationValue[] | null }) | null,
): Reach {
  if (!doc || doc._status === 'draft') return null;
  if (doc.shownOn === 'all') return 'all';
  return (doc.partners ?? []).map(idOf).filter((id): id is PartnerId => id !== null);
}

/** An information event belongs to one partner, or to all of them. */
export function eventReach(doc: { partner?: RelationValue; allPartners?: boolean | null } | null): Reach {
  if (!doc) return null;
  if (doc.allPartners) return 'all';
  const id = idOf(doc.partner);
  return id === null ? null : [id];
}

/** A partner record reaches its own site (and an inactive partner has none to rebuild). */
export function partnerReach(doc: { id: PartnerId; active?: boolean | null } | null): Reach {
  return doc && doc.active !== false ? [doc.id] : null;
}

/** The fields of a council the partnership's umbrella site shows: it lists every active council and routes postcodes to it. */
const UMBRELLA_SHOWS = ['name', 'slug', 'siteDomain', 'postcodeDistricts'] as const;

type PartnerDoc = { id: PartnerId; active?: boolean | null; kind?: string | null } & Partial<
  Record<(typeof UMBRELLA_SHOWS)[number], unknown>
>;

/** How a partner appears on the umbrella site, comparable between versions; null when it is not listed there. */
export function umbrellaListing(doc: PartnerDoc | null): string | null {
  // `kind` defaults to council, so a record from before the field existed is one.
  if (!doc || doc.active === false || (doc.kind ?? 'council') !== 'council') return null;
  return JSON.stringify(UMBRELLA_SHOWS.map((field) => doc[field] ?? null));
}

/**
 * The umbrella sites a partner change rebuilds besides the partner's own: all of them when a council joined or left
 * their list (created, deleted, activated, deactivated, or its kind changed) or what they show of it changed.
 * `umbrellaIds` are the active partners whose kind is "partnership", looked up when the change happens.
 */
export function umbrellaReach({
  before,
  after,
  umbrellaIds,
}: {
  before: PartnerDoc | null;
  after: PartnerDoc | null;
  umbrellaIds: PartnerId[];
}): Reach {
  return umbrellaListing(before) !== umbrellaListing(after) && umbrellaIds.length ? umbrellaIds : null;
}

/** Campaign copy is on every site, once published. */
export function campaignReach(doc: Versioned | null): Reach {
  return doc && doc._status !== 'draft' ? 'all' : null;
}

/** The union of two reaches: a change must rebuild where the document was and where it now is. */
export function unionReach(a: Reach, b: Reach): Reach {
  if (a === 'all' || b === 'all') return 'all';
  const ids = [...(a ?? []), ...(b ?? [])];
  if (!ids.length) return null;
  return [...new Map(ids.map((id) => [String(id), id])).values()];
}

/**
 * The partners whose sites must be rebuilt after a document went from `before` to `after` (each the public state:
 * null when not public). When the public state did not change, e.g. a draft saved on a published story, nothing is.
 */
export function affectedPartners<T>({
  before,
  after,
  reach,
  samePublicState,
}: {
  before: T | null;
  after: T | null;
  reach: (doc: T | null) => Reach;
  samePublicState: (a: T, b: T) => boolean;
}): Reach {
  if (before && after && samePublicState(before, after)) return null;
  return unionReach(reach(before), reach(after));
}
