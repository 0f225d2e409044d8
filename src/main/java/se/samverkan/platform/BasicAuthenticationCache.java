package se.samverkan.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic logins, remembered briefly (README, "Skala"). Camunda's Basic provider checks the password
 * and then reads the user's groups and tenants on every request, three round trips before the real call.
 * A successful login is remembered for {@code samverkan.basic-auth-cache.time-to-live} (10 s by default)
 * under a keyed hash of engine, user and password, never the password itself; a failed one is never
 * remembered. Any change to users, groups, memberships or tenants through this engine (a new password,
 * a deleted user, a changed group, a failed login that may lock the account) forgets every remembered
 * login at once, when it is made and again when its transaction commits; a login being checked while
 * such a change happens is not remembered. On another node of a cluster the change takes effect when
 * the time to live has passed.
 */
@Component
public class BasicAuthenticationCache extends AbstractProcessEnginePlugin {

    /** Who a remembered login is, and when it was checked. */
    record Login(String userId, List<String> groupIds, List<String> tenantIds, Instant checkedAt) {
    }

    private final Cache<String, Login> logins;
    private final Duration timeToLive;
    private final Clock clock;
    private final AtomicLong generation = new AtomicLong();
    private final byte[] key = new byte[32];

    public BasicAuthenticationCache(@Value("${samverkan.basic-auth-cache.time-to-live:10s}") Duration timeToLive,
            @Value("${samverkan.basic-auth-cache.max-entries:10000}") long maxEntries, Clock clock) {
        this.timeToLive = timeToLive;
        this.clock = clock;
        new SecureRandom().nextBytes(key);
        // Caffeine only bounds the memory; whether a login is still valid is decided with the clock.
        this.logins = Caffeine.newBuilder().maximumSize(maxEntries).expireAfterWrite(timeToLive).build();
    }

    /** The remembered login for these credentials, or null. */
    Login find(String engineName, String user, String password) {
        if (timeToLive.isZero() || timeToLive.isNegative()) {
            return null;
        }
        Login login = logins.getIfPresent(key(engineName, user, password));
        if (login == null) {
            return null;
        }
        Duration age = Duration.between(login.checkedAt(), clock.instant());
        return age.isNegative() || age.compareTo(timeToLive) >= 0 ? null : login;
    }

    /** Taken before the password is checked; {@link #remember} stores nothing if identities changed since. */
    long generation() {
        return generation.get();
    }

    void remember(long checkedInGeneration, String engineName, String user, String password, Login login) {
        if (timeToLive.isZero() || timeToLive.isNegative()) {
            return;
        }
        String cacheKey = key(engineName, user, password);
        logins.put(cacheKey, login);
        // A change that happened while this login was being checked: forget it again.
        if (generation.get() != checkedInGeneration) {
            logins.invalidate(cacheKey);
        }
    }

    /** Forgets every remembered login (an identity changed). */
    public void forgetAll() {
        generation.incrementAndGet();
        logins.invalidateAll();
    }

    long size() {
        logins.cleanUp();
        return logins.estimatedSize();
    }

    Instant now() {
        return clock.instant();
    }

    private String key(String engineName, String user, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal((engineName + '\u0000' + user + '\u0000' + password)
                    .getBytes(StandardCharsets.UTF_8));
            return user + ':' + Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** The engine's identity provider, forgetting remembered logins on every change it makes. */
    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return ForgettingIdentityProvider.class;
            }

            @Override
            public Session openSession() {
                return new ForgettingIdentityProvider(BasicAuthenticationCache.this);
            }
        });
    }

    /** Camunda's database identity provider; every write forgets, now and after its transaction commits. */
    static final class ForgettingIdentityProvider extends DbIdentityServiceProvider {

        private final BasicAuthenticationCache cache;

        ForgettingIdentityProvider(BasicAuthenticationCache cache) {
            this.cache = cache;
        }

        private <T> T changed(T result) {
            cache.forgetAll();
            CommandContext context = Context.getCommandContext();
            if (context != null) {
                context.getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
                        committed -> cache.forgetAll());
            }
            return result;
        }

        @Override
        public IdentityOperationResult saveUser(User user) {
            return changed(super.saveUser(user));
        }

        @Override
        public IdentityOperationResult deleteUser(String userId) {
            return changed(super.deleteUser(userId));
        }

        @Override
        public boolean checkPassword(String userId, String password) {
            boolean correct = super.checkPassword(userId, password);
            // A failed attempt may lock the account.
            return correct ? true : changed(false);
        }

        @Override
        public IdentityOperationResult unlockUser(String userId) {
            return changed(super.unlockUser(userId));
        }

        @Override
        public IdentityOperationResult saveGroup(Group group) {
            return changed(super.saveGroup(group));
        }

        @Override
        public IdentityOperationResult deleteGroup(String groupId) {
            return changed(super.deleteGroup(groupId));
        }

        @Override
        public IdentityOperationResult saveTenant(Tenant tenant) {
            return changed(super.saveTenant(tenant));
        }

        @Override
        public IdentityOperationResult deleteTenant(String tenantId) {
            return changed(super.deleteTenant(tenantId));
        }

        @Override
        public IdentityOperationResult createMembership(String userId, String groupId) {
            return changed(super.createMembership(userId, groupId));
        }

        @Override
        public IdentityOperationResult deleteMembership(String userId, String groupId) {
            return changed(super.deleteMembership(userId, groupId));
        }

        @Override
        public IdentityOperationResult createTenantUserMembership(String tenantId, String userId) {
            return changed(super.createTenantUserMembership(tenantId, userId));
        }

        @Override
        public IdentityOperationResult createTenantGroupMembership(String tenantId, String groupId) {
            return changed(super.createTenantGroupMembership(tenantId, groupId));
        }

        @Override
        public IdentityOperationResult deleteTenantUserMembership(String tenantId, String userId) {
            return changed(super.deleteTenantUserMembership(tenantId, userId));
        }

        @Override
        public IdentityOperationResult deleteTenantGroupMembership(String tenantId, String groupId) {
            return changed(super.deleteTenantGroupMembership(tenantId, groupId));
        }
    }
}
