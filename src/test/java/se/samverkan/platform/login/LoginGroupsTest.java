package se.samverkan.platform.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LoginGroupsTest {

    private static final Set<String> EXISTING =
            Set.of("skola", "socialtjanst", "team-forshaga", "processledare", "chefer", "camunda-admin");

    static Stream<Arguments> claims() {
        return Stream.of(
                Arguments.of("one unit", List.of("skola"), null, List.of("skola")),
                Arguments.of("units and a role", List.of("skola", "team-forshaga"), List.of("chefer"),
                        List.of("skola", "team-forshaga", "chefer")),
                Arguments.of("one string, spaces and commas", "skola, socialtjanst team-forshaga", "processledare",
                        List.of("skola", "socialtjanst", "team-forshaga", "processledare")),
                Arguments.of("unknown unit ignored", List.of("okand", "skola"), List.of(), List.of("skola")),
                Arguments.of("a role sent as a unit is ignored", List.of("camunda-admin"), null, List.of()),
                Arguments.of("a unit sent as a role is ignored", null, List.of("skola"), List.of()),
                Arguments.of("unknown role ignored", null, List.of("okand-roll", "chefer"), List.of("chefer")),
                Arguments.of("each group once", List.of("skola", "skola"), "chefer chefer", List.of("skola", "chefer")),
                Arguments.of("no claims", null, null, List.of()),
                Arguments.of("not strings", List.of(1, true), 42, List.of()),
                Arguments.of("blank", List.of(" ", ""), "  ", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("claims")
    void theClaimsGiveOnlyGroupsThatExist(String name, Object units, Object roles, List<String> expected) {
        assertThat(LoginGroups.groups(units, roles, EXISTING)).containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> userIds() {
        return Stream.of(
                Arguments.of("sara", true),
                Arguments.of("sara.skolgren@kommun.se", true),
                Arguments.of("a-b_c.d", true),
                Arguments.of("x".repeat(64), true),
                Arguments.of("x".repeat(65), false),
                Arguments.of(".sara", false),
                Arguments.of("sara skolgren", false),
                Arguments.of("sara/../admin", false),
                Arguments.of("", false),
                Arguments.of(null, false));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("userIds")
    void aUserIdIsWhatCamundaAccepts(String userId, boolean valid) {
        assertThat(LoginGroups.isValidUserId(userId)).isEqualTo(valid);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("claims")
    void theGroupsSurviveTheTripThroughSpringSecurity(String name, Object units, Object roles, List<String> expected) {
        assertThat(LoginGroups.fromAuthorities(LoginGroups.authorities(expected))).containsExactlyElementsOf(expected);
    }
}
