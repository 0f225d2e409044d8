-- Agencies (verksamheter). The code is also the Camunda group id of the agency's staff.
create table agency (
    code                      varchar(64)  primary key,
    name                      varchar(200) not null,
    kind                      varchar(32)  not null,
    email                     varchar(254),
    phone                     varchar(40),
    postal_address            varchar(300),
    specialist_care           boolean      not null default false,
    primary_care_counterpart  varchar(64)  references agency (code),
    constraint agency_counterpart_only_for_specialist_care
        check (specialist_care or primary_care_counterpart is null)
);

-- Samverkansteam: one per municipality. The code is also the Camunda group id of its members.
create table team (
    code              varchar(64)  primary key,
    name              varchar(200) not null,
    municipality      varchar(100) not null,
    convening_group   varchar(64)  not null
);
