package se.samverkan.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows down password guessing per source address and account, and never locks an account.
 * <p>
 * After {@link LoginThrottleProperties#freeFailures()} wrong passwords from one address for one account,
 * that address waits {@code firstDelay} before its next attempt for that account; every further failure
 * doubles the wait, up to {@code maxDelay}. The failures are forgotten {@code forgetAfter} the last one.
 * Nobody else waits: the owner at her own address, or the same address trying another account, has a
 * count of her own. This replaces Camunda's per-account lock, which anyone who knows a user name could
 * trigger (switched off in application.yaml). A successful login does not reset the count (the REST API
 * answers some paths without checking the password, so a success there proves nothing); it expires.
 * <p>
 * Once the free failures are used up, the pair gets one attempt at a time: otherwise an attacker could
 * send a burst of guesses in parallel the moment the wait is over.
 * <p>
 * The counts live in this node's memory. With two nodes behind a load balancer each node counts on its
 * own, so an address may get up to twice the free failures before it waits; a restart forgets all
 * counts. That is good enough for slowing guessing down; an exact limit would need a shared store.
 */
public class LoginThrottle {

    /** Longer user names are cut for the key, so an attacker cannot fill the memory with huge ones. */
    static final int MAX_USERNAME_LENGTH = 100;

    /** The longest that one allowed attempt can keep the next one waiting, if it never reports back. */
    private static final Duration ATTEMPT_TIMEOUT = Duration.ofMinutes(1);

    private record Key(String address, String username) {
    }

    /** The failures of one address for one account. {@code attemptStarted} is null when none is running. */
    private record Failures(int count, Instant lastFailure, Instant waitUntil, Instant attemptStarted) {
    }

    private final LoginThrottleProperties properties;
    private final Clock clock;
    private final Cache<Key, Failures> failures;

    public LoginThrottle(LoginThrottleProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        // Caffeine only bounds the memory; whether a count is still valid is decided below, with the clock.
        this.failures = Caffeine.newBuilder()
                .maximumSize(properties.maxEntries())
                .expireAfterWrite(properties.forgetAfter().plus(properties.maxDelay()))
                .build();
    }

    /**
     * Before the password is checked. Empty: the attempt may go ahead, and {@link #finished} must be
     * called when it is over. Otherwise the address has to wait this long before trying this account.
     */
    public Optional<Duration> tryStart(String address, String username) {
        Instant now = clock.instant();
        Duration[] wait = {null};
        failures.asMap().computeIfPresent(key(address, username), (key, current) -> {
            Failures failures = current(current, now);
            if (failures == null) {
                return null;
            }
            if (failures.waitUntil().isAfter(now)) {
                wait[0] = Duration.between(now, failures.waitUntil());
                return failures;
            }
            if (failures.count() < properties.freeFailures()) {
                return failures;
            }
            if (failures.attemptStarted() != null && failures.attemptStarted().plus(ATTEMPT_TIMEOUT).isAfter(now)) {
                wait[0] = Duration.ofSeconds(1);
                return failures;
            }
            return new Failures(failures.count(), failures.lastFailure(), failures.waitUntil(), now);
        });
        return Optional.ofNullable(wait[0]);
    }

    /**
     * An attempt that {@link #tryStart} let through is over; {@code wrongPassword} says how it went.
     * Returns how many failures the address now has for the account.
     */
    public int finished(String address, String username, boolean wrongPassword) {
        Instant now = clock.instant();
        Key key = key(address, username);
        if (!wrongPassword) {
            Failures after = failures.asMap().computeIfPresent(key, (k, current) -> {
                Failures failures = current(current, now);
                return failures == null ? null
                        : new Failures(failures.count(), failures.lastFailure(), failures.waitUntil(), null);
            });
            return after == null ? 0 : after.count();
        }
        return failures.asMap().compute(key, (k, current) -> {
            Failures failures = current(current, now);
            int count = failures == null ? 1 : failures.count() + 1;
            return new Failures(count, now, now.plus(delayAfter(count)), null);
        }).count();
    }

    /** The wait after {@code failures} wrong passwords in a row: nothing, then doubling up to the maximum. */
    Duration delayAfter(int failures) {
        if (failures < properties.freeFailures()) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - properties.freeFailures(), 30);
        Duration delay = properties.firstDelay().multipliedBy(1L << doublings);
        return delay.compareTo(properties.maxDelay()) > 0 ? properties.maxDelay() : delay;
    }

    /** Null once the failures are old enough to be forgotten. */
    private Failures current(Failures failures, Instant now) {
        return failures == null || !failures.lastFailure().plus(properties.forgetAfter()).isAfter(now)
                ? null : failures;
    }

    /** User names are compared as Camunda may (case-insensitively on some databases). */
    private static Key key(String address, String username) {
        String name = username.length() > MAX_USERNAME_LENGTH ? username.substring(0, MAX_USERNAME_LENGTH) : username;
        return new Key(address, name.toLowerCase(Locale.ROOT));
    }
}
