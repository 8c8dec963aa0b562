-- Work once per cluster (issue 17, decision 019). Plain SQL that H2 and PostgreSQL both accept.

-- ShedLock's table (base.ClusterLockConfig): one row per named lock, held until lock_until (database time, UTC).
-- Scheduled jobs skip a run another node holds; start-up work waits for it.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);

-- One open catch-up plan per rep, enforced by the database: open_rep_id holds rep_id while the plan is open and null
-- once it is closed, so a unique constraint (nulls never collide, in H2 as in PostgreSQL, which has partial indexes
-- but H2 has not) refuses a second open plan even when two nodes draft at the same moment.
-- Plans doubled by the race before this migration: the newest open plan per rep (the one the app shows) stays open,
-- the older duplicates are closed, or the constraint could not be added.
update catch_up_plan set status = 'CLOSED'
where status <> 'CLOSED'
  and exists (select 1 from catch_up_plan newer
              where newer.rep_id = catch_up_plan.rep_id and newer.status <> 'CLOSED'
                and (newer.created_at > catch_up_plan.created_at
                     or (newer.created_at = catch_up_plan.created_at and newer.id > catch_up_plan.id)));
alter table catch_up_plan add column open_rep_id bigint;
update catch_up_plan set open_rep_id = rep_id where status <> 'CLOSED';
alter table catch_up_plan add constraint uq_catch_up_plan_open_rep unique (open_rep_id);
alter table catch_up_plan add constraint ck_catch_up_plan_open_rep
    check ((status = 'CLOSED' and open_rep_id is null)
           or (status <> 'CLOSED' and open_rep_id is not null and open_rep_id = rep_id));
