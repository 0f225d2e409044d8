package se.samverkan.cooperation;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Hands out case numbers SB-<year>-<nnnn>, one sequence per year, safe across nodes. */
@Service
public class CaseNumbers {

    private final CaseNumberCounterRepository counters;
    private final Clock clock;

    public CaseNumbers(CaseNumberCounterRepository counters, Clock clock) {
        this.counters = counters;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String next() {
        int year = LocalDate.now(clock).getYear();
        CaseNumberCounter counter = counters.lockYear(year).orElseGet(() -> counters.saveAndFlush(new CaseNumberCounter(year)));
        return String.format("SB-%d-%04d", year, counter.next());
    }
}
