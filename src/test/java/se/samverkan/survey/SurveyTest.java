package se.samverkan.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import se.samverkan.SamverkanTestSupport;

/**
 * Enkäter through HTTP as Cockpit, integrations and a phone call them: a process leader starts a round, people
 * answer through single-use links, the round closes and the results are compared with the earlier round, in the
 * API, the board report (PDF) and the CSV. Each test has a team of its own.
 */
@ExtendWith(OutputCaptureExtension.class)
class SurveyTest extends SamverkanTestSupport {

    static final String STAFF = "samverkan-medarbetare";
    static final String USED_OR_UNKNOWN = "Länken gäller inte eller är redan använd";

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    // --- one answer per link, and no way from a link to its answer --------------------------------------------

    @Test
    void oneAnswerPerLinkAndNothingLinksTheLinkToTheAnswer(CapturedOutput output) throws Exception {
        String team = team("Token");
        Map<String, Object> started = start("lena", STAFF, "BASELINE", team, 10, inDays(14));
        List<String> links = (List<String>) started.get("links");
        assertThat(links).hasSize(10).allMatch(l -> l.matches("http://samverkan\\.test/enkat/[A-Za-z0-9_-]{43}"));
        assertThat(new HashSet<>(links)).hasSize(10);
        long round = roundId(started);
        // Only hashes are kept: no link's token is in the database.
        List<String> hashes = jdbc.queryForList("select hash from survey_token where round_id = ?", String.class, round);
        assertThat(hashes).hasSize(10).containsExactlyInAnyOrderElementsOf(links.stream()
                .map(l -> SurveyService.hash(token(l))).toList());
        assertThat(hashes).noneMatch(h -> links.stream().anyMatch(l -> l.endsWith(h)));

        // The page: Swedish, no cookie, not cached, no referrer.
        ResponseEntity<String> page = http.getForEntity(path(links.get(0)), String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("Samverkan – medarbetare", "Nulägesanalys för Samverkansteam Token",
                "1. Jag vet vem jag ska kontakta i andra verksamheter.", "Instämmer inte alls", "Instämmer helt",
                "Vet inte", "maxlength=\"2000\"").doesNotContain("<script");
        assertThat(page.getHeaders().get(HttpHeaders.SET_COOKIE)).isNull();
        assertThat(page.getHeaders().getCacheControl()).isEqualTo("no-store");
        assertThat(page.getHeaders().getFirst("Referrer-Policy")).isEqualTo("no-referrer");

        // The same link eight times at once: exactly one answer is stored.
        String link = links.get(0);
        int before = output.getOut().length();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<ResponseEntity<String>>> posts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int value = 1 + i % 5;
            posts.add(pool.submit(() -> {
                go.await();
                return answer(link, "q-vet-vem", String.valueOf(value), "q-battre", "Fler gemensamma träffar.");
            }));
        }
        go.countDown();
        List<HttpStatus> statuses = new ArrayList<>();
        for (Future<ResponseEntity<String>> post : posts) {
            ResponseEntity<String> answer = post.get();
            statuses.add((HttpStatus) answer.getStatusCode());
            assertThat(answer.getBody()).containsAnyOf("Tack för ditt svar!", USED_OR_UNKNOWN);
        }
        pool.shutdown();
        String loggedByThePosts = output.getOut().substring(before);
        assertThat(loggedByThePosts.lines().filter(l -> l.contains("Refused survey page: unknown or used link"))).hasSize(7);
        assertThat(statuses).filteredOn(s -> s == HttpStatus.OK).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == HttpStatus.NOT_FOUND).hasSize(7);
        assertThat(count("select count(*) from survey_response where round_id = ?", round)).isEqualTo(1);
        assertThat(count("select count(*) from survey_answer a join survey_response p on p.id = a.response_id "
                + "where p.round_id = ?", round)).isEqualTo(2);
        assertThat(count("select count(*) from survey_token where round_id = ?", round)).isEqualTo(9);

