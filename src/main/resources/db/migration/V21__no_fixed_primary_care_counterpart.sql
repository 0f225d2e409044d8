-- Specialist care without an established care contact is replaced by the child's own primary care (the
-- consented health centre, or barnhälsovården, of the case's municipality), no longer by one fixed unit.
alter table agency drop constraint agency_counterpart_only_for_specialist_care;
alter table agency drop column primary_care_counterpart;
