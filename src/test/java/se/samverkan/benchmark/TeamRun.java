package se.samverkan.benchmark;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverkan.team.Anonymisation;
import se.samverkan.team.TeamCaseRepository;
import se.samverkan.team.TeamCaseService;
import se.samverkan.team.TeamMeeting;
import se.samverkan.team.TeamMeetingService;
import se.samverkan.team.TeamRepository;

/**
 * Samverkansteam: compiling the agenda of a meeting with many pre-registered cases (the delegate
 * CompileAgenda calls TeamMeetingService.compileAgenda), and the anonymisation check on realistic texts.
 */
final class TeamRun {

    static final String TEAM = "team-forshaga";

    /** Realistic texts: most are properly anonymised, some are not (name, personnummer, phone, e-mail, address). */
    static final List<String> TEXTS = List.of(
            "Hur samordnar vi stöd när aktivitetsersättningen upphör för en ung person med neuropsykiatrisk diagnos?",
            "Ung kvinna, 23 år, har varit sjukskriven i två år och vill pröva arbetsträning men oroar sig för ersättningen.",
            "Man i 50-årsåldern med långvarig smärta; vårdcentralen och arbetsförmedlingen har olika bild av arbetsförmågan.",
            "Hur delar vi på kartläggningen av arbetsförmåga så att individen slipper berätta samma sak fyra gånger?",
            "Förälder till tre barn, ensamstående, ekonomiskt bistånd sedan 2019, önskar stöd att komma ut i studier.",
            "Vilka rutiner gäller för gemensamma möten när en part inte kan delta fysiskt?",
            "Ungdom som avbrutit gymnasiet, bor hos vårdnadshavare, har kontakt med ungdomsmottagningen och socialtjänsten.",
            "Person med missbruksproblematik som nu är nykter sedan ett halvår och vill tillbaka till arbetsmarknaden.",
            "Behov av tolk vid samtliga möten; personen har bott i Sverige i tre år och går SFI på deltid.",
            "Hur följer vi upp insatser som påbörjats när ansvaret flyttas mellan kommunen och regionen?",
            "Kvinna i 40-årsåldern med utmattningssyndrom, rehabiliteringskedjans dag 180 närmar sig.",
            "Ärendet gäller en familj där båda vuxna saknar sysselsättning och barnen har hög frånvaro i skolan.",
            "Karin, 34 år, har varit sjukskriven sedan i våras och vill ha hjälp med arbetsträning.",
            "Personen med personnummer 19850412-5678 behöver samordnat stöd.",
            "Ring handläggaren på 070-123 45 67 för mer information om ärendet.",
            "Kontakta oss på anna.andersson@kommun.se innan träffen.",
            "Bor på Storgatan 12 i centrala Forshaga och har långt till arbetsförmedlingen.",
            "Mohammed har gått SFI i två år och behöver praktikplats inom vården.");

    private final TeamCaseService teamCases;
    private final TeamMeetingService meetings;
    private final TeamRepository teams;
    private final TeamCaseRepository caseRows;
    private final TransactionTemplate transaction;
    private final Clock clock;

    TeamRun(ApplicationContext app) {
        this.teamCases = app.getBean(TeamCaseService.class);
        this.meetings = app.getBean(TeamMeetingService.class);
        this.teams = app.getBean(TeamRepository.class);
        this.caseRows = app.getBean(TeamCaseRepository.class);
        this.transaction = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        this.clock = app.getBean(Clock.class);
    }

    /** Registers this many anonymised cases for the team's next meeting (the service teamCase's start form calls). */
    long register(int count) {
        List<String> clean = TEXTS.stream().filter(t -> Anonymisation.find(t, LocalDate.now(clock)).isEmpty()).toList();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            String question = clean.get(i % clean.size()) + " (fråga " + (i + 1) + ")";
            teamCases.register(new TeamCaseService.Registration(TEAM, "QUESTION", "KOMMUNEN", question, null, false),
                    "anna", null);
        }
        return System.nanoTime() - start;
    }

    /** The meeting the registered cases are for. */
    Long planMeeting() {
        Instant next = teams.findById(TEAM).orElseThrow().nextMeetingAfter(clock.instant());
        TeamMeeting meeting = meetings.plan(TEAM, next).meeting();
        return meeting.getId();
    }

    /**
     * Compiles the agenda once, writes what it changed (overflow moves to the next meeting), and rolls
     * back, so every compilation sees the same registered cases.
     */
    int compileOnce(Long meetingId) {
        return transaction.execute(status -> {
            int agenda = meetings.compileAgenda(meetingId).size();
            caseRows.flush();
            status.setRollbackOnly();
            return agenda;
        });
    }

    /** Checks per second over the texts, single-threaded, for about this long. */
    double anonymisationChecksPerSecond(long millis) {
        LocalDate today = LocalDate.now(clock);
        long end = System.nanoTime() + millis * 1_000_000;
        long checks = 0;
        long begin = System.nanoTime();
        int found = 0;
        while (System.nanoTime() < end) {
            for (String text : TEXTS) {
                if (Anonymisation.find(text, today).isPresent()) {
                    found++;
                }
                checks++;
            }
        }
        if (found == 0) {
            throw new IllegalStateException("the anonymisation check found nothing in the texts that name people");
        }
        return checks / ((System.nanoTime() - begin) / 1e9);
    }
}
