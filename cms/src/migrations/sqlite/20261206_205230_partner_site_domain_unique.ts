import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { duplicateDomainsError, planSiteDomains, type StoredDomain } from '../siteDomains.ts'

export async function up({ db, payload }: MigrateUpArgs): Promise<void> {
  const rows = await db.all<StoredDomain>(sql`SELECT id, name, site_domain AS "siteDomain" FROM partners ORDER BY id`)
  const plan = planSiteDomains(rows)
  if (plan.duplicates.length) throw duplicateDomainsError(plan.duplicates)
  for (const { id, siteDomain } of plan.updates) await db.run(sql`UPDATE partners SET site_domain = ${siteDomain} WHERE id = ${id}`)
  for (const partner of plan.invalid) payload.logger.warn(`Partner ${partner.name} (id ${partner.id}): site domain "${partner.siteDomain}" is not a domain name; its site is left out of nginx until an admin corrects it`)
  await db.run(sql`CREATE UNIQUE INDEX \`partners_site_domain_idx\` ON \`partners\` (\`site_domain\`);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`partners_site_domain_idx\`;`)
}
