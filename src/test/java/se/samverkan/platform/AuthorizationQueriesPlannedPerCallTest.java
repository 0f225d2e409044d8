package se.samverkan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.samverkan.platform.PostgresQueryTuning.AuthorizationQueriesPlannedPerCall;

/** Which statements PostgreSQL plans per call: those that join the user's authorizations to their rows. */
class AuthorizationQueriesPlannedPerCallTest {

    static Stream<Arguments> statements() {
        return Stream.of(
                // Camunda's task query: the authorizations joined to every task
                Arguments.of("select RES.* from ACT_RU_TASK RES left JOIN (SELECT A.* FROM ACT_RU_AUTHORIZATION A"
                        + " WHERE A.TYPE_ < 2 AND ( A.USER_ID_ in ( ?, '*') OR A.GROUP_ID_ IN ( ? ) ) ) AUTH"
                        + " ON (AUTH.RESOURCE_ID_ in (RES.ID_, '*'))", true),
                Arguments.of("select count(*) from ACT_RU_VARIABLE RES left join (select A.* from ACT_RU_AUTHORIZATION A)"
                        + " AUTH1 on (AUTH1.RESOURCE_ID_ in (RES.PROC_INST_ID_, '*'))", true),
                Arguments.of("left join ACT_RU_AUTHORIZATION AUTH_PROCDEF on AUTH_PROCDEF.RESOURCE_ID_ = P.KEY_", true),
                // CandidateGroupTaskQuery's per-task check, with and without spaces around the sign
                Arguments.of("select count(*) from ACT_RU_IDENTITYLINK I where exists (select 1 from"
                        + " ACT_RU_AUTHORIZATION A where A.RESOURCE_ID_ = I.TASK_ID_)", true),
                Arguments.of("select RES.* from ACT_RU_TASK RES where exists (select 1 from ACT_RU_AUTHORIZATION A"
                        + " where A.RESOURCE_ID_=RES.ID_)", true),
                Arguments.of("where exists (select 1 from ACT_RU_AUTHORIZATION A where A.RESOURCE_ID_\n   =\n  RES.ID_)", true),
                // the engine's single-resource checks keep their cached plans
                Arguments.of("select count(*) from ACT_RU_AUTHORIZATION A where A.TYPE_ = 1 and A.RESOURCE_TYPE_ = ?"
                        + " and (A.RESOURCE_ID_ = ? or A.RESOURCE_ID_ = '*')", false),
                Arguments.of("select 1 from ACT_RU_AUTHORIZATION A where A.RESOURCE_ID_ = RES.PROC_DEF_KEY_", false),
                Arguments.of("select 1 from ACT_RU_AUTHORIZATION DATA where DATA.RESOURCE_ID_ = RES.ID_", false),
                Arguments.of("select 1 from ACT_RU_AUTHORIZATION A where XAUTH.RESOURCE_ID_ = ?", false),
                // no authorizations at all
                Arguments.of("select RES.* from ACT_RU_TASK RES where RES.ID_ = ?", false),
                Arguments.of("select * from ACT_RU_TASK AUTH where AUTH.RESOURCE_ID_ = ?", false),
                Arguments.of("", false));
    }

    @ParameterizedTest
    @MethodSource("statements")
    void plannedPerCallOnlyWhenAuthorizationsAreJoinedToRows(String sql, boolean perCall) {
        assertThat(AuthorizationQueriesPlannedPerCall.checksAuthorizations(sql)).isEqualTo(perCall);
    }
}