        // A used link and a link that never existed get the same page: nobody learns which links were used.
        ResponseEntity<String> used = http.getForEntity(path(link), String.class);
        ResponseEntity<String> unknown = http.getForEntity("/enkat/" + "A".repeat(43), String.class);
        ResponseEntity<String> garbage = http.getForEntity("/enkat/..%2F..", String.class);
        assertThat(used.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(used.getBody()).contains(USED_OR_UNKNOWN).isEqualTo(unknown.getBody());
        assertThat(garbage.getStatusCode().is4xxClientError()).isTrue();
        assertThat(http.getForEntity("/enkat/", String.class).getBody()).isEqualTo(unknown.getBody());

        // The schema: a response is a random id and its round; no column ties it to a link, a time or an address.
        assertThat(columns("survey_response")).containsExactlyInAnyOrder("id", "round_id");
        assertThat(columns("survey_answer")).containsExactlyInAnyOrder("response_id", "question_code", "likert", "free_text");
        assertThat(columns("survey_token")).containsExactlyInAnyOrder("hash", "round_id");
        String responseId = jdbc.queryForObject("select id from survey_response where round_id = ?", String.class, round);
        assertThat(java.util.UUID.fromString(responseId).version()).isEqualTo(4);
        assertThat(jdbc.queryForList("select data_type from information_schema.columns where lower(table_name) in "
                + "('survey_response', 'survey_answer')", String.class))
                .noneMatch(type -> type.toLowerCase().contains("time") || type.toLowerCase().contains("date"));

        // Neither the links nor their tokens are logged.
        String logged = output.getOut().substring(before);
        assertThat(links).allSatisfy(l -> assertThat(logged).doesNotContain(token(l)));
    }

    // --- refused answers leave everything as it was -------------------------------------------------------------

