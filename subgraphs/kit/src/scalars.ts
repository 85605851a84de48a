/**
 * Scalars every department uses the same way: calendar dates as YYYY-MM-DD, instants as
 * ISO-8601, money as integer fen (分) that may exceed 32 bits.
 */
export { DateResolver as CalendarDate, DateTimeISOResolver as DateTimeISO, SafeIntResolver as Fen, JSONObjectResolver as JSONObject } from 'graphql-scalars';
