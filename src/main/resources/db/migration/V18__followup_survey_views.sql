-- Uppföljning reads surveys as it reads the other features: through views of codes, dates and sums. Free-text
-- answers are not in them, so no report or export can carry one.

create view followup_survey_round as
select r.id, r.set_code, s.name as set_name, r.kind, r.team_code, r.opened_on, r.closes_on, r.closed_at,
       (select count(*) from survey_response p where p.round_id = r.id) as responses
from survey_round r join survey_question_set s on s.code = r.set_code;

-- Per round and Likert question: how many answered (1–5; "Vet inte" is no answer) and the sum of the answers.
create view followup_survey_question as
select r.id as round_id, q.code as question_code, q.position, q.text,
       (select count(a.likert) from survey_answer a join survey_response p on p.id = a.response_id
         where p.round_id = r.id and a.question_code = q.code) as answers,
       (select coalesce(sum(a.likert), 0) from survey_answer a join survey_response p on p.id = a.response_id
         where p.round_id = r.id and a.question_code = q.code) as total
from survey_round r join survey_question q on q.set_code = r.set_code
where q.kind = 'LIKERT';
