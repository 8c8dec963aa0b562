-- Issue 14, points 4 and 5. Portable (H2 2.x, PostgreSQL).

-- A deal's business "opened on" date: the day it was created as far as the business is concerned (an imported
-- deal's created date from the file), as opposed to created_at, the technical insert time. New opportunities are
-- counted by it. Existing rows take the day of their insert in the company's time zone (${company_zone}, passed in
-- by FlywayCompanyZone). The day is read from the text of the zoned timestamp: H2 casts a zoned timestamp to a date
-- in the session's zone, not the value's, so "cast(... as date)" would be off by one around midnight.
alter table deal add column opened_on date;
update deal set opened_on = cast(substring(cast(created_at at time zone '${company_zone}' as varchar(40)) from 1 for 10) as date);
alter table deal alter column opened_on set not null;

-- ScorecardQuery and FormulaHistoryQuery count a rep's deals opened within a period (replaces the created_at index).
create index ix_deal_owner_opened on deal (owner_id, opened_on);
drop index ix_deal_owner_created;

-- Every deal and account has an external id, so that the app's own export can be imported again. Rows created in
-- the app from now on get a random one (see ExternalIds); existing ones get one derived from their row id.
update deal set external_id = 'SP-D-' || cast(id as varchar(20)) where external_id is null or trim(external_id) = '';
update account set external_id = 'SP-A-' || cast(id as varchar(20)) where external_id is null or trim(external_id) = '';
