package se.samverkan.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads the follow-up views (db/migration/V10__followup_views.sql): codes, timestamps and yes/no facts of the
 * features' own tables, never names or free text. Timestamps are stored as UTC.
 */
@Repository
public class FollowUpRows {

    record CaseRow(long id, String caseNumber, String status, String initiatingAgency, String coordinatingAgency,
            String outcome, String closeReason, Instant createdAt, Instant closedAt) {
    }

    record ConsentRow(long caseId, LocalDate givenOn, Instant recordedAt) {
    }

    record MeetingRow(long caseId, int number, String status, Instant startsAt, boolean childViews,
            boolean guardianViews) {
    }

    record PlanRow(long caseId, int version, int meetingNumber, Instant adoptedAt, Instant closedAt, long actions,
            long completeActions) {
    }

    record TeamMeetingRow(String teamCode, Instant meetingAt, String status, String attendance) {
    }

    record TeamCaseRow(long id, String teamCode, Instant registeredAt) {
    }

    record DiscussionRow(long teamCaseId, boolean followUpNeeded, String teamCode, Instant meetingAt) {
    }

    record TeamRow(String code, String name, String municipality) {
    }

    record SurveyRoundRow(long id, String setCode, String setName, String kind, String teamCode, LocalDate openedOn,
            LocalDate closesOn, Instant closedAt, long responses) {
    }

    /** A Likert question in a round: how many answered 1–5, and the sum of their answers. */
    record SurveyQuestionRow(long roundId, String questionCode, int position, String text, long answers, long total) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    public FollowUpRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Cases that existed at some time in [from, to), started by one of the units or by any (agencies null). */
    List<CaseRow> cases(Instant from, Instant to, Collection<String> agencies) {
        return jdbc.query("""
                select id, case_number, status, initiating_agency, coordinating_agency, assessment_outcome,
                       close_reason, created_at, closed_at
                from followup_case
                where created_at < :to and (closed_at is null or closed_at >= :from)
                """ + startedBy("initiating_agency", agencies) + " order by case_number",
                params(from, to).addValue("agencies", agencies),
                (rs, i) -> new CaseRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), instant(rs, 8), instant(rs, 9)));
    }

    List<ConsentRow> consents(Instant from, Instant to, Collection<String> agencies) {
        return jdbc.query("""
                select c.case_id, c.given_on, c.recorded_at
                from followup_consent c join followup_case k on k.id = c.case_id
                where k.created_at < :to and (k.closed_at is null or k.closed_at >= :from)
                """ + startedBy("k.initiating_agency", agencies) + " order by c.case_id, c.recorded_at",
                params(from, to).addValue("agencies", agencies),
                (rs, i) -> new ConsentRow(rs.getLong(1), rs.getObject(2, LocalDate.class), instant(rs, 3)));
    }

    List<MeetingRow> meetings(Instant from, Instant to, Collection<String> agencies) {
        return jdbc.query("""
                select m.case_id, m.meeting_number, m.status, m.starts_at, m.child_views_recorded,
                       m.guardian_views_recorded
                from followup_meeting m join followup_case k on k.id = m.case_id
                where k.created_at < :to and (k.closed_at is null or k.closed_at >= :from)
                """ + startedBy("k.initiating_agency", agencies) + " order by m.case_id, m.meeting_number",
                params(from, to).addValue("agencies", agencies),
                (rs, i) -> new MeetingRow(rs.getLong(1), rs.getInt(2), rs.getString(3), instant(rs, 4),
                        rs.getBoolean(5), rs.getBoolean(6)));
    }

    List<PlanRow> plans(Instant from, Instant to, Collection<String> agencies) {
        return jdbc.query("""
                select p.case_id, p.version, p.meeting_number, p.adopted_at, p.closed_at, p.actions, p.complete_actions
                from followup_plan p join followup_case k on k.id = p.case_id
                where k.created_at < :to and (k.closed_at is null or k.closed_at >= :from)
                """ + startedBy("k.initiating_agency", agencies) + " order by p.case_id, p.version",
                params(from, to).addValue("agencies", agencies),
                (rs, i) -> new PlanRow(rs.getLong(1), rs.getInt(2), rs.getInt(3), instant(rs, 4), instant(rs, 5),
                        rs.getLong(6), rs.getLong(7)));
    }

    List<TeamMeetingRow> teamMeetings(Instant from, Instant to, String team) {
        return jdbc.query("""
                select team_code, meeting_at, status, attendance from followup_team_meeting
                where meeting_at >= :from and meeting_at < :to """ + (team == null ? "" : " and team_code = :team") + " order by meeting_at",
                params(from, to).addValue("team", team),
                (rs, i) -> new TeamMeetingRow(rs.getString(1), instant(rs, 2), rs.getString(3), rs.getString(4)));
    }

    List<TeamCaseRow> teamCases(Instant from, Instant to, String team) {
        return jdbc.query("""
                select id, team_code, registered_at from followup_team_case
                where registered_at >= :from and registered_at < :to""" + (team == null ? "" : " and team_code = :team"),
                params(from, to).addValue("team", team),
                (rs, i) -> new TeamCaseRow(rs.getLong(1), rs.getString(2), instant(rs, 3)));
    }

    List<DiscussionRow> discussions(Instant from, Instant to, String team) {
        return jdbc.query("""
                select team_case_id, follow_up_needed, team_code, meeting_at from followup_team_discussion
                where meeting_at >= :from and meeting_at < :to""" + (team == null ? "" : " and team_code = :team"),
                params(from, to).addValue("team", team),
                (rs, i) -> new DiscussionRow(rs.getLong(1), rs.getBoolean(2), rs.getString(3), instant(rs, 4)));
    }

    List<TeamRow> teams() {
        return jdbc.query("select code, name, municipality from followup_team order by name", Map.of(),
                (rs, i) -> new TeamRow(rs.getString(1), rs.getString(2), rs.getString(3)));
    }

    /** Every survey round, of one team or all, oldest first. */
    List<SurveyRoundRow> surveyRounds(String team) {
        return jdbc.query("""
                select id, set_code, set_name, kind, team_code, opened_on, closes_on, closed_at, responses
                from followup_survey_round""" + (team == null ? "" : " where team_code = :team") + " order by opened_on, id",
                new MapSqlParameterSource().addValue("team", team),
                (rs, i) -> new SurveyRoundRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), instant(rs, 8),
                        rs.getLong(9)));
    }

    List<SurveyQuestionRow> surveyQuestions(long roundId) {
        return jdbc.query("""
                select round_id, question_code, position, text, answers, total from followup_survey_question
                where round_id = :round order by position""", Map.of("round", roundId),
                (rs, i) -> new SurveyQuestionRow(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getLong(5), rs.getLong(6)));
    }

    /** The condition that the case was started by one of the units (bound as :agencies); none for all units. */
    private static String startedBy(String column, Collection<String> agencies) {
        return agencies == null ? "" : " and " + column + " in (:agencies)";
    }

    private static MapSqlParameterSource params(Instant from, Instant to) {
        return new MapSqlParameterSource()
                .addValue("from", LocalDateTime.ofInstant(from, ZoneOffset.UTC))
                .addValue("to", LocalDateTime.ofInstant(to, ZoneOffset.UTC));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
