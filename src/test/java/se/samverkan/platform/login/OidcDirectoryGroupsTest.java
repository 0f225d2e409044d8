package se.samverkan.platform.login;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldif.LDIFException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The directory mode: units and roles from an LDAP directory (UnboundID's in-memory server, in the test JVM)
 * mapped to the Camunda groups of the application.
 */
class OidcDirectoryGroupsTest extends OidcTestSupport {

    private static final String BASE = "dc=kommun,dc=example,dc=se";
    private static final String SERVICE = "cn=samverkan,ou=tjanster," + BASE;
    private static final String SERVICE_PASSWORD = "tjanstelosen";
    private static InMemoryDirectoryServer ldap;

    @Autowired
    StaffDirectory staff;

    @BeforeAll
    static void startDirectory() throws LDAPException, LDIFException {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
        config.addAdditionalBindCredentials(SERVICE, SERVICE_PASSWORD);
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
        ldap = new InMemoryDirectoryServer(config);
        ldap.add("dn: " + BASE, "objectClass: top", "objectClass: domain", "dc: kommun");
        ldap.add("dn: ou=people," + BASE, "objectClass: organizationalUnit", "ou: people");
        ldap.add("dn: ou=groups," + BASE, "objectClass: organizationalUnit", "ou: groups");
        person("sara", "Sara", "Skolgren");
        person("karin.larsson@skolan.example.se", "Karin", "Larsson");
        person("utan.grupp", "Ulf", "Utangrupp");
        group("skola", "sara");
        group("team-forshaga", "karin.larsson@skolan.example.se");
        group("chefer", "karin.larsson@skolan.example.se");
        // Not a group of Samverkan: ignored.
        group("alla-anstallda", "sara", "karin.larsson@skolan.example.se", "utan.grupp");
        ldap.startListening();
    }

    private static void person(String uid, String given, String family) throws LDAPException, LDIFException {
        ldap.add("dn: uid=" + uid + ",ou=people," + BASE, "objectClass: inetOrgPerson", "uid: " + uid,
                "cn: " + given + " " + family, "givenName: " + given, "sn: " + family);
    }

    private static void group(String name, String... members) throws LDAPException, LDIFException {
        String[] entry = new String[members.length + 3];
        entry[0] = "dn: cn=" + name + ",ou=groups," + BASE;
        entry[1] = "objectClass: groupOfNames";
        entry[2] = "cn: " + name;
        for (int i = 0; i < members.length; i++) {
            entry[i + 3] = "member: uid=" + members[i] + ",ou=people," + BASE;
        }
        ldap.add(entry);
    }

    @AfterAll
    static void stopDirectory() {
        ldap.shutDown(true);
    }

    private DirectoryGroups directoryGroups() {
        return new DirectoryGroups(properties(ldap.getListenPort()), staff);
    }

    private static LdapGroupProperties properties(int port) {
        return new LdapGroupProperties(true, "ldap://localhost:" + port, SERVICE, SERVICE_PASSWORD,
                "ou=people," + BASE, "(uid={0})", "ou=groups," + BASE, "(member={0})", "cn", Duration.ofMinutes(1));
    }

    @Test
    void theDirectorysGroupsBecomeTheUsersGroupsWhereTheyExistHere() {
        DirectoryGroups groups = directoryGroups();
        assertThat(groups.groups("sara", Map.of(), true)).containsExactly("skola");
        assertThat(groups.groups("karin.larsson@skolan.example.se", Map.of(), true))
                .containsExactlyInAnyOrder("team-forshaga", "chefer");
        // Found, but in no group of Samverkan; not found; a filter in place of a name finds nobody.
        assertThat(groups.groups("utan.grupp", Map.of(), true)).isEmpty();
        assertThat(groups.groups("okand", Map.of(), true)).isEmpty();
        assertThat(groups.groups("*", Map.of(), true)).isEmpty();
        // The token's claims play no part in this mode.
        assertThat(groups.groups("utan.grupp", Map.of("samverkan_units", "skola"), true)).isEmpty();
    }

    @Test
    void aBearerTokensGroupsAreRememberedBrieflyAndALoginReadsThemAfresh() throws LDAPException {
        DirectoryGroups groups = directoryGroups();
        assertThat(groups.groups("sara", Map.of(), false)).containsExactly("skola");
        ldap.modify("cn=chefer,ou=groups," + BASE, new Modification(ModificationType.ADD, "member",
                "uid=sara,ou=people," + BASE));
        assertThat(groups.groups("sara", Map.of(), false)).containsExactly("skola");
        assertThat(groups.groups("sara", Map.of(), true)).containsExactlyInAnyOrder("skola", "chefer");
        ldap.modify("cn=chefer,ou=groups," + BASE, new Modification(ModificationType.DELETE, "member",
                "uid=sara,ou=people," + BASE));
    }

    @Test
    void aDirectoryThatDoesNotAnswerGivesNoGroupsAndIsAskedAgainNextTime() throws Exception {
        int closedPort;
        try (ServerSocket free = new ServerSocket(0)) {
            closedPort = free.getLocalPort();
        }
        assertThat(new DirectoryGroups(properties(closedPort), staff).groupNames("sara")).isNull();

        AtomicBoolean down = new AtomicBoolean(true);
        DirectoryGroups groups = new DirectoryGroups(properties(ldap.getListenPort()), staff) {
            @Override
            List<String> groupNames(String userId) {
                return down.get() ? null : super.groupNames(userId);
            }
        };
        assertThat(groups.groups("sara", Map.of(), false)).isEmpty();
        down.set(false);
        // The failure was not remembered as "no groups" for the remembering time.
        assertThat(groups.groups("sara", Map.of(), false)).containsExactly("skola");
    }
}
