package se.samverkan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The throttle's rules, on a clock the test moves. Defaults as in application.yaml. */
class LoginThrottleTest {

    static final String STRANGER = "203.0.113.66";
    static final String SARA_AT_SCHOOL = "10.1.2.3";

    final MovableClock clock = new MovableClock();
    final LoginThrottle throttle = new LoginThrottle(
            new LoginThrottleProperties(5, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMinutes(15), 1000),
            clock);

    /**
     * The stranger gets sara's password wrong {@code failures} times in a row (waiting out each delay as a
     * patient attacker would), then {@code secondsLater} someone at {@code address} tries {@code user}.
     */
    @ParameterizedTest(name = "{0} failures, {1} s later {2} tries {3}: waits {4} s")
    @CsvSource(textBlock = """
            # failures | s later | address        | user  | wait (s)
              4        | 0       | 203.0.113.66   | sara  | 0
              5        | 0       | 203.0.113.66   | sara  | 1
              6        | 0       | 203.0.113.66   | sara  | 2
              7        | 0       | 203.0.113.66   | sara  | 4
              11       | 0       | 203.0.113.66   | sara  | 60
              30       | 0       | 203.0.113.66   | sara  | 60
              30       | 59      | 203.0.113.66   | sara  | 1
              30       | 60      | 203.0.113.66   | sara  | 0
              5        | 1       | 203.0.113.66   | sara  | 0
              30       | 0       | 10.1.2.3       | sara  | 0
              30       | 0       | 203.0.113.66   | olof  | 0
              30       | 0       | 203.0.113.66   | SARA  | 60
            """, delimiter = '|')
    void failuresFromOneAddressDelayOnlyThatAddressForThatAccount(int failures, int secondsLater, String address,
            String user, int waitSeconds) {
        failRepeatedly(STRANGER, "sara", failures);
        clock.advance(Duration.ofSeconds(secondsLater));

        Optional<Duration> wait = throttle.tryStart(address, user);

        assertThat(wait.map(Duration::toSeconds).orElse(0L)).isEqualTo(waitSeconds);
    }

    @Test
    void theOwnerWithTheRightPasswordIsNeverDelayedWhileAStrangerKeepsTrying() {
        for (int day = 0; day < 3; day++) {
            failRepeatedly(STRANGER, "sara", 50);
            assertThat(throttle.tryStart(SARA_AT_SCHOOL, "sara")).isEmpty();
            assertThat(throttle.finished(SARA_AT_SCHOOL, "sara", false)).isZero();
        }
    }

    @Test
    void failuresAreForgottenAfterAQuietSpell() {
        failRepeatedly(STRANGER, "sara", 8);
        clock.advance(Duration.ofMinutes(15));

        assertThat(throttle.tryStart(STRANGER, "sara")).isEmpty();
        assertThat(throttle.finished(STRANGER, "sara", true)).as("counting starts again").isEqualTo(1);
        assertThat(throttle.tryStart(STRANGER, "sara")).isEmpty();
    }

    @Test
    void rightPasswordsAreNotCountedAndDoNotWipeFailures() {
        failRepeatedly(STRANGER, "sara", 3);
        assertThat(throttle.tryStart(STRANGER, "sara")).isEmpty();
        assertThat(throttle.finished(STRANGER, "sara", false)).isEqualTo(3);
    }

    @Test
    void onceTheFreeFailuresAreUsedUpOnlyOneAttemptAtATimeGoesAhead() {
        failRepeatedly(STRANGER, "sara", 5);
        clock.advance(Duration.ofSeconds(1));

        assertThat(throttle.tryStart(STRANGER, "sara")).as("first after the wait").isEmpty();
        assertThat(throttle.tryStart(STRANGER, "sara")).as("a second one in parallel").isPresent();
        throttle.finished(STRANGER, "sara", false);
        assertThat(throttle.tryStart(STRANGER, "sara")).as("after the first ended well").isEmpty();
        throttle.finished(STRANGER, "sara", true);
        assertThat(throttle.tryStart(STRANGER, "sara")).contains(Duration.ofSeconds(2));
    }

    @Test
    void theDelayDoublesUpToTheMaximum() {
        assertThat(throttle.delayAfter(4)).isZero();
        assertThat(throttle.delayAfter(5)).hasSeconds(1);
        assertThat(throttle.delayAfter(10)).hasSeconds(32);
        assertThat(throttle.delayAfter(11)).hasSeconds(60);
        assertThat(throttle.delayAfter(Integer.MAX_VALUE)).hasSeconds(60);
    }

    /** Wrong passwords one after the other, each as soon as the throttle lets it through. */
    private void failRepeatedly(String address, String user, int times) {
        for (int i = 0; i < times; i++) {
            Optional<Duration> wait = throttle.tryStart(address, user);
            if (wait.isPresent()) {
                clock.advance(wait.get());
                assertThat(throttle.tryStart(address, user)).isEmpty();
            }
            throttle.finished(address, user, true);
        }
    }

    static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2025-03-03T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/Stockholm");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
