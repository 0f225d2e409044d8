package se.samverkan.cooperation;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Hands out case numbers SB-<year>-<nnnn>, one sequence per year, safe across threads and nodes. */
@Service
public class CaseNumbers {

    private final CaseNumberCounterRepository counters;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    public CaseNumbers(CaseNumberCounterRepository counters, PlatformTransactionManager transactions, Clock clock) {
        this.counters = counters;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String next() {
        int year = LocalDate.now(clock).getYear();
        // The row lock serialises concurrent registrations until the case's transaction ends. (Never load the
        // row unlocked first: the persistence context would then hand back that stale copy.)
        CaseNumberCounter counter = counters.lockYear(year).orElseGet(() -> {
            createYear(year);
            return counters.lockYear(year).orElseThrow();
        });
        return String.format("SB-%d-%04d", year, counter.next());
    }

    /**
     * The year's first case creates its counter in a transaction of its own, so that two registrations
     * racing for it do not break the case's transaction: the loser finds the winner's row.
     */
    private void createYear(int year) {
        try {
            ownTransaction.executeWithoutResult(status -> counters.saveAndFlush(new CaseNumberCounter(year)));
        } catch (DataIntegrityViolationException alreadyCreated) {
            // Another registration created it first; the lock below sees its row.
        }
    }
}
