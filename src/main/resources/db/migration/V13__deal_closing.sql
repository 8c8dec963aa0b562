-- Closing is deliberate (issue 14, point 3; docs/decisions/012). A close confirmed on the board waits here, undoable,
-- until undo_until; the deal row keeps its open stage meanwhile, so no figure counts it. Whichever node finds it due
-- first claims it (deletes the row) and applies it to the deal; undo deletes it while the window is open.
-- Plain SQL that H2 and PostgreSQL both accept.
create table deal_closing (
    deal_id     bigint        not null primary key references deal (id) on delete cascade,
    from_stage  varchar(20)   not null check (from_stage in ('PROSPECT', 'QUALIFIED', 'PROPOSAL', 'NEGOTIATION')),
    to_stage    varchar(20)   not null check (to_stage in ('WON', 'LOST')),
    amount      numeric(14,2) check (amount >= 0),
    closed_on   date          not null,
    lost_reason varchar(500),
    closed_by   bigint        references person (id),
    closed_at   timestamp with time zone not null,
    undo_until  timestamp with time zone not null,
    constraint ck_deal_closing_terms check ((to_stage = 'WON' and amount is not null)
        or (to_stage = 'LOST' and lost_reason is not null))
);
create index ix_deal_closing_due on deal_closing (undo_until);
