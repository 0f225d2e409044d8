package se.samverkan.team;

import java.text.Normalizer;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.platform.AccessSetup;
import se.samverkan.platform.FieldValidationException;
import se.samverkan.platform.Roles;

/** Setting up a Samverkansteam: its members and deputies per party, its schedule and its local plan. */
@Service
@Transactional
public class TeamSetupService {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");

    private final TeamRepository teams;
    private final TeamMemberRepository members;
    private final LocalPlanRepository localPlans;
    private final AccessSetup access;
    private final TeamMeetingCycles cycles;
    private final Clock clock;

    public TeamSetupService(TeamRepository teams, TeamMemberRepository members, LocalPlanRepository localPlans,
            AccessSetup access, TeamMeetingCycles cycles, Clock clock) {
        this.cycles = cycles;
        this.teams = teams;
        this.members = members;
        this.localPlans = localPlans;
        this.access = access;
        this.clock = clock;
    }

    public record Person(String name, String email) {
    }

    public record Setup(String municipality, ZonedDateTime firstMeeting, String place, Integer registrationDaysBefore,
            Map<Party, Person> members, Map<Party, Person> deputies, String localPlan) {
    }

    /** "team-" and the municipality in lower case ASCII: Forshaga → team-forshaga, Kil → team-kil. */
    public static String teamCode(String municipality) {
        String ascii = Normalizer.normalize(municipality.trim().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return "team-" + ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /**
     * Sets a team up, or anew after it was dissolved. Only process leaders do (a start without a user is
     * the application's own), and a team has one running meeting cycle at a time.
     */
    public Team setUp(Setup setup, String userId, Collection<String> userGroups) {
        if (userGroups != null && !userGroups.contains(Roles.PROCESS_LEADERS)) {
            throw new FieldValidationException("municipality", "Kommun: bara processledare inrättar samverkansteam.");
        }
        if (setup.municipality() != null && cycles.running(teamCode(setup.municipality()))) {
            throw new FieldValidationException("municipality",
                    "Kommun: samverkansteamet i " + setup.municipality() + " har redan en pågående mötescykel.");
        }
        if (setup.municipality() == null || setup.municipality().isBlank() || teamCode(setup.municipality()).equals("team-")) {
            throw new FieldValidationException("municipality", "Kommun: ange vilken kommun teamet finns i.");
        }
        if (setup.firstMeeting() == null || !setup.firstMeeting().toInstant().isAfter(clock.instant())) {
            throw new FieldValidationException("firstMeeting", "Första träffen: ange datum och tid i framtiden.");
        }
        if (setup.place() == null || setup.place().isBlank()) {
            throw new FieldValidationException("meetingPlace", "Plats: ange var teamet träffas.");
        }
        int days = setup.registrationDaysBefore() == null ? 7 : setup.registrationDaysBefore();
        if (days < 1 || days > 21) {
            throw new FieldValidationException("registrationDaysBefore",
                    "Sista anmälningsdag (dagar före träffen): ange mellan 1 och 21 dagar.");
        }
        for (Party party : Party.values()) {
            check(party, "MemberName", "MemberEmail", "ordinarie ledamot", setup.members().get(party));
            check(party, "DeputyName", "DeputyEmail", "ersättare", setup.deputies().get(party));
        }
        if (setup.localPlan() == null || setup.localPlan().isBlank()) {
            throw new FieldValidationException("localPlan", "Lokal plan: beskriv teamets överenskomna arbetssätt.");
        }
        String code = teamCode(setup.municipality());
        String municipality = setup.municipality().trim();
        Team team = teams.findById(code).orElseGet(() ->
                teams.save(new Team(code, "Samverkansteam " + municipality, municipality, Roles.PROCESS_LEADERS)));
        team.schedule(setup.firstMeeting().toInstant(), setup.place().trim(), days);
        for (Party party : Party.values()) {
            TeamMember member = members.findByTeamCodeAndParty(code, party).orElseGet(() -> new TeamMember(code, party));
            Person ordinary = setup.members().get(party);
            Person deputy = setup.deputies().get(party);
            member.update(ordinary.name().trim(), ordinary.email().trim(), deputy.name().trim(), deputy.email().trim());
            members.save(member);
        }
        reviseLocalPlan(code, setup.localPlan(), userId);
        access.ensureStaffGroup(code, team.getName());
        return team;
    }

    /** A new version of the local plan; earlier versions are kept. */
    public LocalPlan reviseLocalPlan(String teamCode, String text, String userId) {
        int version = localPlans.findByTeamCodeOrderByVersion(teamCode).stream().mapToInt(LocalPlan::getVersion)
                .max().orElse(0) + 1;
        return localPlans.save(new LocalPlan(teamCode, version, text.trim(), userId, clock.instant()));
    }

    private static void check(Party party, String nameField, String emailField, String role, Person person) {
        String prefix = party.fieldPrefix();
        String label = party.displayName() + ", " + role;
        if (person == null || person.name() == null || person.name().isBlank()) {
            throw new FieldValidationException(prefix + nameField, label + ": ange namn.");
        }
        if (person.email() == null || !EMAIL.matcher(person.email().trim()).matches()) {
            throw new FieldValidationException(prefix + emailField, label + ": ange en giltig e-postadress.");
        }
    }
}
