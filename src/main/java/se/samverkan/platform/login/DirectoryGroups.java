package se.samverkan.platform.login;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The units and roles from the organisation's directory over LDAP: the user found by id, then the names of the
 * groups that have the user as a member, mapped as the claims are ({@link LoginGroups}: only groups that exist
 * here; a role's name counts as a role, any other as a unit). Read-only: Samverkan never writes the directory.
 * The JDK's own LDAP client (JNDI), which escapes the values it puts into the search filters.
 */
class DirectoryGroups implements GroupSource {

    private static final Logger LOG = LoggerFactory.getLogger(DirectoryGroups.class);

    private final LdapGroupProperties properties;
    private final StaffDirectory directory;
    private final Cache<String, List<String>> remembered;

    DirectoryGroups(LdapGroupProperties properties, StaffDirectory directory) {
        this.properties = properties;
        this.directory = directory;
        this.remembered = Caffeine.newBuilder().expireAfterWrite(properties.remember()).maximumSize(10_000).build();
    }

    @Override
    public List<String> groups(String userId, Map<String, Object> claims, boolean login) {
        List<String> names = login ? null : remembered.getIfPresent(userId);
        if (names == null) {
            names = groupNames(userId);
            if (names == null) {
                // The directory failed: no groups now, and nothing remembered, so the next request asks again.
                return List.of();
            }
            remembered.put(userId, names);
        }
        return LoginGroups.groups(names, names, directory.groupIds());
    }

    /** The names of the user's groups in the directory; none when the user is not found, null when the directory fails. */
    List<String> groupNames(String userId) {
        DirContext ldap = null;
        try {
            ldap = new InitialDirContext(environment());
            SearchControls users = new SearchControls();
            users.setSearchScope(SearchControls.SUBTREE_SCOPE);
            users.setReturningAttributes(new String[0]);
            users.setCountLimit(2);
            List<String> dns = new ArrayList<>();
            NamingEnumeration<SearchResult> found = ldap.search(properties.userSearchBase(),
                    properties.userSearchFilter(), new Object[] {userId}, users);
            while (found.hasMore()) {
                dns.add(found.next().getNameInNamespace());
            }
            if (dns.size() != 1) {
                return List.of();
            }
            SearchControls groups = new SearchControls();
            groups.setSearchScope(SearchControls.SUBTREE_SCOPE);
            groups.setReturningAttributes(new String[] {properties.groupIdAttribute()});
            List<String> names = new ArrayList<>();
            NamingEnumeration<SearchResult> memberOf = ldap.search(properties.groupSearchBase(),
                    properties.groupSearchFilter(), new Object[] {dns.get(0)}, groups);
            while (memberOf.hasMore()) {
                Attribute name = memberOf.next().getAttributes().get(properties.groupIdAttribute());
                if (name != null && name.get() instanceof String value) {
                    names.add(value);
                }
            }
            return names;
        } catch (NamingException failed) {
            // The login is refused (no groups); the reason without the user's data.
            LOG.warn("The directory did not answer the group search: {}", failed.getClass().getSimpleName());
            return null;
        } finally {
            if (ldap != null) {
                try {
                    ldap.close();
                } catch (NamingException ignored) {
                    // closing a connection that failed
                }
            }
        }
    }

    private Hashtable<String, Object> environment() {
        Hashtable<String, Object> environment = new Hashtable<>();
        environment.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        environment.put(Context.PROVIDER_URL, properties.url());
        if (properties.bindDn() == null || properties.bindDn().isBlank()) {
            environment.put(Context.SECURITY_AUTHENTICATION, "none");
        } else {
            environment.put(Context.SECURITY_AUTHENTICATION, "simple");
            environment.put(Context.SECURITY_PRINCIPAL, properties.bindDn());
            environment.put(Context.SECURITY_CREDENTIALS, properties.password() == null ? "" : properties.password());
        }
        // A directory that does not answer refuses the login within seconds, not after minutes.
        environment.put("com.sun.jndi.ldap.connect.timeout", "5000");
        environment.put("com.sun.jndi.ldap.read.timeout", "5000");
        environment.put("com.sun.jndi.ldap.connect.pool", "true");
        return environment;
    }
}
