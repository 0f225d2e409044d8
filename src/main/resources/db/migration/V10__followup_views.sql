-- Uppföljning reads the features' server-owned tables only through these views: codes, dates and
-- yes/no facts, never names or free text. The follow-up code cannot show case content it cannot read.

create view followup_case as
select id, case_number, status, initiating_agency, coordinating_agency, assessment_outcome, close_reason,
       created_at, closed_at
from child_case;

create view followup_consent as
select case_id, given_on, recorded_at, withdrawn_on
from consent;

create view followup_meeting as
select case_id, meeting_number, status, starts_at,
       case when child_views is not null and trim(child_views) <> '' then true else false end as child_views_recorded,
       case when guardian_views is not null and trim(guardian_views) <> '' then true else false end
           as guardian_views_recorded
from cooperation_meeting;

create view followup_plan as
select p.case_id, p.version, m.meeting_number, p.adopted_at, p.closed_at,
       (select count(*) from plan_action a where a.plan_id = p.id) as actions,
       (select count(*) from plan_action a where a.plan_id = p.id
           and a.agency_code is not null and trim(a.agency_code) <> ''
           and a.person is not null and trim(a.person) <> ''
           and a.due_date is not null) as complete_actions
from child_plan p join cooperation_meeting m on m.id = p.meeting_id;

create view followup_team_meeting as
select id, team_code, meeting_at, status, attendance
from team_meeting;

create view followup_team_case as
select id, team_code, registered_at
from team_case;

create view followup_team_discussion as
select d.team_case_id, d.follow_up_needed, m.team_code, m.meeting_at
from team_case_discussion d join team_meeting m on m.id = d.team_meeting_id;

create view followup_team as
select code, name, municipality
from team;
