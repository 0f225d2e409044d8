package se.samverkan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Swedish locale files of the Camunda webapps are complete: every key of the English file shipped in
 * the webjar is translated, nothing more, nothing empty, with the same placeholders and HTML. A Camunda
 * upgrade that adds, renames or removes keys makes this test fail and names the keys. The overriding
 * scripts/config.js of each app offers Swedish first and falls back to English.
 */
class WebappLocalesTest {

    private static final String APP = "META-INF/resources/webjars/camunda/app/";
    private static final String WEBJAR = "camunda-webapp-webjar";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}");
    private static final Pattern HTML_TAG = Pattern.compile("</?(?:a|b|br|code|em|i|li|p|span|strong|ul)\\b[^>]*>");
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void theSwedishLocaleHasExactlyTheKeysOfTheShippedEnglishOne(String app) throws IOException {
        Map<String, JsonNode> english = flatten(readJson(webjarResource(APP + app + "/locales/en.json")));
        Map<String, JsonNode> swedish = flatten(readJson(projectResource(APP + app + "/locales/sv.json")));

        TreeSet<String> missing = new TreeSet<>(english.keySet());
        missing.removeAll(swedish.keySet());
        TreeSet<String> extra = new TreeSet<>(swedish.keySet());
        extra.removeAll(english.keySet());
        if (!missing.isEmpty() || !extra.isEmpty()) {
            fail(app + "/locales/sv.json does not match the webjar's en.json (Camunda upgrade?).%n"
                    + "Missing in sv.json (%d): %s%nNot in en.json (%d): %s",
                    missing.size(), missing, extra.size(), extra);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everySwedishValueIsFilledInAndKeepsPlaceholdersAndHtml(String app) throws IOException {
        Map<String, JsonNode> english = flatten(readJson(webjarResource(APP + app + "/locales/en.json")));
        Map<String, JsonNode> swedish = flatten(readJson(projectResource(APP + app + "/locales/sv.json")));

        List<String> problems = new ArrayList<>();
        english.forEach((key, en) -> {
            JsonNode sv = swedish.get(key);
            if (sv == null) {
                return; // reported by the key test
            }
            if (en.getNodeType() != sv.getNodeType()) {
                problems.add(key + ": " + sv.getNodeType() + " instead of " + en.getNodeType());
                return;
            }
            if (!sv.isTextual()) {
                return;
            }
            if (sv.asText().isBlank()) {
                problems.add(key + ": empty");
            }
            if (!matches(PLACEHOLDER, en.asText(), true).equals(matches(PLACEHOLDER, sv.asText(), true))) {
                problems.add(key + ": placeholders " + matches(PLACEHOLDER, sv.asText(), true)
                        + " instead of " + matches(PLACEHOLDER, en.asText(), true));
            }
            if (!matches(HTML_TAG, en.asText(), false).equals(matches(HTML_TAG, sv.asText(), false))) {
                problems.add(key + ": HTML " + matches(HTML_TAG, sv.asText(), false)
                        + " instead of " + matches(HTML_TAG, en.asText(), false));
            }
        });
        assertThat(problems).as(app + "/locales/sv.json").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void theConfigOffersSwedishFirstWithEnglishAsFallback(String app) throws IOException {
        String config = String.join("\n", settingLines(readText(projectResource(APP + app + "/scripts/config.js"))));

        assertThat(config)
                .as(app + "/scripts/config.js")
                .containsPattern("availableLocales:\\s*\\[\\s*'sv'\\s*,\\s*'en'\\s*]")
                .containsPattern("fallbackLocale:\\s*'en'")
                .containsPattern("customScripts:\\s*\\[\\s*'\\.\\./samverkan/webapp-language'");
        assertThat(readText(projectResource(APP + "samverkan/webapp-language.js")))
                .contains("determinePreferredLanguage", "$translateLoadingEnd");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void theConfigKeepsEverySettingTheShippedConfigHas(String app) throws IOException {
        List<String> ours = settingLines(readText(projectResource(APP + app + "/scripts/config.js")));
        // Ours keeps only our settings, not the shipped file's commented-out template of every option.
        List<String> dropped = settingLines(readText(webjarResource(APP + app + "/scripts/config.js"))).stream()
                .filter(line -> !ours.contains(line))
                // Tasklist's keyboard shortcut descriptions are shown to users and are translated.
                .filter(line -> !line.matches("description: '.*'"))
                .toList();
        assertThat(dropped).as(app + "/scripts/config.js lacks settings of the webjar's config.js (Camunda upgrade?)").isEmpty();
    }

    private static URL webjarResource(String path) throws IOException {
        return resources(path).stream()
                .filter(url -> url.toString().contains(WEBJAR))
                .findFirst()
                .orElseThrow(() -> new AssertionError(path + " not found in the " + WEBJAR + " jar on the classpath"));
    }

    /** The application's own copy, which the webapp serves instead of the webjar's. */
    private static URL projectResource(String path) throws IOException {
        List<URL> found = resources(path);
        if (found.isEmpty() || found.get(0).toString().contains(WEBJAR)) {
            fail(path + " must come first from src/main/resources, not from the webjar; found " + found);
        }
        return found.get(0);
    }

    private static List<URL> resources(String path) throws IOException {
        return Collections.list(WebappLocalesTest.class.getClassLoader().getResources(path));
    }

    private static String readText(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text; // the shipped en.json has a BOM
        }
    }

    private static JsonNode readJson(URL url) throws IOException {
        return JSON.readTree(readText(url));
    }

    /** Key paths such as labels.CLAIM_TASK or dateLocales.months[0], in file order. */
    private static Map<String, JsonNode> flatten(JsonNode root) {
        Map<String, JsonNode> leaves = new LinkedHashMap<>();
        flatten("", root, leaves);
        return leaves;
    }

    private static void flatten(String path, JsonNode node, Map<String, JsonNode> leaves) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field ->
                    flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), leaves));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), leaves);
            }
        } else {
            leaves.put(path, node);
        }
    }

    private static List<String> matches(Pattern pattern, String text, boolean sorted) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.groupCount() > 0 ? matcher.group(1) : matcher.group());
        }
        if (sorted) {
            Collections.sort(found);
        }
        return found;
    }

    /** The stripped lines of a script that are neither blank nor comments (line or block). */
    private static List<String> settingLines(String script) {
        return script.lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("//") && !line.startsWith("/*") && !line.startsWith("*"))
                .toList();
    }
}
