package se.samverkan.survey;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverkan.platform.Figure;
import se.samverkan.platform.Roles;
import se.samverkan.platform.ServerAddress;
import se.samverkan.survey.SurveyCodes.QuestionKind;
import se.samverkan.survey.SurveyCodes.RoundKind;
import se.samverkan.survey.SurveyRules.Answer;
import se.samverkan.survey.SurveyRules.Earlier;
import se.samverkan.survey.SurveyRules.Question;
import se.samverkan.survey.SurveyStore.RoundRow;
import se.samverkan.survey.SurveyStore.Tally;
import se.samverkan.survey.SurveyViews.Choices;
import se.samverkan.survey.SurveyViews.Named;
import se.samverkan.survey.SurveyViews.QuestionResult;
import se.samverkan.survey.SurveyViews.Results;
import se.samverkan.survey.SurveyViews.Round;
import se.samverkan.survey.SurveyViews.RoundFigures;
import se.samverkan.survey.SurveyViews.Started;

/**
 * Enkäter: process leaders start and close rounds; supervisors and process leaders read the results of closed
 * rounds; anyone with a link answers once. A round is open until it is closed or its last day of answers has
 * passed (the one Clock).
 */
@Service
public class SurveyService {

    /** The path of the answer page; the link is this, the server's address before it and the token after it. */
    public static final String PAGE_PATH = "/enkat/";

    /** Refused for the user's role (HTTP 403). */
    public static final class NotAllowed extends RuntimeException {
        NotAllowed(String message) {
            super(message);
        }
    }

    /** No such round (HTTP 404). */
    public static final class NoRound extends RuntimeException {
        NoRound() {
            super("Omgången finns inte.");
        }
    }

    /** Not in this state of the round (HTTP 409). */
    public static final class WrongState extends RuntimeException {
        WrongState(String message) {
            super(message);
        }
    }

    /** What the answer page shows. */
    public enum Status { FORM, UNKNOWN_LINK, CLOSED, INVALID, THANKS }

    public record AnswerForm(String questionSet, String team, RoundKind kind, LocalDate closesOn,
            List<Question> questions) {
    }

    public record Page(Status status, AnswerForm form, String message) {
    }

    private static final int TOKEN_BYTES = 32;
    private static final String TOKEN_FORMAT = "[A-Za-z0-9_-]{43}";

    private final SurveyStore store;
    private final Clock clock;
    private final ServerAddress server;
    private final TransactionTemplate transaction;
    private final SecureRandom random = new SecureRandom();

    public SurveyService(SurveyStore store, Clock clock, ServerAddress server, PlatformTransactionManager transactions) {
        this.store = store;
        this.clock = clock;
        this.server = server;
        this.transaction = new TransactionTemplate(transactions);
    }

    // --- rounds: process leaders start and close, supervisors and process leaders read -------------------------

    static void checkMayRead(Collection<String> groups) {
        if (groups == null || !(groups.contains(Roles.SUPERVISORS) || groups.contains(Roles.PROCESS_LEADERS))) {
            throw new NotAllowed("Enkäterna är till för chefer och processledare.");
        }
    }

    static void checkMayStart(Collection<String> groups) {
        if (groups == null || !groups.contains(Roles.PROCESS_LEADERS)) {
            throw new NotAllowed("Enkätomgångar startas och stängs av processledare.");
        }
    }

    @Transactional(readOnly = true)
    public Choices choices(Collection<String> groups) {
        checkMayRead(groups);
        return new Choices(
                store.questionSets().stream().map(s -> new Named(s.code(), s.name())).toList(),
                Arrays.stream(RoundKind.values()).map(k -> new Named(k.name(), k.label)).toList(),
                store.teams().stream().filter(t -> !t.dissolved()).map(t -> new Named(t.code(), t.name())).toList(),
                groups.contains(Roles.PROCESS_LEADERS));
    }

