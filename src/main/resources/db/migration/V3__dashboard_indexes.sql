-- Indexes for the dashboard read path at scale (200 reps, 150,000 deals, 1,000,000 activities; see
-- docs/performance.md, "Dashboard data and push fan-out"). Every dashboard figure is per rep or per team, so each
-- index leads with the deal's owner, then the columns the query narrows by. Portable (H2 2.x, PostgreSQL).

-- PaceQuery (won revenue per rep), TeamDashboardQuery WON_BY_DAY: a rep's won deals closed within a period.
-- Replaces ix_deal_owner_stage, its prefix.
create index ix_deal_owner_stage_closed on deal (owner_id, stage, closed_on);
drop index ix_deal_owner_stage;

-- PipelineQuery (open pipeline, by month), TeamDashboardQuery COMMIT_BY_DAY: a rep's deals expected to close
-- within a period.
create index ix_deal_owner_expected_close on deal (owner_id, expected_close_date);

-- ScorecardQuery (new opportunities this week): a rep's deals created within a week.
create index ix_deal_owner_created on deal (owner_id, created_at);

-- TeamDashboardQuery stageTotals (open pipeline by stage, now and a week ago): a rep's deals in a stage, and those
-- that entered it after a moment. Holds amount and id too, so PostgreSQL answers from the index alone.
create index ix_deal_owner_stage_entered on deal (owner_id, stage, stage_entered_at, amount, id);
