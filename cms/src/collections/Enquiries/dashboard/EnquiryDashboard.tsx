import React from 'react';
import type { ServerProps } from 'payload';
import { hasRole } from '../../../access/roles.ts';
import { WEEKS_SHOWN, describeWait, type EnquiryStats, type WeeklyRow } from './enquiryStats.ts';
import { loadEnquiryStats } from './loadEnquiryStats.ts';
import { StatsTable } from './StatsTable.tsx';
import styles from './EnquiryDashboard.module.css';

type CssVariables = React.CSSProperties & Record<`--${string}`, string>;

/** A bar's length as a share of the largest value in its chart, for CSS to draw. */
const barStyle = (value: number, max: number): CssVariables => ({ '--share': String(max === 0 ? 0 : value / max) });

const percent = (value: number) => `${Math.round(value)}%`;

function weekHeading(week: string, previous: string | undefined): string {
  const date = new Date(`${week}T12:00:00Z`);
  // The year is shown on the first week and whenever it changes, so a chart spanning New Year reads unambiguously.
  const withYear = !previous || previous.slice(0, 4) !== week.slice(0, 4);
  return date.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  });
}

/** Rows × weeks, each count with a column drawn above it, scaled to the largest count in the table. */
function WeeklyTable({
  id,
  caption,
  rowHeading,
  weeks,
  rows,
}: {
  id: string;
  caption: string;
  rowHeading: string;
  weeks: string[];
  rows: WeeklyRow[];
}) {
  if (rows.length === 0) return <p>No enquiries in the last {WEEKS_SHOWN} weeks.</p>;
  const max = Math.max(...rows.flatMap((row) => row.counts));
  const columns = [
    ...weeks.map((week, index) => ({
      key: week,
      heading: <time dateTime={week}>{weekHeading(week, weeks[index - 1])}</time>,
    })),
    { key: 'total', heading: 'Total' },
  ];
  const tableRows = rows.map((row) => ({
    key: row.key,
    label: row.label,
    cells: [
      ...row.counts.map((count) => ({
        content: (
          <>
            <span className={styles.column} style={barStyle(count, max)} aria-hidden="true" />
            {count}
          </>
        ),
      })),
      { content: row.total, className: styles.total },
    ],
  }));
  return (
    <StatsTable
      scrollRegionId={id}
      className={styles.weekly}
      caption={caption}
      rowHeading={rowHeading}
      columns={columns}
      rows={tableRows}
    />
  );
}

const SHARE_COLUMNS = [
  { key: 'count', heading: 'Enquiries' },
  { key: 'share', heading: 'Share' },
];

/** A count per row and its share of all enquiries, as a percentage with a bar. */
function ShareTable({
  caption,
  rowHeading,
  rows,
}: {
  caption: string;
  rowHeading: string;
  rows: Array<{ key: string; label: string; count: number; percent: number }>;
}) {
  const tableRows = rows.map((row) => ({
    key: row.key,
    label: row.label,
    cells: [
      { content: row.count },
      {
        content: (
          <span className={styles.share}>
            <span className={styles.bar} style={barStyle(row.percent, 100)} aria-hidden="true" />
            {percent(row.percent)}
          </span>
        ),
      },
    ],
  }));
  return <StatsTable caption={caption} rowHeading={rowHeading} columns={SHARE_COLUMNS} rows={tableRows} />;
}

function Dashboard({ stats, scope }: { stats: EnquiryStats; scope: string }) {
  const { firstContact } = stats;
  return (
    <section className={styles.dashboard} aria-labelledby="enquiry-dashboard-heading">
      <h2 id="enquiry-dashboard-heading">Enquiries: {scope}</h2>
      <p className={styles.lead}>
        {stats.total} {stats.total === 1 ? 'enquiry' : 'enquiries'} in all. Weekly figures cover the last {WEEKS_SHOWN}{' '}
        weeks, each week starting on a Monday; the other figures cover every enquiry.
      </p>

      <dl className={styles.figures}>
        <div>
          <dt>Median time to first contact</dt>
          <dd>{firstContact.medianMs === null ? 'No one contacted yet' : describeWait(firstContact.medianMs)}</dd>
          <dd className={styles.note}>
            over {firstContact.contacted} contacted {firstContact.contacted === 1 ? 'enquiry' : 'enquiries'}
          </dd>
        </div>
        <div>
          <dt>Overdue for a call back now</dt>
          <dd>{firstContact.overdueNow}</dd>
          <dd className={styles.note}>past one working day, nobody has called</dd>
        </div>
        <div>
          <dt>E-mail not delivered</dt>
          <dd>{firstContact.emailNotDelivered}</dd>
          <dd className={styles.note}>
            the mail relay failed for a day: phone these carers (filter the list by “E-mail not delivered”)
          </dd>
        </div>
        <div>
          <dt>Keep in touch</dt>
          <dd>{firstContact.keepInTouch}</dd>
          <dd className={styles.note}>
            ruled out for now and told nobody would call: get in touch when the time may be right
          </dd>
        </div>
      </dl>

      <div className={styles.chart}>
        <h3>Enquiries per week, by partner</h3>
        <WeeklyTable
          id="enquiries-per-partner-caption"
          caption="Enquiries received each week, per partner they were filed under"
          rowHeading="Partner"
          weeks={stats.weeks}
          rows={stats.perPartner}
        />
      </div>

      <div className={styles.chart}>
        <h3>Enquiries per week, by site</h3>
        <p className={styles.note}>
          The site the carer used. Enquiries on the partnership’s own site are filed under the council covering their
          postcode.
        </p>
        <WeeklyTable
          id="enquiries-per-site-caption"
          caption="Enquiries received each week, per site they were made on"
          rowHeading="Site"
          weeks={stats.weeks}
          rows={stats.perSite}
        />
      </div>

      <div className={styles.charts}>
        <div className={styles.chart}>
          <h3>Eligibility outcomes</h3>
          <ShareTable
            caption="Enquiries by the outcome the carer was shown"
            rowHeading="Outcome"
            rows={stats.outcomes.map(({ outcome, label, count }) => ({
              key: outcome,
              label,
              count,
              percent: stats.total === 0 ? 0 : (count / stats.total) * 100,
            }))}
          />
        </div>
        <div className={styles.chart}>
          <h3>Conversion through the stages</h3>
          <ShareTable
            caption="Enquiries that reached each stage (withdrawn ones count for the stages they reached), as a share of all received"
            rowHeading="Stage"
            rows={stats.conversion.map(({ stage, label, count, percent }) => ({ key: stage, label, count, percent }))}
          />
        </div>
      </div>
    </section>
  );
}

/**
 * Admin home: how enquiries are arriving and moving, for the signed-in user's own scope. The numbers come from a query
 * run with their access, so partner staff never receive another partner's counts, not merely never see them.
 */
export async function EnquiryDashboard({ payload, user }: ServerProps) {
  // `user` here has the users collection's field read access applied; if that ever hid role or partner, the access
  // check would see no role and return nothing, so this fails closed.
  const stats = await loadEnquiryStats({ payload, user });
  if (!stats) return null;
  const scope = hasRole(user ?? null, 'admin', 'editor') ? 'all partners' : 'your partner';
  return <Dashboard stats={stats} scope={scope} />;
}
