-- Commission follows the pact (issue 13, part 7). When a pact version is proposed, the rep's commission plan as it
-- stands is frozen into it, so the rep signs exactly those terms and statements pay by them while the version is in
-- force. All five columns are null when nothing was frozen (a draft, no plan, or a version signed before this).
-- Plain SQL that H2 and PostgreSQL both accept; the checks repeat the plan's own (V5).
alter table pact_version add column commission_fiscal_year integer;
alter table pact_version add column commission_revenue_rate numeric(7,4);
alter table pact_version add column commission_gp_rate_above_min numeric(7,4);
alter table pact_version add column commission_accelerator_threshold numeric(7,4);
alter table pact_version add column commission_accelerator_multiplier numeric(7,4);

alter table pact_version add constraint ck_pact_version_commission_complete check (
    (commission_fiscal_year is null and commission_revenue_rate is null and commission_gp_rate_above_min is null
        and commission_accelerator_threshold is null and commission_accelerator_multiplier is null)
    or (commission_fiscal_year is not null and commission_revenue_rate is not null
        and commission_gp_rate_above_min is not null and commission_accelerator_threshold is not null
        and commission_accelerator_multiplier is not null));
alter table pact_version add constraint ck_pact_version_commission_terms check (
    commission_fiscal_year is null
    or (commission_revenue_rate between 0 and 1 and commission_gp_rate_above_min between 0 and 1
        and commission_accelerator_threshold > 0 and commission_accelerator_multiplier >= 1));
-- Only a proposed or signed version holds frozen terms: a draft reads the plan as it stands.
alter table pact_version add constraint ck_pact_version_commission_frozen check (
    commission_fiscal_year is null or status <> 'DRAFT');
