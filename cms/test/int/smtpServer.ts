// Moved to @bfp/services/smtp. This re-export stays only while enquiry-notification.test.ts (being rewritten on main)
// still imports it from here; delete it once that file imports '@bfp/services/smtp'.
export { startSmtpServer, type ReceivedMail } from '@bfp/services/smtp';
