-- Who convened a cooperation meeting (the coordinator, a user id): invitations name this person and how to
-- reach them. Null for meetings planned before this column existed; their mails name the coordinating agency.
alter table cooperation_meeting add column convened_by varchar(64);
