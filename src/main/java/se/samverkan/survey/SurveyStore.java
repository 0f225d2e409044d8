package se.samverkan.survey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import se.samverkan.survey.SurveyCodes.QuestionKind;
import se.samverkan.survey.SurveyCodes.RoundKind;
import se.samverkan.survey.SurveyRules.Answer;
import se.samverkan.survey.SurveyRules.Question;

/**
 * The survey tables (db/migration/V17__surveys.sql), in SQL: the single-use link is one DELETE whose row count
 * decides, and answers are written once and read only as sums. Timestamps are stored as UTC.
 */
@Repository
class SurveyStore {

    record QuestionSet(String code, String name, String audience) {
    }

    record Team(String code, String name, boolean dissolved) {
    }

    record RoundRow(long id, String setCode, String setName, RoundKind kind, String teamCode, String teamName,
            LocalDate openedOn, LocalDate closesOn, Instant closedAt, String startedBy, int links, long responses) {
    }

    /** How many answered a Likert question with this value. */
    record Tally(String questionCode, int likert, long answers) {
    }

    private static final String ROUNDS = """
            select r.id, r.set_code, s.name, r.kind, r.team_code, t.name, r.opened_on, r.closes_on, r.closed_at,
                   r.started_by, r.links, (select count(*) from survey_response p where p.round_id = r.id)
            from survey_round r join survey_question_set s on s.code = r.set_code join team t on t.code = r.team_code
            """;

    private final NamedParameterJdbcTemplate jdbc;

    SurveyStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<QuestionSet> questionSets() {
        return jdbc.query("select code, name, audience from survey_question_set order by code", Map.of(),
                (rs, i) -> new QuestionSet(rs.getString(1), rs.getString(2), rs.getString(3)));
    }

    List<Question> questions(String setCode) {
        return jdbc.query("select code, position, text, kind from survey_question where set_code = :set order by position",
                Map.of("set", setCode), (rs, i) -> new Question(rs.getString(1), rs.getInt(2), rs.getString(3),
                        QuestionKind.valueOf(rs.getString(4))));
    }

    List<Team> teams() {
        return jdbc.query("select code, name, dissolved_at from team order by name", Map.of(),
                (rs, i) -> new Team(rs.getString(1), rs.getString(2), rs.getObject(3) != null));
    }

    /** Holds the team's row until the transaction ends, so two starts for one team happen one after the other. */
    void lockTeam(String teamCode) {
        jdbc.queryForList("select code from team where code = :team for update", Map.of("team", teamCode), String.class);
    }

    List<RoundRow> rounds() {
        return jdbc.query(ROUNDS + " order by r.opened_on desc, r.id desc", Map.of(), SurveyStore::round);
    }

    List<RoundRow> rounds(String teamCode, String setCode) {
        return jdbc.query(ROUNDS + " where r.team_code = :team and r.set_code = :set order by r.opened_on, r.id",
                Map.of("team", teamCode, "set", setCode), SurveyStore::round);
    }

    Optional<RoundRow> round(long id) {
        return jdbc.query(ROUNDS + " where r.id = :id", Map.of("id", id), SurveyStore::round).stream().findFirst();
    }

    long insertRound(SurveyRules.Start start, LocalDate openedOn, String startedBy) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update("""
                insert into survey_round (set_code, kind, team_code, opened_on, closes_on, started_by, links)
                values (:set, :kind, :team, :opened, :closes, :by, :links)""",
                new MapSqlParameterSource().addValue("set", start.questionSet()).addValue("kind", start.kind().name())
                        .addValue("team", start.team()).addValue("opened", openedOn).addValue("closes", start.closesOn())
                        .addValue("by", startedBy).addValue("links", start.links()),
                key, new String[] {"id"});
        return key.getKey().longValue();
    }

    void insertTokens(long roundId, List<String> hashes) {
        jdbc.batchUpdate("insert into survey_token (hash, round_id) values (:hash, :round)", hashes.stream()
                .map(h -> new MapSqlParameterSource().addValue("hash", h).addValue("round", roundId))
                .toArray(SqlParameterSource[]::new));
    }

    Optional<Long> roundOfToken(String hash) {
        return jdbc.queryForList("select round_id from survey_token where hash = :hash", Map.of("hash", hash), Long.class)
                .stream().findFirst();
    }

    /** Uses the link: true for exactly one caller, however many send it at once. */
    boolean useToken(String hash) {
        return jdbc.update("delete from survey_token where hash = :hash", Map.of("hash", hash)) == 1;
    }

    /** A response with a random id and its round: nothing that says when, from where or through which link. */
    void insertResponse(long roundId, List<Answer> answers) {
        String id = UUID.randomUUID().toString();
        jdbc.update("insert into survey_response (id, round_id) values (:id, :round)", Map.of("id", id, "round", roundId));
        jdbc.batchUpdate("insert into survey_answer (response_id, question_code, likert, free_text) values (:id, :q, :l, :t)",
                answers.stream().map(a -> new MapSqlParameterSource().addValue("id", id).addValue("q", a.questionCode())
                        .addValue("l", a.likert(), Types.SMALLINT).addValue("t", a.text(), Types.VARCHAR))
                        .toArray(SqlParameterSource[]::new));
    }

    void close(long roundId, Instant at) {
        jdbc.update("update survey_round set closed_at = :at where id = :id and closed_at is null",
                new MapSqlParameterSource().addValue("at", LocalDateTime.ofInstant(at, ZoneOffset.UTC)).addValue("id", roundId));
    }

    List<Tally> tallies(long roundId) {
        return jdbc.query("""
                select a.question_code, a.likert, count(*) from survey_answer a join survey_response p on p.id = a.response_id
                where p.round_id = :round and a.likert is not null group by a.question_code, a.likert""",
                Map.of("round", roundId), (rs, i) -> new Tally(rs.getString(1), rs.getInt(2), rs.getLong(3)));
    }

    List<String> texts(long roundId, String questionCode) {
        return jdbc.queryForList("""
                select a.free_text from survey_answer a join survey_response p on p.id = a.response_id
                where p.round_id = :round and a.question_code = :q and a.free_text is not null""",
                Map.of("round", roundId, "q", questionCode), String.class);
    }

    private static RoundRow round(ResultSet rs, int i) throws SQLException {
        LocalDateTime closed = rs.getObject(9, LocalDateTime.class);
        return new RoundRow(rs.getLong(1), rs.getString(2), rs.getString(3), RoundKind.valueOf(rs.getString(4)),
                rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class),
                closed == null ? null : closed.toInstant(ZoneOffset.UTC), rs.getString(10), rs.getInt(11), rs.getLong(12));
    }
}