    @Transactional(readOnly = true)
    public List<Round> rounds(Collection<String> groups) {
        checkMayRead(groups);
        return store.rounds().stream().map(this::view).toList();
    }

    /** Starts a round and makes its links; the links are returned this once and only their hashes are kept. */
    @Transactional
    public Started start(Map<String, Object> body, String userId, Collection<String> groups) {
        checkMayStart(groups);
        LocalDate today = LocalDate.now(clock);
        SurveyRules.Start start = SurveyRules.start(body,
                store.questionSets().stream().map(SurveyStore.QuestionSet::code).collect(Collectors.toSet()),
                store.teams().stream().filter(t -> !t.dissolved()).map(SurveyStore.Team::code).collect(Collectors.toSet()),
                today);
        store.lockTeam(start.team());
        SurveyRules.sequence(start.kind(), store.rounds(start.team(), start.questionSet()).stream()
                .map(r -> new Earlier(r.kind(), open(r, today))).toList());
        long id = store.insertRound(start, today, userId);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < start.links(); i++) {
            tokens.add(newToken());
        }
        store.insertTokens(id, tokens.stream().map(SurveyService::hash).toList());
        String base = server.baseUrl() + PAGE_PATH;
        return new Started(view(store.round(id).orElseThrow()), tokens.stream().map(t -> base + t).toList());
    }

    @Transactional
    public Round close(long id, Collection<String> groups) {
        checkMayStart(groups);
        RoundRow round = store.round(id).orElseThrow(NoRound::new);
        if (!open(round, LocalDate.now(clock))) {
            throw new WrongState("Omgången är redan stängd.");
        }
        store.close(id, clock.instant());
        return view(store.round(id).orElseThrow());
    }

    /** A closed round beside the earlier closed rounds of its team and question set. */
    @Transactional(readOnly = true)
    public Results results(long id, Collection<String> groups) {
        checkMayRead(groups);
        LocalDate today = LocalDate.now(clock);
        RoundRow round = store.round(id).orElseThrow(NoRound::new);
        if (open(round, today)) {
            throw new WrongState("Resultatet visas när omgången har stängts.");
        }
        List<RoundRow> compared = new ArrayList<>();
        for (RoundRow earlier : store.rounds(round.teamCode(), round.setCode())) {
            if (earlier.id() == id) {
                compared.add(earlier);
                break;
            }
            if (!open(earlier, today)) {
                compared.add(earlier);
            }
        }
        Map<Long, List<Tally>> tallies = compared.stream()
                .collect(Collectors.toMap(RoundRow::id, r -> store.tallies(r.id())));
        List<QuestionResult> questions = new ArrayList<>();
        for (Question question : store.questions(round.setCode())) {
            List<RoundFigures> figures = new ArrayList<>();
            List<String> texts = List.of();
            for (RoundRow r : compared) {
                if (question.kind() == QuestionKind.LIKERT) {
                    figures.add(figures(r, question.code(), tallies.get(r.id())));
                } else {
                    List<String> answered = store.texts(r.id(), question.code());
                    figures.add(new RoundFigures(r.id(), Figure.of(answered.size()), null, null, null));
                    if (r.id() == id && r.responses() >= Figure.THRESHOLD) {
                        texts = new ArrayList<>(answered);
                        Collections.shuffle(texts, random);
                    }
                }
            }
            questions.add(new QuestionResult(question.code(), question.position(), question.text(),
                    question.kind().name(), figures, texts));
        }
        return new Results(view(round), compared.stream().map(this::view).toList(), questions);
    }

    /** Mean and distribution only when the round has five responses and the question five answers. */
    static RoundFigures figures(RoundRow round, String questionCode, List<Tally> tallies) {
        long[] counts = new long[6];
        tallies.stream().filter(t -> t.questionCode().equals(questionCode)).forEach(t -> counts[t.likert()] += t.answers());
        long answers = 0;
        long sum = 0;
        for (int value = 1; value <= 5; value++) {
            answers += counts[value];
            sum += value * counts[value];
        }
        if (round.responses() < Figure.THRESHOLD || answers < Figure.THRESHOLD) {
            return new RoundFigures(round.id(), Figure.of(answers), null, Figure.SUPPRESSED, null);
        }
        double mean = Math.round(10.0 * sum / answers) / 10.0;
        List<Figure> distribution = new ArrayList<>();
        for (int value = 1; value <= 5; value++) {
            distribution.add(Figure.of(counts[value]));
        }
        return new RoundFigures(round.id(), Figure.of(answers), mean, meanText(mean), distribution);
    }

    /** 3.8 → "3,8", as Swedish writes it. */
    public static String meanText(double mean) {
        return String.format(java.util.Locale.ROOT, "%.1f", mean).replace('.', ',');
    }

    // --- the answer page: anyone with a link, once ------------------------------------------------------------

    @Transactional(readOnly = true)
    public Page page(String token) {
        RoundRow round = roundOf(token);
        if (round == null) {
            return new Page(Status.UNKNOWN_LINK, null, null);
        }
        if (!open(round, LocalDate.now(clock))) {
            return new Page(Status.CLOSED, null, null);
        }
        return new Page(Status.FORM, form(round), null);
    }

    /**
     * Checks the whole answer first, then uses the link and stores the answer in one transaction: exactly one of
     * any number of posts with the same link is stored; a refused answer leaves the link unused.
     */
    public Page answer(String token, Map<String, String[]> posted) {
        RoundRow round = transaction.execute(status -> roundOf(token));
        if (round == null) {
            return new Page(Status.UNKNOWN_LINK, null, null);
        }
        if (!open(round, LocalDate.now(clock))) {
            return new Page(Status.CLOSED, null, null);
        }
        AnswerForm form = form(round);
        List<Answer> answers;
        try {
            answers = SurveyRules.answers(form.questions(), posted, LocalDate.now(clock));
        } catch (SurveyRules.AnswerRefused refused) {
            return new Page(Status.INVALID, form, refused.getMessage());
        }
        boolean stored = Boolean.TRUE.equals(transaction.execute(status -> {
            if (!store.useToken(hash(token))) {
                return false;
            }
            store.insertResponse(round.id(), answers);
            return true;
        }));
        return stored ? new Page(Status.THANKS, form, null) : new Page(Status.UNKNOWN_LINK, null, null);
    }

    private RoundRow roundOf(String token) {
        if (token == null || !token.matches(TOKEN_FORMAT)) {
            return null;
        }
        return store.roundOfToken(hash(token)).flatMap(store::round).orElse(null);
    }

    private AnswerForm form(RoundRow round) {
        return new AnswerForm(round.setName(), round.teamName(), round.kind(), round.closesOn(),
                store.questions(round.setCode()));
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    static boolean open(RoundRow round, LocalDate today) {
        return round.closedAt() == null && !today.isAfter(round.closesOn());
    }

    /** The day a closed round closed: when it was closed, or its last day of answers. */
    LocalDate closedOn(RoundRow round) {
        return round.closedAt() != null ? round.closedAt().atZone(clock.getZone()).toLocalDate() : round.closesOn();
    }

    private Round view(RoundRow r) {
        boolean open = open(r, LocalDate.now(clock));
        String closedOn = open ? null : closedOn(r).toString();
        return new Round(r.id(), new Named(r.setCode(), r.setName()), r.kind().name(), r.kind().label,
                new Named(r.teamCode(), r.teamName()), r.openedOn().toString(), r.closesOn().toString(), closedOn, open,
                open ? "Öppen, svar till och med " + r.closesOn() : "Stängd " + closedOn, r.links(),
                Figure.of(r.responses()));
    }

    private String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** SHA-256 of the token, hex: what the database keeps instead of the link. */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
