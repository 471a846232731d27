// The five dates of an edition's calendar, in their order: plain data for the form (in the
// browser, without zod), the schema and the calendar-change preview.
export const CALENDAR_FIELDS = [
  "applicationsOpenOn",
  "applicationsCloseOn",
  "matchingDeadlineOn",
  "mentoringStartOn",
  "defaultEndOn",
] as const;

export type CalendarField = (typeof CALENDAR_FIELDS)[number];
