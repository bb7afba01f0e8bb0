import React from 'react';
import type { BeforeListTableServerProps } from 'payload';
import { Button } from '@payloadcms/ui';
import { hasRole } from '../../../access/roles.ts';
import { ENQUIRY_STATUSES, STATUS_LABELS } from '../workflow.ts';
import styles from './EnquiryCsvDownload.module.css';

/**
 * "Download CSV" above the enquiries list: a plain GET form, so it works without JavaScript and the browser sends the
 * admin's session cookie. What the file contains is decided by the endpoint's access control, not by this form; the
 * partner choice is offered only to roles that can see more than one partner.
 */
export async function EnquiryCsvDownload({ payload, user }: BeforeListTableServerProps) {
  const seesEveryPartner = hasRole(user ?? null, 'admin', 'editor');
  const partners = seesEveryPartner
    ? (
        await payload.find({
          collection: 'partners',
          pagination: false,
          depth: 0,
          sort: 'name',
          select: { name: true, slug: true },
        })
      ).docs
    : [];

  return (
    <form className={styles.form} method="get" action={`${payload.config.routes.api}/enquiries/export.csv`}>
      <div className={styles.field}>
        <label htmlFor="enquiry-csv-status">Status</label>
        <select id="enquiry-csv-status" name="status" defaultValue="">
          <option value="">All statuses</option>
          {ENQUIRY_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </div>
      {seesEveryPartner && (
        <div className={styles.field}>
          <label htmlFor="enquiry-csv-partner">Partner</label>
          <select id="enquiry-csv-partner" name="partner" defaultValue="">
            <option value="">All partners</option>
            {partners.map((partner) => (
              <option key={partner.slug} value={partner.slug}>
                {partner.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <Button type="submit" buttonStyle="secondary" size="medium" margin={false}>
        Download CSV
      </Button>
    </form>
  );
}
