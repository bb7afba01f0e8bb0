import { normaliseHostName } from '@bfp/static-host/host-name';

export interface StoredDomain {
  id: number | string;
  name: string;
  siteDomain: string;
}

export interface SiteDomainPlan {
  /** Valid domains stored in another form (upper case, Unicode, spaces around): rewritten as nginx matches them. */
  updates: Array<{ id: number | string; siteDomain: string }>;
  /** Domains the host-name rule refuses: left as they are (nginx's generator skips them, naming the partner). */
  invalid: StoredDomain[];
  /** One line per domain more than one partner holds once normalised: a unique index cannot be built over them. */
  duplicates: string[];
}

/**
 * What the migration that makes site domains unique does to the partners a database already has. It does not guess
 * which of two councils sharing a domain owns it (nginx served the same site for both): it refuses to run and names
 * them, and an admin gives one of them its own domain on the running release first.
 */
export function planSiteDomains(rows: readonly StoredDomain[]): SiteDomainPlan {
  const plan: SiteDomainPlan = { updates: [], invalid: [], duplicates: [] };
  const holders = new Map<string, StoredDomain[]>();
  for (const row of rows) {
    const check = normaliseHostName(row.siteDomain);
    if (!check.ok) {
      plan.invalid.push(row);
      continue;
    }
    if (check.name !== row.siteDomain) plan.updates.push({ id: row.id, siteDomain: check.name });
    holders.set(check.name, [...(holders.get(check.name) ?? []), row]);
  }
  for (const [domain, partners] of holders) {
    if (partners.length > 1)
      plan.duplicates.push(`${domain}: ${partners.map((partner) => `${partner.name} (id ${partner.id})`).join(', ')}`);
  }
  return plan;
}

export function duplicateDomainsError(duplicates: readonly string[]): Error {
  return new Error(
    `Partners share a site domain, so each would be served the other's site; give each its own in the admin (Partners → Site domain) and run the migration again:\n${duplicates.map((line) => `  ${line}`).join('\n')}`,
  );
}
