package se.samverkan.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock and one zone. Dates users see and rules about "today" are Swedish time. The clock is the
 * engine's own (timers, due dates, history), so moving the engine's time in a test moves every rule too.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    @Bean
    public Clock clock() {
        return new EngineClock(SWEDEN);
    }

    /** Reads {@link ClockUtil}, which is the system time unless a test has set it. */
    static final class EngineClock extends Clock {

        private final ZoneId zone;

        EngineClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new EngineClock(zone);
        }

        @Override
        public Instant instant() {
            return ClockUtil.getCurrentTime().toInstant();
        }
    }
}
