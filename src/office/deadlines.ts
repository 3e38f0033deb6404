/**
 * How long each Office call may take. Outlook tells the user a send check is "taking longer than
 * expected" 5 seconds after the event starts (script loading included), and in the web and new
 * Outlook event runtimes a timer can fire about 900 ms after it was due (office-js #4826). So every
 * deadline on the send path ends early enough that, fired that late, the check still has time to
 * decide and call event.completed before the 5-second point.
 */

/** Outlook's "taking longer than expected" point for Smart Alerts. */
export const OUTLOOK_SLOW_NOTICE_MS = 5000;
/** How late a timer can fire in the web and new-Outlook event runtimes (office-js #4826). */
export const LATE_TIMER_MS = 900;
/** Kept after the last Office answer for the check itself and event.completed. */
export const DECIDE_MS = 900;

/**
 * The send handler's time for reading the recipients (and the message's own settings), and then
 * stamping the message with its verdict: the stamp gets what the reading left of this time.
 */
export const SEND_READ_MS = OUTLOOK_SLOW_NOTICE_MS - LATE_TIMER_MS - DECIDE_MS; // 3,200 ms

/**
 * Early warning (OnMessageRecipientsChanged) reads the recipients, then shows or removes the
 * notification bar: the two share the same time as a send check.
 */
export const EARLY_WARNING_READ_MS = 2400;
export const EARLY_WARNING_NOTIFY_MS = SEND_READ_MS - EARLY_WARNING_READ_MS; // 800 ms

/**
 * OnNewMessageCompose's calls: nobody waits on it, but what it records should be on the reply
 * before the user can add anyone and send.
 */
export const NEW_COMPOSE_CALL_MS = 3000;

/** The pane's calls: nobody waits on a send, so a slow Outlook gets longer. */
export const PANE_CALL_MS = 10_000;
