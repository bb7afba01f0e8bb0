import type { CollectionConfig } from 'payload';
import { CALL_TIMES, DEFAULT_LANGUAGE, LANGUAGES, LANGUAGE_FOR_TEAM, OUTCOMES, OUTCOME_LABELS } from '@bfp/eligibility';
import { hasRole, isAdmin, nobody } from '../../access/roles.ts';
import { ownPartnerOnly } from '../../access/ownPartnerOnly.ts';
import { systemWritten, writableBy } from '../../access/writableBy.ts';
import { emailUpdatesField } from '../../fields/emailUpdatesConsent.ts';
import { submitEnquiry, submitEnquiryPreflight } from './endpoints/submitEnquiry.ts';
import { subjectExport } from './endpoints/subjectExport.ts';
import { eraseEnquiry } from './endpoints/eraseEnquiry.ts';
import { exportEnquiriesCsv } from './csv/exportCsv.ts';
import { resendEmails } from './endpoints/resendEmails.ts';
import { REPLY_STYLESHEET_PATH, replyStylesheet } from './plainReplies/theme.ts';
import { EMAIL_STATE_OPTIONS } from './emails/deliveryPolicy.ts';
import { keepOutboxOutOfUpdates } from './emails/outbox.ts';
import { STATUS_OPTIONS, WITHDRAWAL_REASONS, enquiryWorkflow, isCallBackOverdue } from './workflow.ts';

/**
 * What the carer sent and what the CMS made of it is the record of their enquiry and their consent: written once by
 * the submit endpoint and never again by anyone, admins included. Anonymising (the retention job) and erasure (the
 * subject-request endpoint) are the only changes, and both are logged in the data-protection log.
 */
const evidence = systemWritten('it is the record of what the carer sent and agreed to');
/**
 * Kept by the CMS itself (the workflow hook, the e-mail outbox, the retention job), never from a request. A write to
 * these is dropped rather than refused: they change under an open edit form (the worker records each e-mail attempt),
 * which sends its stale copy back with every save.
 */
const bookkeeping = { access: { create: () => false, update: () => false } };
/** Correcting who the enquiry belongs to or the carer's own details is an admin's change. */
const adminsOnly = writableBy((user) => hasRole(user, 'admin'), 'only an admin can change it');

/** Required while the enquiry holds personal data; the retention job empties these when it anonymises. */
const requiredUnlessAnonymised =
  (message: string) =>
  (value: unknown, { data }: { data: Partial<{ anonymisedAt: string | null }> }) =>
    data?.anonymisedAt || (typeof value === 'string' && value.trim() !== '') ? true : message;

/**
 * The ONE collection every partner site's enquiries land in. Carers never write here directly: the public path is
 * POST /api/enquiries/submit, which validates and re-evaluates before storing. Personal data: readable by admins,
 * marketing editors and the enquiry's own partner only.
 */
