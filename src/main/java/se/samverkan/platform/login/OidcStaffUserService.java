package se.samverkan.platform.login;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A webapp login through the provider: the user id from the claims, the groups from the claims or the directory
 * ({@link GroupSource}, {@link LoginGroups}), the user
 * and memberships written to Camunda's identity service ({@link StaffDirectory}). A login without a valid user
 * id or without any unit or role that exists here is refused with a Swedish message
 * ({@link OidcLoginRefusal}) and one WARN line without the token.
 */
class OidcStaffUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String REFUSED = "samverkan_login_refused";

    private static final Logger LOG = LoggerFactory.getLogger(OidcStaffUserService.class);

    private final OidcUserService provider = new OidcUserService();
    private final OidcLoginProperties properties;
    private final GroupSource groupSource;
    private final StaffDirectory directory;

    OidcStaffUserService(OidcLoginProperties properties, GroupSource groupSource, StaffDirectory directory) {
        this.properties = properties;
        this.groupSource = groupSource;
        this.directory = directory;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser user = provider.loadUser(request);
        Map<String, Object> claims = user.getClaims();
        Object id = claims.get(properties.userIdClaim());
        String userId = id instanceof String text ? text : null;
        if (!LoginGroups.isValidUserId(userId)) {
            LOG.warn("Refused login of subject {}: claim {} is missing or not a valid user id (403)", user.getSubject(),
                    properties.userIdClaim());
            throw refusal("Inloggningen nekades: identitetstjänsten skickade inget giltigt användar-id ("
                    + properties.userIdClaim() + "). Kontakta den som administrerar er inloggning.");
        }
        List<String> groups = groupSource.groups(userId, claims, true);
        if (groups.isEmpty()) {
            LOG.warn("Refused login of user {}: no unit or role of Samverkan in claims {} and {} (403)", userId,
                    properties.unitsClaim(), properties.rolesClaim());
            throw refusal("Inloggningen nekades: ditt konto har ingen verksamhet eller roll i Samverkan ("
                    + properties.unitsClaim() + "). Kontakta den som administrerar er inloggning.");
        }
        directory.provision(userId, user.getGivenName(), user.getFamilyName(), user.getEmail(), groups);
        return new DefaultOidcUser(LoginGroups.authorities(groups), user.getIdToken(), user.getUserInfo(),
                properties.userIdClaim());
    }

    private static OAuth2AuthenticationException refusal(String message) {
        return new OAuth2AuthenticationException(new OAuth2Error(REFUSED, message, null), message);
    }
}
