package se.samverkan.platform.login;

import java.util.List;
import java.util.Map;

/** Where a login's units and roles come from: the token's claims, or the organisation's directory over LDAP. */
interface GroupSource {

    /**
     * The user's Camunda groups (only groups that exist here, see {@link LoginGroups}); empty when none.
     *
     * @param claims the ID token's or access token's claims
     * @param login  true at a webapp login (read afresh), false for a bearer token (may be remembered briefly)
     */
    List<String> groups(String userId, Map<String, Object> claims, boolean login);

    /** The claims that carry the units and roles, from the token: configured claim names. */
    static GroupSource claims(OidcLoginProperties properties, StaffDirectory directory) {
        return (userId, claims, login) -> LoginGroups.groups(claims.get(properties.unitsClaim()),
                claims.get(properties.rolesClaim()), directory.groupIds());
    }
}
