package se.samverkan.platform.login;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The units and roles from the organisation's directory instead of the token's claims (README, "Inloggning via
 * organisationens identitetstjänst"). The user is found by the provider's user id; the names of the groups the
 * user is a member of are Camunda group ids.
 *
 * @param enabled           read the groups from the directory
 * @param url               {@code ldap://host:389} or {@code ldaps://host:636}
 * @param bindDn            the service account's DN; empty for an anonymous bind
 * @param password          the service account's password (from the environment)
 * @param userSearchBase    where the users are, e.g. {@code ou=people,dc=kommun,dc=se}
 * @param userSearchFilter  {@code {0}} is the user id, e.g. {@code (uid={0})} or {@code (userPrincipalName={0})}
 * @param groupSearchBase   where the groups are
 * @param groupSearchFilter {@code {0}} is the user's DN, e.g. {@code (member={0})}
 * @param groupIdAttribute  the attribute with the group's name, the Camunda group id
 * @param remember          how long a bearer token's groups are remembered (a webapp login always reads afresh)
 */
@ConfigurationProperties("samverkan.login.ldap")
public record LdapGroupProperties(boolean enabled, String url, String bindDn, String password,
        @DefaultValue("") String userSearchBase, @DefaultValue("(uid={0})") String userSearchFilter,
        @DefaultValue("") String groupSearchBase, @DefaultValue("(member={0})") String groupSearchFilter,
        @DefaultValue("cn") String groupIdAttribute, @DefaultValue("60s") Duration remember) {
}