export const Enquiries: CollectionConfig = {
  slug: 'enquiries',
  admin: {
    useAsTitle: 'reference',
    defaultColumns: [
      'reference',
      'contact.fullName',
      'contact.callTime',
      'language',
      'partner',
      'outcome',
      'status',
      'callBackBy',
      'callBackOverdue',
      'emailNotDelivered',
      'createdAt',
    ],
    components: {
      Description: '/collections/Enquiries/components/EnquiriesDescription.tsx#EnquiriesDescription',
      beforeListTable: ['/collections/Enquiries/csv/EnquiryCsvDownload.tsx#EnquiryCsvDownload'],
    },
  },
  access: {
    read: ownPartnerOnly('partner'),
    create: nobody,
    // Marketing editors read enquiries (the dashboard's figures) and change nothing; partner staff work their own.
    update: ({ req, ...rest }) => (hasRole(req.user, 'editor') ? false : ownPartnerOnly('partner')({ req, ...rest })),
    delete: isAdmin,
  },
  hooks: { beforeChange: [enquiryWorkflow, keepOutboxOutOfUpdates] },
  endpoints: [
    { path: '/submit', method: 'post', handler: submitEnquiry },
    { path: '/submit', method: 'options', handler: submitEnquiryPreflight },
    { path: '/:id/subject-export', method: 'get', handler: subjectExport },
    { path: '/:id/erase', method: 'post', handler: eraseEnquiry },
    { path: '/export.csv', method: 'get', handler: exportEnquiriesCsv },
    { path: REPLY_STYLESHEET_PATH, method: 'get', handler: replyStylesheet },
    { path: '/:id/resend-emails', method: 'post', handler: resendEmails },
  ],
  fields: [
    {
      name: 'reference',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      ...evidence,
      admin: { readOnly: true },
    },
    {
      name: 'partner',
      type: 'relationship',
      relationTo: 'partners',
      required: true,
      index: true,
      // Partner staff must not move an enquiry to another council's list.
      ...adminsOnly,
    },
    {
      name: 'sourceSite',
      type: 'text',
      ...evidence,
      admin: { readOnly: true, description: 'The site origin the enquiry came from.' },
    },
    {
      name: 'language',
      label: 'Language',
      type: 'select',
      defaultValue: DEFAULT_LANGUAGE,
      options: LANGUAGES.map((value) => ({ label: LANGUAGE_FOR_TEAM[value], value })),
      ...evidence,
      admin: {
        readOnly: true,
        description: 'The language of the page the carer enquired on: call and write to them in it.',
      },
    },
    {
      name: 'outcome',
      type: 'select',
      required: true,
      options: OUTCOMES.map((value) => ({ label: OUTCOME_LABELS[value], value })),
      ...evidence,
      admin: { readOnly: true, description: 'Computed by the CMS from the answers, never taken from the browser.' },
    },
    // Shown together, readably, by EnquiryAnswers; Payload's own JSON editor is kept out of the admin.
    { name: 'answers', type: 'json', required: true, ...evidence, admin: { readOnly: true, hidden: true } },
    { name: 'findings', type: 'json', ...evidence, admin: { readOnly: true, hidden: true } },
    {
      name: 'answersReadable',
      type: 'ui',
      admin: {
        components: { Field: '/collections/Enquiries/components/EnquiryAnswers.tsx#EnquiryAnswers' },
        disableListColumn: true,
      },
    },
    {
      name: 'contact',
      type: 'group',
      ...adminsOnly,
      fields: [
        {
          name: 'fullName',
          label: 'Carer’s name',
          type: 'text',
          validate: requiredUnlessAnonymised('Enter the carer’s name'),
        },
        { name: 'email', type: 'text', validate: requiredUnlessAnonymised('Enter the carer’s e-mail address') },
        { name: 'phone', type: 'text', validate: requiredUnlessAnonymised('Enter the carer’s phone number') },
        {
          name: 'callTime',
          label: 'Good time to call',
          type: 'select',
          options: CALL_TIMES.map(({ value, label }) => ({ value, label })),
          admin: { description: 'As the carer said on the form; empty if they did not say.' },
        },
      ],
    },
    {
      name: 'consent',
      type: 'group',
      ...evidence,
      admin: { readOnly: true },
      fields: [
        { name: 'given', type: 'checkbox', required: true },
        { name: 'givenAt', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'privacyNoticeVersion', type: 'text', required: true },
      ],
    },
    // PECR: a separate, unticked opt-in, recorded with the words the carer saw and their version.
    emailUpdatesField(evidence),
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'new',
      options: STATUS_OPTIONS,
      admin: { position: 'sidebar' },
    },
    {
      name: 'withdrawalReason',
      type: 'select',
      options: WITHDRAWAL_REASONS.map(({ value, label }) => ({ value, label })),
      admin: {
        position: 'sidebar',
        condition: (data) => data?.status === 'withdrawn',
        description: 'Ofsted’s withdrawal codes, for the annual fostering return.',
      },
    },
    {
      name: 'callBackBy',
      type: 'date',
      ...bookkeeping,
      admin: {
        position: 'sidebar',
        readOnly: true,
        date: { pickerAppearance: 'dayAndTime' },
        description: 'One working day after the enquiry arrived (England’s bank holidays excluded).',
      },
    },
    {
      name: 'callBackOverdue',
      label: 'Overdue',
      type: 'checkbox',
      virtual: true,
      admin: {
        position: 'sidebar',
        readOnly: true,
        components: { Cell: '/collections/Enquiries/components/OverdueCell.tsx#OverdueCell' },
        description: 'Past the call-back time and nobody has contacted the carer yet.',
      },
      hooks: { afterRead: [({ data }) => isCallBackOverdue(data ?? {})] },
    },
    {
      name: 'firstContactAt',
      type: 'date',
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
        description:
          'Recorded automatically when the status first moves on from New; correct it if the call was earlier.',
      },
    },
    { name: 'notes', type: 'textarea', admin: { description: 'Call notes for the team. Plain text.' } },
    {
      name: 'statusHistory',
      type: 'array',
      ...bookkeeping,
      admin: { readOnly: true, initCollapsed: true },
      fields: [
        { name: 'status', type: 'select', options: STATUS_OPTIONS },
        { name: 'at', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'by', type: 'relationship', relationTo: 'users' },
      ],
    },
    {
      // A browser sends one key per filled-in form, so a double click or a retried request files one enquiry.
      name: 'idempotencyKey',
      type: 'text',
      unique: true,
      index: true,
      access: { read: () => false, ...bookkeeping.access },
      admin: { hidden: true },
    },
    {
      // Shown to admins only; the export and erase endpoints check the role themselves.
      name: 'subjectRequests',
      type: 'ui',
      admin: {
        position: 'sidebar',
        disableListColumn: true,
        condition: (_data, _siblingData, { user }) => hasRole(user, 'admin'),
        components: { Field: '/collections/Enquiries/components/SubjectRequestsPanel.tsx#SubjectRequestsPanel' },
      },
    },
    {
      // The outbox: the two e-mails about this enquiry are stored in the same row as the enquiry, in the same write,
      // so no crash can leave a stored enquiry that nobody is told about. The jobs worker sweeps due rows
      // (emails/). System-only: a person changes it only through "Send the e-mails again", and Payload's own
      // updates leave it alone (keepOutboxOutOfUpdates).
      name: 'emails',
      type: 'group',
      ...bookkeeping,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'E-mails about this enquiry, sent by the jobs worker.',
      },
      fields: [
        {
          name: 'team',
          label: 'To the partner team',
          type: 'select',
          options: EMAIL_STATE_OPTIONS,
          defaultValue: 'pending',
        },
        { name: 'carer', label: 'To the carer', type: 'select', options: EMAIL_STATE_OPTIONS, defaultValue: 'pending' },
        { name: 'attempts', type: 'number', defaultValue: 0 },
        {
          name: 'nextAttemptAt',
          label: 'Next attempt',
          type: 'date',
          index: true,
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        { name: 'claimedUntil', type: 'date', admin: { hidden: true } },
        // The fence of a worker's claim (emails/outbox.ts): only the worker that wrote it may record a send.
        { name: 'claimToken', type: 'text', access: { read: () => false }, admin: { hidden: true } },
        { name: 'lastError', label: 'Last error', type: 'text' },
      ],
    },
    {
      name: 'emailNotDelivered',
      label: 'E-mail not delivered',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      ...bookkeeping,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description:
          'The mail relay refused or could not be reached for a day. Phone the carer; an admin can send the e-mails again.',
      },
    },
    {
      name: 'anonymisedAt',
      type: 'date',
      ...bookkeeping,
      admin: {
        position: 'sidebar',
        readOnly: true,
        condition: (data) => Boolean(data?.anonymisedAt),
        description: 'Personal data removed by the retention schedule.',
      },
    },
  ],
};

// The enquiry's entry for code outside it (the worker, the jobs, the Payload config, other collections); everything
// else under collections/Enquiries is its own.
/** The admin dashboard's figures, shown above Payload's dashboard (a path, as Payload's config takes components). */
export const ENQUIRY_DASHBOARD = '/collections/Enquiries/dashboard/EnquiryDashboard.tsx#EnquiryDashboard';
export { ENQUIRY_STATUSES } from './workflow.ts';
export { DEFAULT_OFFICE_HOURS, OFFICE_TIME_PATTERN } from './workingDays.ts';
export { formReturnOrigin, plainPage, seeOther } from './endpoints/responses.ts';
export { sendDueEnquiryEmails, type SweepReport } from './emails/sendDueEnquiryEmails.ts';
export type { DeliveryPolicy } from './emails/deliveryPolicy.ts';
export { purgeExpiredEnquiries, type PurgeOutput } from './retention/purgeExpiredEnquiries.ts';
