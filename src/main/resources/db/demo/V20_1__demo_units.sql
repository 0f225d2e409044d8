-- Demo units in part of Kronoberg: Växjö (the agencies of V1_1, now named as units), Alvesta and Ljungby,
-- the region's county-wide specialist care and the police's local areas.
update agency set name = 'Förskolan Solrosen',            agency_type = 'PRESCHOOL',        principal = 'Växjö kommun',      municipality = 'Växjö' where code = 'forskola';
update agency set name = 'Teleborgsskolan',               agency_type = 'SCHOOL',           principal = 'Växjö kommun',      municipality = 'Växjö' where code = 'skola';
update agency set name = 'Barn- och elevhälsan Teleborg', agency_type = 'STUDENT_HEALTH',   principal = 'Växjö kommun',      municipality = 'Växjö' where code = 'elevhalsa';
update agency set name = 'Familjecentralen Teleborg',     agency_type = 'FAMILY_CENTRE',    principal = 'Växjö kommun',      municipality = 'Växjö' where code = 'familjecentral';
update agency set name = 'Familjehälsan Växjö',           agency_type = 'FAMILY_HEALTH',    principal = 'Växjö kommun',      municipality = 'Växjö' where code = 'familjehalsan';
update agency set name = 'Socialtjänsten Växjö',          agency_type = 'SOCIAL_SERVICES',  principal = 'Växjö kommun',      municipality = 'Växjö' where code = 'socialtjanst';
update agency set name = 'Polisen Växjö',                 agency_type = 'POLICE',           principal = 'Polismyndigheten',  municipality = 'Växjö' where code = 'polis';
update agency set name = 'Vårdcentralen Teleborg',        agency_type = 'HEALTH_CENTRE',    principal = 'Region Kronoberg',  municipality = 'Växjö' where code = 'vardcentral';
update agency set name = 'Barnhälsovården Teleborg',      agency_type = 'CHILD_HEALTH_CARE', principal = 'Region Kronoberg', municipality = 'Växjö' where code = 'bhv';
update agency set name = 'Ungdomsmottagningen Växjö',     agency_type = 'YOUTH_CLINIC',     principal = 'Region Kronoberg',  municipality = 'Växjö' where code = 'ungdomsmottagning';
update agency set agency_type = 'CHILD_PSYCHIATRY',  principal = 'Region Kronoberg' where code = 'bup';
update agency set agency_type = 'HABILITATION',      principal = 'Region Kronoberg' where code = 'hab';
update agency set agency_type = 'PAEDIATRIC_CLINIC', principal = 'Region Kronoberg' where code = 'barnklinik';

insert into agency (code, name, kind, agency_type, principal, municipality, email, phone, postal_address) values
 ('ljungby-forskola',     'Förskolan Kungshögen',          'MUNICIPALITY', 'PRESCHOOL',         'Ljungby kommun',   'Ljungby', 'kungshogen@ljungby.example.se',        '0372-780 00', 'Olofsgatan 9, 341 83 Ljungby'),
 ('ljungby-skola',        'Ljungsätraskolan',              'MUNICIPALITY', 'SCHOOL',            'Ljungby kommun',   'Ljungby', 'ljungsatraskolan@ljungby.example.se',  '0372-780 10', 'Olofsgatan 9, 341 83 Ljungby'),
 ('ljungby-elevhalsa',    'Elevhälsan Ljungby',            'MUNICIPALITY', 'STUDENT_HEALTH',    'Ljungby kommun',   'Ljungby', 'elevhalsan@ljungby.example.se',        '0372-780 20', 'Olofsgatan 9, 341 83 Ljungby'),
 ('ljungby-socialtjanst', 'Socialtjänsten Ljungby',        'MUNICIPALITY', 'SOCIAL_SERVICES',   'Ljungby kommun',   'Ljungby', 'socialtjansten@ljungby.example.se',    '0372-780 50', 'Olofsgatan 9, 341 83 Ljungby'),
 ('ljungby-vardcentral',  'Vårdcentralen Ljungby',         'REGION',       'HEALTH_CENTRE',     'Region Kronoberg', 'Ljungby', 'vardcentralen.ljungby@region.example.se', '0372-585 00', 'Box 1223, 341 25 Ljungby'),
 ('ljungby-bhv',          'Barnhälsovården Ljungby',       'REGION',       'CHILD_HEALTH_CARE', 'Region Kronoberg', 'Ljungby', 'bvc.ljungby@region.example.se',        '0372-585 10', 'Box 1223, 341 25 Ljungby'),
 ('ljungby-polis',        'Polisen Ljungby',               'STATE',        'POLICE',            'Polismyndigheten', 'Ljungby', 'ljungby@polisen.example.se',           '114 14',      'Box 1, 341 21 Ljungby'),
 ('alvesta-forskola',     'Förskolan Blåklinten',          'MUNICIPALITY', 'PRESCHOOL',         'Alvesta kommun',   'Alvesta', 'blaklinten@alvesta.example.se',        '0472-150 00', 'Centralplan 1, 342 80 Alvesta'),
 ('alvesta-skola',        'Hagaskolan',                    'MUNICIPALITY', 'SCHOOL',            'Alvesta kommun',   'Alvesta', 'hagaskolan@alvesta.example.se',        '0472-150 10', 'Centralplan 1, 342 80 Alvesta'),
 ('alvesta-socialtjanst', 'Socialtjänsten Alvesta',        'MUNICIPALITY', 'SOCIAL_SERVICES',   'Alvesta kommun',   'Alvesta', 'socialtjansten@alvesta.example.se',    '0472-150 50', 'Centralplan 1, 342 80 Alvesta'),
 ('alvesta-vardcentral',  'Vårdcentralen Alvesta',         'REGION',       'HEALTH_CENTRE',     'Region Kronoberg', 'Alvesta', 'vardcentralen.alvesta@region.example.se', '0472-585 00', 'Box 2, 342 21 Alvesta');
