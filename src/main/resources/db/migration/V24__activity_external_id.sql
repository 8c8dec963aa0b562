-- Issue 18, point 1 (decision 025): an imported activity keeps its CRM record id ("SF-00T…", "HS-…", "PD-…"), so a
-- re-import of the same export finds it and changes nothing. Unique like deal.external_id (decision 012: one
-- database per company). Activities logged in the app have none (nothing exports them). Portable (H2, PostgreSQL).
alter table activity add column external_id varchar(80);
create unique index ux_activity_external_id on activity (external_id);
