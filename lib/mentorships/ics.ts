import "server-only";
// An iCalendar (RFC 5545) event for a planned meeting, for the .ics download and the email
// attachment. Times are written in UTC, which every calendar converts to local time.

function stamp(date: Date) {
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

function escapeText(value: string) {
  // RFC 5545 TEXT: a line break of any kind (CRLF, LF or a lone CR) becomes \n; other control
  // characters are dropped, so no value can end a line of the file early.
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n")
    .replace(/[\u0000-\u001F\u007F]/g, "");
}

/** Lines longer than 75 octets are folded with CRLF and a space. */
function fold(line: string) {
  const bytes = Buffer.from(line, "utf8");
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = "";
  for (const char of line) {
    if (Buffer.byteLength(current + char, "utf8") > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = char;
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts.join("\r\n ");
}

export type IcsMeeting = {
  id: string;
  startsAt: Date;
  durationMin: number;
  summary: string;
  place: string | null;
  description: string;
  /** Grows with each change, so calendars replace the event they already have. */
  sequence: number;
  cancelled?: boolean;
};

/**
 * The meeting's event. Its UID is the same for every version (on the host of APP_URL), so a
 * changed meeting updates the event in the calendar (a higher SEQUENCE) and a cancelled one
 * removes it (METHOD:CANCEL, STATUS:CANCELLED).
 */
export function meetingIcs(meeting: IcsMeeting, host: string, now = new Date()): string {
  const end = new Date(meeting.startsAt.getTime() + meeting.durationMin * 60_000);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//XMESS//Mentoria XMESS//CA",
    "CALSCALE:GREGORIAN",
    `METHOD:${meeting.cancelled ? "CANCEL" : "PUBLISH"}`,
    "BEGIN:VEVENT",
    `UID:meeting-${meeting.id}@${host}`,
    `SEQUENCE:${meeting.sequence}`,
    ...(meeting.cancelled ? ["STATUS:CANCELLED"] : []),
    `DTSTAMP:${stamp(now)}`,
    `DTSTART:${stamp(meeting.startsAt)}`,
    `DTEND:${stamp(end)}`,
    `SUMMARY:${escapeText(meeting.summary)}`,
    ...(meeting.place ? [`LOCATION:${escapeText(meeting.place)}`] : []),
    `DESCRIPTION:${escapeText(meeting.description)}`,
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return `${lines.map(fold).join("\r\n")}\r\n`;
}
