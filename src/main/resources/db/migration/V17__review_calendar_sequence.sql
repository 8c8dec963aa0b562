-- Issue 17: calendar invitations for reviews (RFC 5545). Plain SQL that H2 and PostgreSQL both accept.

-- The SEQUENCE of the review's calendar event: 0 when it is scheduled, one more each time it is moved or cancelled,
-- so a calendar replaces the meeting it holds under the same UID (review-<id>@<host>) instead of adding another.
alter table review add column calendar_sequence integer not null default 0;

-- The iCalendar text (METHOD REQUEST or CANCEL) sent with a mail as a text/calendar part; null for an ordinary mail.
alter table outbox_message add column calendar_text varchar(100000);
alter table outbox_message add column calendar_method varchar(10);
