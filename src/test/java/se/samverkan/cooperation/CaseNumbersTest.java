package se.samverkan.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverkan.SamverkanTestSupport;
import se.samverkan.platform.ClockConfiguration;

/** Case numbers stay unique when registrations race, also for a year's very first case. */
class CaseNumbersTest extends SamverkanTestSupport {

    @Autowired
    CaseNumbers caseNumbers;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void concurrentRegistrationsGetDistinctNumbersEvenForANewYear() throws Exception {
        int year = LocalDate.now(ClockConfiguration.SWEDEN).getYear();
        Integer before = jdbc.query("select last_number from case_number_counter where case_year = ?",
                rs -> rs.next() ? rs.getInt(1) : null, year);
        jdbc.update("delete from case_number_counter where case_year = ?", year);
        try {
            Set<String> numbers = ConcurrentHashMap.newKeySet();
            ExecutorService threads = Executors.newFixedThreadPool(4);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                running.add(threads.submit(() -> {
                    go.await();
                    numbers.add(new TransactionTemplate(transactions).execute(status -> caseNumbers.next()));
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> future : running) {
                future.get(60, TimeUnit.SECONDS);
            }
            threads.shutdown();
            assertThat(numbers).hasSize(12).contains(String.format("SB-%d-0001", year), String.format("SB-%d-0012", year));
        } finally {
            jdbc.update("update case_number_counter set last_number = ? where case_year = ?",
                    Math.max(before == null ? 0 : before, 12), year);
        }
    }
}
