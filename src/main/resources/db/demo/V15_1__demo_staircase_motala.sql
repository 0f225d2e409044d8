-- Demo only (classpath:db/demo, not loaded with the prod profile): Motala's published staircase, so that
-- /samverkanstrappan/motala in the README shows a page on a fresh run. One finished round (anchoring, action plan,
-- inventory, decisions) and its page, version 1. content_html is what StaircaseService.render makes of this round
-- (StaircasePageTest checks that they agree). Ids are left to the identity columns.
insert into staircase_round (municipality, region, anchoring_body, anchoring_date, anchoring_decision, created_at, created_by, published_at)
values ('Motala', 'Östergötland', 'Styrgruppen för barn och unga i Motala', cast(current_date - interval '60' day as date),
        'Kommunen och regionen inventerar samverkanstrappan och publicerar resultatet för invånarna.',
        cast(current_date as timestamp) - interval '60' day, 'lena', cast(current_date as timestamp) - interval '7' day);

insert into staircase_step_work (round_id, step_code, plan_method, plan_responsible, plan_due_date, inventory_date,
    inventory_agencies, existing_support, how_to_reach, missing_support, decision_what, decision_who, decision_by)
select id, 'basen', 'Inventeringsmöte med verksamheterna på steget', 'Lena Processledare', cast(current_date - interval '30' day as date),
    cast(current_date - interval '21' day as date), 'skola,bhv,socialtjanst,familjecentral,vardcentral',
    'Förskola, skola, barnhälsovård och socialtjänst använder en gemensam checklista för tidig upptäckt, och personalen går en årlig utbildning om tecken på att ett barn inte mår bra.',
    'Prata med personalen på förskolan, skolan eller BVC. De vet vem som kan hjälpa vidare.',
    null, null, null, null
  from staircase_round where municipality = 'Motala';
insert into staircase_step_work (round_id, step_code, plan_method, plan_responsible, plan_due_date, inventory_date,
    inventory_agencies, existing_support, how_to_reach, missing_support, decision_what, decision_who, decision_by)
select id, 'information', 'Inventeringsmöte med verksamheterna på steget', 'Lena Processledare', cast(current_date - interval '30' day as date),
    cast(current_date - interval '21' day as date), 'skola,bhv,socialtjanst,familjecentral,vardcentral',
    'Familjecentralen och kommunens webbplats informerar om stöd för barn och vårdnadshavare, på svenska och på flera andra språk.',
    'Besök familjecentralen eller ring kommunens kontaktcenter, 0141-22 50 00, vardagar 8–16.',
    null, null, null, null
  from staircase_round where municipality = 'Motala';
insert into staircase_step_work (round_id, step_code, plan_method, plan_responsible, plan_due_date, inventory_date,
    inventory_agencies, existing_support, how_to_reach, missing_support, decision_what, decision_who, decision_by)
select id, 'vagvisare', 'Inventeringsmöte med verksamheterna på steget', 'Lena Processledare', cast(current_date - interval '30' day as date),
    cast(current_date - interval '21' day as date), 'skola,bhv,socialtjanst,familjecentral,vardcentral',
    'En vägvisare på familjecentralen hjälper familjer att hitta rätt stöd i kommunen och regionen.',
    'Ring familjecentralens vägvisare, 0141-22 51 00, eller kom på öppet hus tisdagar 13–15.',
    null, 'En vägvisare i varje skolområde', 'Elevhälsochefen', date '2027-06-30'
  from staircase_round where municipality = 'Motala';
insert into staircase_step_work (round_id, step_code, plan_method, plan_responsible, plan_due_date, inventory_date,
    inventory_agencies, existing_support, how_to_reach, missing_support, decision_what, decision_who, decision_by)
select id, 'stafett', 'Inventeringsmöte med verksamheterna på steget', 'Lena Processledare', cast(current_date - interval '30' day as date),
    cast(current_date - interval '21' day as date), 'skola,bhv,socialtjanst,familjecentral,vardcentral',
    'Elevhälsan och vårdcentralen lämnar över barnet i ett gemensamt samtal där barnet och vårdnadshavarna är med.',
    'Be den du redan har kontakt med om ett överlämnande. Ingen ska behöva berätta allt från början igen.',
    null, null, null, null
  from staircase_round where municipality = 'Motala';
insert into staircase_step_work (round_id, step_code, plan_method, plan_responsible, plan_due_date, inventory_date,
    inventory_agencies, existing_support, how_to_reach, missing_support, decision_what, decision_who, decision_by)
