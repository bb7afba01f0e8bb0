import type { ConditionalDateProps, Field, SanitizedConfig } from 'payload';

/**
 * The admin's dates as people in England write them: 15/06/2027, 24-hour times, calendars whose weeks start on
 * Monday. Payload's English is American (MM/dd/yyyy, 12-hour, Sunday first) and takes its date-fns locale from a fixed
 * list without en-GB, so the formats are set on the fields themselves, every date field of every collection and
 * global, Payload's own timestamps included (their list filters use the same picker).
 */
export const UK_DATE = 'dd/MM/yyyy';
export const UK_TIME = 'HH:mm';
export const UK_DATE_TIME = `${UK_DATE} ${UK_TIME}`;
/** react-datepicker's day index: 0 is Sunday. */
const MONDAY = 1;

const displayFormats: Record<NonNullable<ConditionalDateProps['pickerAppearance']>, string> = {
  default: UK_DATE,
  dayOnly: UK_DATE,
  dayAndTime: UK_DATE_TIME,
  timeOnly: UK_TIME,
  monthOnly: 'MMMM yyyy',
};

/** A date field's picker settings with the UK formats filled in; anything the field sets itself is kept. */
export function ukDatePicker(date: ConditionalDateProps = {}): ConditionalDateProps {
  const appearance = date.pickerAppearance ?? 'default';
  return {
    ...date,
    displayFormat: date.displayFormat ?? displayFormats[appearance],
    ...(appearance === 'dayAndTime' || appearance === 'timeOnly'
      ? { timeFormat: (date as { timeFormat?: string }).timeFormat ?? UK_TIME }
      : {}),
    overrides: { calendarStartDay: MONDAY, ...date.overrides },
  } as ConditionalDateProps;
}

/** Payload's own timestamps: shown with their time in lists, and filtered by date and time. */
const TIMESTAMPS = new Set(['createdAt', 'updatedAt', 'deletedAt']);

function applyToFields(fields: Field[], topLevel: boolean) {
  for (const field of fields) {
    if (field.type === 'date') {
      // In place: the sanitized config keeps other references to the same admin object.
      field.admin ??= {};
      const timestamp = topLevel && TIMESTAMPS.has(field.name) && !field.admin.date?.pickerAppearance;
      field.admin.date = ukDatePicker(
        timestamp ? { ...field.admin.date, pickerAppearance: 'dayAndTime' } : field.admin.date,
      );
    }
    if ('fields' in field && Array.isArray(field.fields)) applyToFields(field.fields, false);
    if (field.type === 'tabs') for (const tab of field.tabs) applyToFields(tab.fields, false);
    if (field.type === 'blocks')
      for (const block of field.blocks) if (typeof block !== 'string') applyToFields(block.fields, false);
  }
}

/**
 * Applied to the sanitized config, because the timestamps (createdAt, updatedAt) and the jobs collection's dates only
 * exist after Payload has sanitized it.
 */
export function withUkDates(config: SanitizedConfig): SanitizedConfig {
  for (const entity of [...config.collections, ...config.globals]) applyToFields(entity.fields, true);
  return config;
}
