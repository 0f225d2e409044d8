package se.samverkan.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code samverkan.login-throttle.*}, see {@link LoginThrottle}.
 *
 * @param freeFailures wrong passwords from one address for one account before that address has to wait
 * @param firstDelay the wait after the last free failure; it doubles with every further failure
 * @param maxDelay the longest wait
 * @param forgetAfter failures are forgotten this long after the last one
 * @param maxEntries at most this many (address, account) pairs are remembered; the least used go first
 */
@ConfigurationProperties("samverkan.login-throttle")
public record LoginThrottleProperties(
        @DefaultValue("5") int freeFailures,
        @DefaultValue("1s") Duration firstDelay,
        @DefaultValue("60s") Duration maxDelay,
        @DefaultValue("15m") Duration forgetAfter,
        @DefaultValue("100000") long maxEntries) {

    public LoginThrottleProperties {
        if (forgetAfter.compareTo(maxDelay) < 0) {
            throw new IllegalArgumentException("samverkan.login-throttle.forget-after must be at least max-delay");
        }
    }
}
