-- A verksamhet is an organisational unit of a principal (huvudman): a school of a municipality, a health
-- centre of the region, a local police area. Its type says what kind of service it is; its municipality is
-- the municipality it serves (null: the whole county, such as BUP). A case belongs to the municipality of the
-- unit that started it, and offers the units of that municipality and the county-wide ones.
alter table agency add column agency_type varchar(32) not null default 'OTHER';
alter table agency add column principal varchar(200);
alter table agency add column municipality varchar(100);

alter table child_case add column municipality varchar(100);
