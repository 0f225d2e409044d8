package se.samverkan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.PGStatement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.samverkan.SamverkanTestSupport;

/** On PostgreSQL (as CI runs): what keeps Tasklist's counts fast with many open tasks. Skipped on H2. */
class PostgresQueryTuningTest extends SamverkanTestSupport {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void authorizationQueriesArePlannedPerCallWithStatisticsAndWithoutJit() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            assumeTrue("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName()), "only on PostgreSQL");
            try (PreparedStatement checked = connection.prepareStatement("select count(*) from ACT_RU_TASK RES"
                    + " left join (select A.* from ACT_RU_AUTHORIZATION A) AUTH on (AUTH.RESOURCE_ID_ in (RES.ID_, '*'))");
                    PreparedStatement plain = connection.prepareStatement(
                            "select count(*) from ACT_RU_AUTHORIZATION A where A.RESOURCE_ID_ = ?")) {
                assertThat(checked.unwrap(PGStatement.class).getPrepareThreshold()).isZero();
                try (PreparedStatement candidateGroups = connection.prepareStatement("select count(*) from ACT_RU_TASK RES"
                        + " where exists (select 1 from ACT_RU_AUTHORIZATION A where A.RESOURCE_ID_ = RES.ID_)")) {
                    assertThat(candidateGroups.unwrap(PGStatement.class).getPrepareThreshold()).isZero();
                }
                try (PreparedStatement count = connection.prepareStatement("select count(distinct I.TASK_ID_)"
                        + " from ACT_RU_IDENTITYLINK I where exists (select 1 from ACT_RU_AUTHORIZATION A"
                        + " where A.RESOURCE_ID_ = I.TASK_ID_)")) {
                    assertThat(count.unwrap(PGStatement.class).getPrepareThreshold()).isZero();
                }
                assertThat(plain.unwrap(PGStatement.class).getPrepareThreshold()).isPositive();
            }
        }
        assertThat(jdbc.queryForObject("show jit", String.class)).isEqualTo("off");
        assertThat(jdbc.queryForObject("show random_page_cost", String.class)).isEqualTo("1.1");
        assertThat(jdbc.queryForList("select stxname from pg_statistic_ext", String.class))
                .contains("act_ru_auth_perms_2", "act_ru_auth_perms_64");
        assertThat(jdbc.queryForList("select indexname from pg_indexes", String.class))
                .contains("samverkan_ident_lnk_group_task", "samverkan_auth_resource_check", "samverkan_auth_group_resource",
                        "samverkan_task_parent");
    }
}
