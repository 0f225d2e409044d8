package se.samverkan.platform.login;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The login through the organisation's identity provider (profile {@code oidc}; README, "Inloggning via
 * organisationens identitetstjänst").
 *
 * @param enabled        OpenID Connect for the webapps and bearer tokens for the REST API instead of passwords
 * @param registrationId the {@code spring.security.oauth2.client.registration} the webapps log in with
 * @param userIdClaim    the claim whose value is the Camunda user id
 * @param unitsClaim     the claim with the user's units: agency and team group ids
 * @param rolesClaim     the claim with the user's roles ({@code processledare}, {@code chefer}, ...)
 */
@ConfigurationProperties("samverkan.login.oidc")
public record OidcLoginProperties(boolean enabled, String registrationId, String userIdClaim, String unitsClaim,
        String rolesClaim) {
}
