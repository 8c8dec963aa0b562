-- Commission (issue 6): the plan rules V1 left to the application also hold in the database, and questions on
-- statement lines get what an entity and an answer need. Plain SQL that H2 and PostgreSQL both accept.

-- Rates are 0..100 %, the accelerator starts above 0 % of target and never pays less than the plain rate.
alter table commission_plan add constraint ck_commission_plan_rates
    check (revenue_rate <= 1 and gp_rate_above_min <= 1);
alter table commission_plan add constraint ck_commission_plan_accelerator
    check (accelerator_threshold > 0 and accelerator_multiplier >= 1);

-- Questions are entities (id + optimistic-lock version) and remember who answered.
alter table commission_query add column version bigint default 0 not null;
alter table commission_query add column answered_by bigint;
alter table commission_query add constraint fk_commission_query_answered_by
    foreign key (answered_by) references person (id);
alter table commission_query add constraint ck_commission_query_answer
    check ((answer is null and answered_at is null) or (answer is not null and answered_at is not null));

-- A rep's questions newest first; a manager's open questions; "is there an open question on this deal?".
create index ix_commission_query_rep on commission_query (rep_id, raised_at);
create index ix_commission_query_deal on commission_query (deal_id);