select id, 'sip', 'Inventeringsmöte med verksamheterna på steget', 'Lena Processledare', cast(current_date - interval '30' day as date),
    cast(current_date - interval '21' day as date), 'skola,bhv,socialtjanst,familjecentral,vardcentral',
    'Kommunen och regionen har en gemensam rutin för samordnad individuell plan.',
    'Alla verksamheter kan kalla till SIP. Vårdnadshavare kan också be om en SIP hos skolan, socialtjänsten eller vården.',
    null, null, null, null
  from staircase_round where municipality = 'Motala';
insert into staircase_step_work (round_id, step_code, plan_method, plan_responsible, plan_due_date, inventory_date,
    inventory_agencies, existing_support, how_to_reach, missing_support, decision_what, decision_who, decision_by)
select id, 'samordnat', 'Inventeringsmöte med verksamheterna på steget', 'Lena Processledare', cast(current_date - interval '30' day as date),
    cast(current_date - interval '21' day as date), 'skola,bhv,socialtjanst,familjecentral,vardcentral',
    'Socialtjänst, skola, BUP och vårdcentral samordnar insatserna för barn med omfattande behov.',
    'Socialtjänstens mottagning tar emot frågor och ansökningar, 0141-22 52 00.',
    null, 'En gemensam mottagning med regionen', 'Socialchefen och verksamhetschefen på BUP', date '2027-12-31'
  from staircase_round where municipality = 'Motala';

insert into staircase_page (municipality, slug, version, round_id, content_html, published_at)
select 'Motala', 'motala', 1, id,
       '<section class="step"><h2>Basen – upptäckt</h2><p class="about">Alla som möter barn och vårdnadshavare upptäcker tidigt när något inte står rätt till.</p><h3>Det här finns</h3><p>Förskola, skola, barnhälsovård och socialtjänst använder en gemensam checklista för tidig upptäckt, och personalen går en årlig utbildning om tecken på att ett barn inte mår bra.</p><h3>Så når du stödet</h3><p>Prata med personalen på förskolan, skolan eller BVC. De vet vem som kan hjälpa vidare.</p></section>'
    || '<section class="step"><h2>1 Information</h2><p class="about">Information om stöd som finns, till barn, vårdnadshavare och personal.</p><h3>Det här finns</h3><p>Familjecentralen och kommunens webbplats informerar om stöd för barn och vårdnadshavare, på svenska och på flera andra språk.</p><h3>Så når du stödet</h3><p>Besök familjecentralen eller ring kommunens kontaktcenter, 0141-22 50 00, vardagar 8–16.</p></section>'
    || '<section class="step"><h2>2 Vägvisarfunktion</h2><p class="about">Någon som hjälper barnet och familjen att hitta rätt stöd.</p><h3>Det här finns</h3><p>En vägvisare på familjecentralen hjälper familjer att hitta rätt stöd i kommunen och regionen.</p><h3>Så når du stödet</h3><p>Ring familjecentralens vägvisare, 0141-22 51 00, eller kom på öppet hus tisdagar 13–15.</p><h3>Det här utvecklas</h3><p>En vägvisare i varje skolområde (Elevhälsochefen, klart senast 2027-06-30)</p></section>'
    || '<section class="step"><h2>3 Stafettpinne</h2><p class="about">Ett tryggt överlämnande mellan verksamheter, utan att barnet tappas bort.</p><h3>Det här finns</h3><p>Elevhälsan och vårdcentralen lämnar över barnet i ett gemensamt samtal där barnet och vårdnadshavarna är med.</p><h3>Så når du stödet</h3><p>Be den du redan har kontakt med om ett överlämnande. Ingen ska behöva berätta allt från början igen.</p></section>'
    || '<section class="step"><h2>4 Samordnad individuell plan (SIP)</h2><p class="about">En gemensam plan när barnet behöver insatser från både kommun och region.</p><h3>Det här finns</h3><p>Kommunen och regionen har en gemensam rutin för samordnad individuell plan.</p><h3>Så når du stödet</h3><p>Alla verksamheter kan kalla till SIP. Vårdnadshavare kan också be om en SIP hos skolan, socialtjänsten eller vården.</p></section>'
    || '<section class="step"><h2>5 Samordnat stöd</h2><p class="about">Samordnade insatser för barn med omfattande behov.</p><h3>Det här finns</h3><p>Socialtjänst, skola, BUP och vårdcentral samordnar insatserna för barn med omfattande behov.</p><h3>Så når du stödet</h3><p>Socialtjänstens mottagning tar emot frågor och ansökningar, 0141-22 52 00.</p><h3>Det här utvecklas</h3><p>En gemensam mottagning med regionen (Socialchefen och verksamhetschefen på BUP, klart senast 2027-12-31)</p></section>',
       published_at
  from staircase_round where municipality = 'Motala';
