package se.samverkan.platform.login;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without a browser, for the login tests: real HTTP with cookies, following redirects by hand and
 * filling in the provider's login form when it comes, as a person would. One instance is one person's browser.
 */
final class HttpLogin {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");

    record Page(URI uri, int status, String body) {
    }

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String user;

    HttpLogin(String user) {
        this.user = user;
    }

    /** Opens the address and follows where it leads, logging in at the provider once; stops before {@code stopAt}. */
    Page open(String address, String stopAt) throws IOException, InterruptedException {
        URI uri = URI.create(address);
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri).GET());
        boolean loggedIn = false;
        for (int hops = 0; hops < 20; hops++) {
            String location = response.headers().firstValue("Location").orElse(null);
            if (response.statusCode() / 100 == 3 && location != null) {
                uri = uri.resolve(location);
                if (stopAt != null && uri.toString().startsWith(stopAt)) {
                    return new Page(uri, response.statusCode(), response.body());
                }
                response = send(HttpRequest.newBuilder(uri).GET());
            } else if (!loggedIn && response.statusCode() == 200 && "/login".equals(uri.getPath())) {
                Matcher csrf = CSRF.matcher(response.body());
                if (!csrf.find()) {
                    throw new IllegalStateException("No login form at " + uri);
                }
                loggedIn = true;
                response = send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form("username", user, "password",
                                TestIdentityProvider.PASSWORD, "_csrf", csrf.group(1)))));
            } else {
                return new Page(uri, response.statusCode(), response.body());
            }
        }
        throw new IllegalStateException("Too many redirects from " + address);
    }

    /** A GET in this browser, with its cookies; no redirects followed. */
    HttpResponse<String> get(String address) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(address)).GET());
    }

    /** A POST without a body in this browser, with its cookies. */
    HttpResponse<String> post(String address) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(address)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** An access token for the person, through the provider's authorization code flow, as a client app gets one. */
    String accessToken(String issuer) throws IOException, InterruptedException {
        return accessToken(issuer, TestIdentityProvider.CLIENT_ID);
    }

    /** An access token for the person issued to this client of the provider. */
    String accessToken(String issuer, String clientId) throws IOException, InterruptedException {
        Page redirected = open(issuer + "/oauth2/authorize?response_type=code&scope=openid%20profile&state=t"
                + "&client_id=" + clientId
                + "&redirect_uri=" + URLEncoder.encode(TestIdentityProvider.REDIRECT_URI, StandardCharsets.UTF_8),
                TestIdentityProvider.REDIRECT_URI);
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(redirected.uri().getRawQuery() == null ? ""
                : "?" + redirected.uri().getRawQuery());
        if (!code.find()) {
            throw new IllegalStateException("No code for " + user + ": " + redirected);
        }
        String client = Base64.getEncoder().encodeToString((clientId + ":"
                + TestIdentityProvider.secretOf(clientId)).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> token = send(HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                .header("Authorization", "Basic " + client)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form("grant_type", "authorization_code",
                        "code", URLDecoder.decode(code.group(1), StandardCharsets.UTF_8), "redirect_uri", TestIdentityProvider.REDIRECT_URI))));
        if (token.statusCode() != 200) {
            throw new IllegalStateException("Token endpoint: " + token.statusCode() + " " + token.body());
        }
        return new ObjectMapper().readTree(token.body()).get("access_token").asText();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String form(String... namesAndValues) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.append(i == 0 ? "" : "&").append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return form.toString();
    }

}
