-- Demo reference data (Kronoberg-style agencies, Klarälvdalens samordningsförbund teams).
-- Loaded only when the demo locations are on (default profile); production keeps its own.
insert into agency (code, name, kind, email, phone, postal_address, specialist_care, primary_care_counterpart) values
 ('forskola',          'Förskola',                        'MUNICIPALITY', 'forskola@kommun.example.se',          '0470-410 00', 'Box 1, 351 03 Växjö', false, null),
 ('skola',             'Skola',                           'MUNICIPALITY', 'skola@kommun.example.se',             '0470-410 10', 'Box 1, 351 03 Växjö', false, null),
 ('elevhalsa',         'Barn- och elevhälsa',             'MUNICIPALITY', 'elevhalsa@kommun.example.se',         '0470-410 20', 'Box 1, 351 03 Växjö', false, null),
 ('familjecentral',    'Familjecentralen',                'MUNICIPALITY', 'familjecentral@kommun.example.se',    '0470-410 30', 'Box 1, 351 03 Växjö', false, null),
 ('familjehalsan',     'Familjehälsan',                   'MUNICIPALITY', 'familjehalsan@kommun.example.se',     '0470-410 40', 'Box 1, 351 03 Växjö', false, null),
 ('socialtjanst',      'Socialtjänsten',                  'MUNICIPALITY', 'socialtjanst@kommun.example.se',      '0470-410 50', 'Box 1, 351 03 Växjö', false, null),
 ('polis',             'Polisen',                         'STATE',        'polis@polisen.example.se',            '114 14',      'Box 1, 351 04 Växjö', false, null),
 ('vardcentral',       'Vårdcentral',                     'REGION',       'vardcentral@region.example.se',       '0470-587 00', 'Box 2, 351 05 Växjö', false, null),
 ('bhv',               'Barnhälsovården',                 'REGION',       'bhv@region.example.se',               '0470-587 10', 'Box 2, 351 05 Växjö', false, null),
 ('ungdomsmottagning', 'Ungdomsmottagningen',             'REGION',       'ungdomsmottagning@region.example.se', '0470-587 20', 'Box 2, 351 05 Växjö', false, null),
 ('bup',               'Barn- och ungdomspsykiatri (BUP)', 'REGION',      'bup@region.example.se',               '0470-587 30', 'Box 2, 351 05 Växjö', true,  'vardcentral'),
 ('hab',               'Habiliteringen',                  'REGION',       'hab@region.example.se',               '0470-587 40', 'Box 2, 351 05 Växjö', true,  'vardcentral'),
 ('barnklinik',        'Barn- och ungdomskliniken',       'REGION',       'barnklinik@region.example.se',        '0470-587 50', 'Box 2, 351 05 Växjö', true,  'vardcentral');

insert into team (code, name, municipality, convening_group) values
 ('team-forshaga', 'Samverkansteam Forshaga', 'Forshaga', 'processledare'),
 ('team-hagfors',  'Samverkansteam Hagfors',  'Hagfors',  'processledare'),
 ('team-munkfors', 'Samverkansteam Munkfors', 'Munkfors', 'processledare');
