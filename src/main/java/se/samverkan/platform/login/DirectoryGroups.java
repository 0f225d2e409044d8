package se.samverkan.platform.login;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnectionPool;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPURL;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.SimpleBindRequest;
import com.unboundid.ldap.sdk.SingleServerSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLSocketFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The units and roles from the organisation's directory over LDAP: the user found by id, then the names of the
 * groups that have the user as a member, mapped as the claims are ({@link LoginGroups}: only groups that exist
 * here; a role's name counts as a role, any other as a unit). Read-only: Samverkan never writes the directory.
 */
class DirectoryGroups implements GroupSource, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DirectoryGroups.class);

    private final LdapGroupProperties properties;
    private final StaffDirectory directory;
    private final LDAPConnectionPool pool;
    private final Cache<String, List<String>> remembered;

    DirectoryGroups(LdapGroupProperties properties, StaffDirectory directory) throws LDAPException {
        this.properties = properties;
        this.directory = directory;
        LDAPURL url = new LDAPURL(properties.url());
        SingleServerSet server = "ldaps".equalsIgnoreCase(url.getScheme())
                ? new SingleServerSet(url.getHost(), url.getPort(), SSLSocketFactory.getDefault())
                : new SingleServerSet(url.getHost(), url.getPort());
        SimpleBindRequest bind = properties.bindDn() == null || properties.bindDn().isBlank() ? new SimpleBindRequest()
                : new SimpleBindRequest(properties.bindDn(), properties.password());
        // No connection until the first login: the application starts while the directory is away.
        this.pool = new LDAPConnectionPool(server, bind, 0, 4);
        this.remembered = Caffeine.newBuilder().expireAfterWrite(properties.remember()).maximumSize(10_000).build();
    }

    @Override
    public List<String> groups(String userId, Map<String, Object> claims, boolean login) {
        List<String> names = login ? null : remembered.getIfPresent(userId);
        if (names == null) {
            names = groupNames(userId);
            remembered.put(userId, names);
        }
        return LoginGroups.groups(names, names, directory.groupIds());
    }

    /** The names of the user's groups in the directory; none when the user is not found or the directory fails. */
    List<String> groupNames(String userId) {
        try {
            SearchResult users = pool.search(properties.userSearchBase(), SearchScope.SUB,
                    Filter.create(properties.userSearchFilter().replace("{0}", Filter.encodeValue(userId))), "1.1");
            if (users.getEntryCount() != 1) {
                return List.of();
            }
            String dn = users.getSearchEntries().get(0).getDN();
            SearchResult groups = pool.search(properties.groupSearchBase(), SearchScope.SUB,
                    Filter.create(properties.groupSearchFilter().replace("{0}", Filter.encodeValue(dn))),
                    properties.groupIdAttribute());
            List<String> names = new ArrayList<>();
            for (SearchResultEntry group : groups.getSearchEntries()) {
                String name = group.getAttributeValue(properties.groupIdAttribute());
                if (name != null) {
                    names.add(name);
                }
            }
            return names;
        } catch (LDAPException failed) {
            // The login is refused (no groups); the reason without the user's data.
            LOG.warn("The directory did not answer the group search: {}", failed.getResultCode());
            return List.of();
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