    @Test
    void refusedAnswersChangeNothingAndTheLinkStillWorks(CapturedOutput output) {
        String team = team("Vagrade");
        Map<String, Object> started = start("lena", STAFF, "BASELINE", team, 2, inDays(7));
        long round = roundId(started);
        String link = ((List<String>) started.get("links")).get(0);
        String state = state(round);
        int before = output.getOut().length();

        Map<String[], String> refusals = new LinkedHashMap<>();
        refusals.put(new String[] {"q-fungerar", "6"}, "Fråga 2 (”Samverkan kring barn fungerar bra i vår kommun.”): "
                + "välj ett svar från 1 till 5, eller Vet inte.");
        refusals.put(new String[] {"q-fungerar", "0"}, "välj ett svar från 1 till 5, eller Vet inte.");
        refusals.put(new String[] {"q-vet-vem", "fem"}, "Fråga 1 (”Jag vet vem jag ska kontakta i andra verksamheter.”)");
        refusals.put(new String[] {"q-personnummer", "20150314-1234"}, "Svaret innehåller ett fält som inte hör till enkäten.");
        refusals.put(new String[] {"q-battre", "x".repeat(2001)}, "Fråga 7 (”Vad skulle göra samverkan bättre?”): "
                + "svaret får vara högst 2 000 tecken.");
        refusals.put(new String[] {"q-battre", "HEMLIGT " + "x".repeat(1_000_000)}, "Svaret är för stort eller kunde inte läsas.");
        for (Map.Entry<String[], String> refusal : refusals.entrySet()) {
            ResponseEntity<String> refused = answer(link, refusal.getKey());
            assertThat(refused.getStatusCode()).as(refusal.getValue()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody()).contains("Svaret kunde inte tas emot.", html(refusal.getValue()));
            assertThat(state(round)).isEqualTo(state);
        }
        // Without the form's hidden field (a body the server could not read) nothing is stored either.
        MultiValueMap<String, String> noMarker = new LinkedMultiValueMap<>();
        noMarker.add("q-fungerar", "4");
        assertThat(post(link, noMarker).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<String> json = http.exchange(path(link), HttpMethod.POST, new HttpEntity<>("{\"q-fungerar\":4}",
                headers(MediaType.APPLICATION_JSON)), String.class);
        assertThat(json.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(state(round)).isEqualTo(state);
        String logged = output.getOut().substring(before);
        assertThat(logged).doesNotContain("HEMLIGT", "20150314", token(link)).doesNotContain(" ERROR ");
        assertThat(logged.lines().filter(l -> l.contains("Refused survey answer"))).hasSize(8);

        // The link was not used up by the refusals.
        ResponseEntity<String> thanks = answer(link, "q-fungerar", "4", "q-vet-vem", "vet-inte", "q-battre", "");
        assertThat(thanks.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(thanks.getBody()).contains("Tack för ditt svar!");
        assertThat(jdbc.queryForList("select a.question_code || '=' || cast(a.likert as varchar(1)) from survey_answer a join survey_response p "
                + "on p.id = a.response_id where p.round_id = ?", String.class, round)).containsExactly("fungerar=4");

        // A closed round says so, and takes no answer.
        String other = ((List<String>) started.get("links")).get(1);
        assertThat(close("lena", round).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> closed = answer(other, "q-fungerar", "2");
        assertThat(closed.getStatusCode()).isEqualTo(HttpStatus.GONE);
        assertThat(closed.getBody()).contains("Enkäten är stängd");
        assertThat(http.getForEntity(path(other), String.class).getStatusCode()).isEqualTo(HttpStatus.GONE);
        assertThat(count("select count(*) from survey_response where round_id = ?", round)).isEqualTo(1);
    }

    // --- who may do what, and the rules of starting ---------------------------------------------------------

    @Test
    void onlyProcessLeadersStartAndCloseAndTheRulesNameTheField() {
        String team = team("Regler");
        long rounds = count("select count(*) from survey_round");
        ResponseEntity<Map> staff = startRaw("sara", body(STAFF, "BASELINE", team, 5, inDays(7)));
        assertThat(staff.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(staff.getBody()).containsEntry("message", "Enkätomgångar startas och stängs av processledare.");
        ResponseEntity<Map> chef = startRaw("cecilia", body(STAFF, "BASELINE", team, 5, inDays(7)));
        assertThat(chef.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        for (String path : List.of("/api/surveys/rounds", "/api/surveys/choices", "/api/surveys/rounds/1/results")) {
            ResponseEntity<Map> read = restAs("sara").getForEntity(path, Map.class);
            assertThat(read.getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(read.getBody()).as(path).containsEntry("message", "Enkäterna är till för chefer och processledare.");
        }
        assertThat(restAs("cecilia").getForEntity("/api/surveys/rounds", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/api/surveys/rounds", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.postForEntity("/api/surveys/rounds", new HttpEntity<>(body(STAFF, "BASELINE", team, 5, inDays(7)),
                headers(MediaType.APPLICATION_JSON)), String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        // Refusals name the field, and nothing is stored.
        assertField(startRaw("lena", body("okand", "BASELINE", team, 5, inDays(7))), "questionSet");
        assertField(startRaw("lena", body(STAFF, "INTERIM", team, 5, inDays(7))), "kind");
        assertField(startRaw("lena", body(STAFF, "BASELINE", "team-finns-inte", 5, inDays(7))), "team");
        assertField(startRaw("lena", body(STAFF, "BASELINE", team, 501, inDays(7))), "links");
        assertField(startRaw("lena", body(STAFF, "BASELINE", team, "5", inDays(7))), "links");
        assertField(startRaw("lena", body(STAFF, "BASELINE", team, 5, LocalDate.now(ZoneId.of("Europe/Stockholm")).toString())),
                "closesOn");
        Map<String, Object> extra = body(STAFF, "BASELINE", team, 5, inDays(7));
        extra.put("startedBy", "cecilia");
        assertField(startRaw("lena", extra), "startedBy");
        ResponseEntity<Map> notJson = restAs("lena").postForEntity("/api/surveys/rounds",
                new HttpEntity<>("[1, 2", headers(MediaType.APPLICATION_JSON)), Map.class);
        assertThat(notJson.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) notJson.getBody().get("message")).startsWith("Begäran kunde inte läsas");
        assertThat(count("select count(*) from survey_round")).isEqualTo(rounds);

        // One open round per team and question set; the citizens' set is another series.
        long first = roundId(start("lena", STAFF, "BASELINE", team, 3, inDays(7)));
        assertField(startRaw("lena", body(STAFF, "BASELINE", team, 3, inDays(7))), "team");
        start("lena", "samverkan-medborgare", "BASELINE", team, 3, inDays(7));
        ResponseEntity<Map> results = restAs("lena").getForEntity("/api/surveys/rounds/" + first + "/results", Map.class);
        assertThat(results.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(results.getBody()).containsEntry("message", "Resultatet visas när omgången har stängts.");
        assertThat(close("cecilia", first).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(close("lena", first).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<Map> again = close("lena", first);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody()).containsEntry("message", "Omgången är redan stängd.");
        assertThat(close("lena", 999_999_999).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(restAs("lena").getForEntity("/api/surveys/rounds/abc/results", Map.class).getBody())
                .containsEntry("message", "Omgången finns inte.");
        // Now the follow-up may start.
        assertThat(startRaw("lena", body(STAFF, "INTERIM", team, 3, inDays(7))).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    // --- Cockpit's login writes only with the webapp's CSRF token -------------------------------------------------

    @Test
    void cockpitsLoginStartsARoundOnlyWithTheCsrfToken() {
        String team = team("Csrf");
        WebappLogin login = webappLogin("cockpit", "lena");
        Map<String, String> session = new LinkedHashMap<>();
        login.pageCookies().get(HttpHeaders.COOKIE).forEach(c -> session.put(c.split("=", 2)[0], c));
        login.response().getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).forEach(c -> session.put(c.split("=", 2)[0], c.split(";")[0]));
        // The logged-in session's token, as Cockpit reads it when it opens after the login.
        HttpHeaders reading = new HttpHeaders();
        session.values().stream().filter(c -> !c.startsWith("XSRF-TOKEN=")).forEach(c -> reading.add(HttpHeaders.COOKIE, c));
        ResponseEntity<String> opened = http.exchange("/camunda/app/cockpit/default/", HttpMethod.GET,
                new HttpEntity<>(reading), String.class);
        String xsrf = opened.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream().map(c -> c.split(";")[0])
                .filter(c -> c.startsWith("XSRF-TOKEN=")).map(c -> c.substring("XSRF-TOKEN=".length())).findFirst()
                .orElse(session.get("XSRF-TOKEN").substring("XSRF-TOKEN=".length()));
        long rounds = count("select count(*) from survey_round");

        // Reading takes the login; a write without the token, or with another, is not logged in.
        assertThat(http.exchange("/api/surveys/rounds", HttpMethod.GET, new HttpEntity<>(reading), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        for (String sent : new String[] {null, "fel-token", ""}) {
            HttpHeaders write = new HttpHeaders();
            write.addAll(reading);
            write.setContentType(MediaType.APPLICATION_JSON);
            if (sent != null) {
                write.set("X-XSRF-TOKEN", sent);
            }
            assertThat(http.exchange("/api/surveys/rounds", HttpMethod.POST,
                    new HttpEntity<>(body(STAFF, "BASELINE", team, 3, inDays(7)), write), String.class).getStatusCode())
                    .as(String.valueOf(sent)).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        assertThat(count("select count(*) from survey_round")).isEqualTo(rounds);
        HttpHeaders write = new HttpHeaders();
        write.addAll(reading);
        write.setContentType(MediaType.APPLICATION_JSON);
        write.set("X-XSRF-TOKEN", xsrf);
        assertThat(http.exchange("/api/surveys/rounds", HttpMethod.POST,
                new HttpEntity<>(body(STAFF, "BASELINE", team, 3, inDays(7)), write), String.class).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
    }

    // --- results: compared with the earlier round, in the API, the PDF and the CSV --------------------------

    @Test
    void aClosedRoundIsComparedWithTheBaselineInTheApiTheBoardReportAndTheCsv() throws Exception {
        String team = team("Jamforelse");
        Map<String, Object> baseline = start("lena", STAFF, "BASELINE", team, 8, inDays(10));
        List<String> links = (List<String>) baseline.get("links");
        int[] knows = {2, 3, 3, 2, 4, 1};
        for (int i = 0; i < knows.length; i++) {
            assertThat(answer(links.get(i), "q-vet-vem", String.valueOf(knows[i]), "q-fungerar", i < 4 ? "3" : "vet-inte",
                    "q-battre", "Förslag nummer " + i + ".").getStatusCode()).isEqualTo(HttpStatus.OK);
        }
        // The last day of answers passes: the round is closed without anyone closing it.
        ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(11))));
        assertThat(http.getForEntity(path(links.get(7)), String.class).getStatusCode()).isEqualTo(HttpStatus.GONE);
        Map<String, Object> first = results("cecilia", roundId(baseline));
        assertThat(at(first, "round.state")).asString().startsWith("Stängd ");
        Map<String, Object> knowsFirst = question(first, "vet-vem");
        assertThat(figures(knowsFirst, 0)).containsEntry("mean", 2.5).containsEntry("meanText", "2,5");
        assertThat((List<Map<String, Object>>) figures(knowsFirst, 0).get("distribution")).extracting(f -> f.get("text"))
                .containsOnly("färre än 5");
        assertThat(figures(question(first, "fungerar"), 0)).containsEntry("meanText", "färre än 5").containsEntry("mean", null);
        assertThat((List<String>) question(first, "battre").get("texts")).hasSize(6)
                .containsExactlyInAnyOrder("Förslag nummer 0.", "Förslag nummer 1.", "Förslag nummer 2.",
                        "Förslag nummer 3.", "Förslag nummer 4.", "Förslag nummer 5.");

        // The interim round: three answers, so nothing but "färre än 5" of it, beside the baseline's figures.
        Map<String, Object> interim = start("lena", STAFF, "INTERIM", team, 5, inDays(20));
        List<String> later = (List<String>) interim.get("links");
        for (int i = 0; i < 3; i++) {
            answer(later.get(i), "q-vet-vem", "5", "q-battre", "Bättre nu " + i);
        }
        assertThat(close("lena", roundId(interim)).getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> second = results("lena", roundId(interim));
        assertThat((List<Map<String, Object>>) second.get("rounds")).extracting(r -> r.get("kindLabel"))
                .containsExactly("Nulägesanalys", "Deluppföljning");
        assertThat(figures(question(second, "vet-vem"), 0)).containsEntry("meanText", "2,5");
        assertThat(figures(question(second, "vet-vem"), 1)).containsEntry("meanText", "färre än 5").containsEntry("mean", null);
        assertThat(at(second, "round.responses.text")).isEqualTo("färre än 5");
        assertThat((List<String>) question(second, "battre").get("texts")).isEmpty();
        assertThat(restAs("cecilia").getForEntity("/api/surveys/rounds/" + roundId(interim) + "/results", String.class)
                .getBody()).doesNotContain("Bättre nu");

        // The board report for the month, this team: the comparison, and never a free-text answer.
        // The baseline closed after its last day (today + 10), the interim when Lena closed it (today + 11).
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        String month = today.plusDays(11).format(DateTimeFormatter.ofPattern("yyyy-MM"));
        boolean bothInTheMonth = today.plusDays(10).getMonth() == today.plusDays(11).getMonth();
        String baselineOn = today.toString();
        String interimOn = today.plusDays(11).toString();
        ResponseEntity<byte[]> pdf = restAs("cecilia").getForEntity("/api/followup/report.pdf?period=" + month
                + "&team=" + team, byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Enkäter", "Samverkan – medarbetare, Samverkansteam Jamforelse",
                    "Nulägesanalys " + baselineOn, "Deluppföljning " + interimOn, "Antal svar 6 färre än 5",
                    "1. Jag vet vem jag ska kontakta i andra verksamheter. 2,5 färre än 5",
                    "2. Samverkan kring barn fungerar bra i vår kommun. färre än 5 färre än 5",
                    "Fritextsvar finns inte i rapporten.")
                    .doesNotContain("Förslag nummer", "Bättre nu");
            java.nio.file.Path folder = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "followup"));
            java.nio.file.Files.write(folder.resolve("enkater.pdf"), pdf.getBody());
        }
        String csv = new String(restAs("lena").getForEntity("/api/followup/indicators.csv?period=" + month + "&team=" + team,
                byte[].class).getBody(), StandardCharsets.UTF_8);
        assertThat(csv).contains(
                "Enkäter;Omgångar som stängdes under perioden;" + (bothInTheMonth ? 2 : 1) + "\r\n",
                "Enkät: Samverkan – medarbetare, Samverkansteam Jamforelse;Nulägesanalys " + baselineOn + ": antal svar;6\r\n",
                "Enkät: Samverkan – medarbetare, Samverkansteam Jamforelse;Deluppföljning " + interimOn + ": antal svar;färre än 5\r\n",
                "Enkät: Samverkan – medarbetare, Samverkansteam Jamforelse;Nulägesanalys " + baselineOn
                        + ": Jag vet vem jag ska kontakta i andra verksamheter. (medelvärde 1–5);2,5\r\n")
                .doesNotContain("Förslag nummer", "Bättre nu");
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    /** A team of the test's own, so that no other test's rounds count. */
    String team(String name) {
        String code = "team-enkat-" + name.toLowerCase() + "-" + Long.toString(System.nanoTime(), 36);
        jdbc.update("insert into team (code, name, municipality, convening_group) values (?, ?, ?, 'processledare')",
                code, "Samverkansteam " + name, name);
        return code;
    }

    static String inDays(int days) {
        return LocalDate.now(ZoneId.of("Europe/Stockholm")).plusDays(days).toString();
    }

    static Map<String, Object> body(String set, String kind, String team, Object links, String closesOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("questionSet", set);
        body.put("kind", kind);
        body.put("team", team);
        body.put("links", links);
        body.put("closesOn", closesOn);
        return body;
    }

    ResponseEntity<Map> startRaw(String user, Map<String, Object> body) {
        return restAs(user).postForEntity("/api/surveys/rounds", new HttpEntity<>(body, headers(MediaType.APPLICATION_JSON)),
                Map.class);
    }

    Map<String, Object> start(String user, String set, String kind, String team, int links, String closesOn) {
        ResponseEntity<Map> started = startRaw(user, body(set, kind, team, links, closesOn));
        assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.CREATED);
        return started.getBody();
    }

    ResponseEntity<Map> close(String user, long round) {
        return restAs(user).postForEntity("/api/surveys/rounds/" + round + "/close", null, Map.class);
    }

    Map<String, Object> results(String user, long round) {
        ResponseEntity<Map> results = restAs(user).getForEntity("/api/surveys/rounds/" + round + "/results", Map.class);
        assertThat(results.getStatusCode()).as(String.valueOf(results.getBody())).isEqualTo(HttpStatus.OK);
        return results.getBody();
    }

    static long roundId(Map<String, Object> started) {
        return ((Number) ((Map<String, Object>) started.get("round")).get("id")).longValue();
    }

    static Map<String, Object> question(Map<String, Object> results, String code) {
        return ((List<Map<String, Object>>) results.get("questions")).stream().filter(q -> code.equals(q.get("code")))
                .findFirst().orElseThrow();
    }

    static Map<String, Object> figures(Map<String, Object> question, int round) {
        return ((List<Map<String, Object>>) question.get("rounds")).get(round);
    }

    static Object at(Map<String, Object> json, String path) {
        Object node = json;
        for (String key : path.split("\\.")) {
            node = ((Map<String, Object>) node).get(key);
        }
        return node;
    }

    static void assertField(ResponseEntity<Map> refused, String field) {
        assertThat(refused.getStatusCode()).as(String.valueOf(refused.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).containsEntry("field", field);
    }

    static String token(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }

    static String path(String link) {
        return link.substring("http://samverkan.test".length());
    }

    /** The form as a browser posts it: the hidden field and the fields given. */
    ResponseEntity<String> answer(String link, String... fields) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add(SurveyRules.MARKER, "1");
        for (int i = 0; i < fields.length; i += 2) {
            form.add(fields[i], fields[i + 1]);
        }
        return post(link, form);
    }

    ResponseEntity<String> post(String link, MultiValueMap<String, String> form) {
        return http.exchange(path(link), HttpMethod.POST, new HttpEntity<>(form, headers(MediaType.APPLICATION_FORM_URLENCODED)),
                String.class);
    }

    static HttpHeaders headers(MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        return headers;
    }

    long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    List<String> columns(String table) {
        return jdbc.queryForList("select lower(column_name) from information_schema.columns where lower(table_name) = ?",
                String.class, table);
    }

    /** The round's tokens, responses and answers, as text to compare. */
    String state(long round) {
        return jdbc.queryForList("select hash from survey_token where round_id = ? order by hash", round).toString()
                + jdbc.queryForList("select id from survey_response where round_id = ? order by id", round)
                + jdbc.queryForList("select a.* from survey_answer a join survey_response p on p.id = a.response_id "
                        + "where p.round_id = ? order by a.response_id, a.question_code", round);
    }

    /** The text as the page shows it (HTML-escaped). */
    static String html(String text) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
