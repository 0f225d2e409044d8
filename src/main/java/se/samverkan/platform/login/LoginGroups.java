package se.samverkan.platform.login;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import se.samverkan.platform.Roles;

/**
 * Which Camunda groups a login through the identity provider gets: the units claim may name agency and team
 * groups, the roles claim only the roles ({@link Roles}); both only groups that exist in Camunda. Anything else
 * is ignored, so a provider that sends more (its own groups, a unit not set up here) gives no extra rights.
 */
final class LoginGroups {

    /** Spring Security authorities that carry a Camunda group id. */
    static final String AUTHORITY_PREFIX = "SAMVERKAN_GROUP_";

    /** What Camunda accepts as a user id here (application-oidc.yaml) within its 64 characters. */
    private static final Pattern USER_ID = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9._@-]{0,63}");

    private LoginGroups() {
    }

    /** The user's groups, units first, each once; empty when the claims name none that exists here. */
    static List<String> groups(Object unitsClaim, Object rolesClaim, Set<String> existingGroups) {
        Set<String> groups = new LinkedHashSet<>();
        for (String unit : values(unitsClaim)) {
            if (existingGroups.contains(unit) && !Roles.isRole(unit)) {
                groups.add(unit);
            }
        }
        for (String role : values(rolesClaim)) {
            if (existingGroups.contains(role) && Roles.isRole(role)) {
                groups.add(role);
            }
        }
        return List.copyOf(groups);
    }

    /** A claim's values: a JSON array of strings, or one string separated by spaces or commas. */
    static List<String> values(Object claim) {
        List<String> values = new ArrayList<>();
        if (claim instanceof Collection<?> many) {
            for (Object one : many) {
                if (one instanceof String value && !value.isBlank()) {
                    values.add(value.trim());
                }
            }
        } else if (claim instanceof String text) {
            for (String value : text.split("[\\s,]+")) {
                if (!value.isEmpty()) {
                    values.add(value);
                }
            }
        }
        return values;
    }

    static boolean isValidUserId(String userId) {
        return userId != null && USER_ID.matcher(userId).matches();
    }

    static List<GrantedAuthority> authorities(List<String> groups) {
        return groups.stream().<GrantedAuthority>map(g -> new SimpleGrantedAuthority(AUTHORITY_PREFIX + g)).toList();
    }

    static List<String> fromAuthorities(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream().map(GrantedAuthority::getAuthority).filter(a -> a != null && a.startsWith(AUTHORITY_PREFIX))
                .map(a -> a.substring(AUTHORITY_PREFIX.length())).toList();
    }
}
