-- Demo teams meet on Tuesdays 09:00–12:00 (Klarälvdalens samordningsförbund), first meeting two weeks after installation.
update team set first_meeting_at = cast(current_date as timestamp) + interval '14' day + interval '9' hour,
                meeting_place = 'Kommunhuset, sammanträdesrum Klarälven'
 where code in ('team-forshaga', 'team-hagfors', 'team-munkfors');
