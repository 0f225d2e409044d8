package se.samverkan.platform.login;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A real OpenID Connect provider in the test JVM: Spring Authorization Server on its own port, with its login
 * page, authorization code flow, token endpoint, JWKS and RP-initiated logout. It answers on {@code localhost};
 * the application is reached on {@code 127.0.0.1}, so the two keep their session cookies apart, and the redirect
 * URI is a loopback address, whose port the server lets vary.
 */
public final class TestIdentityProvider {

    public static final String CLIENT_ID = "samverkan";
    /** Another application of the same provider: its tokens are not for Samverkan. */
    static final String OTHER_CLIENT_ID = "annan-app";
    static final String CLIENT_SECRET = "testhemlighet";
    public static final String PASSWORD = "losen-i-idp";
    static final String REDIRECT_URI = "http://127.0.0.1/login/oauth2/code/samverkan";

    /** The people the provider knows, with the claims it sends about them. */
    static final Map<String, Map<String, Object>> PEOPLE = Map.of(
            "sara", claims("Sara", "Skolgren", List.of("skola"), List.of()),
            "sofia", claims("Sofia", "Socialsekreterare", List.of("socialtjanst"), List.of()),
            // Units as one string; an unknown unit and a role sent as a unit are ignored.
            "karin.larsson@skolan.example.se", claims("Karin", "Larsson", "skola team-forshaga okand-enhet chefer",
                    List.of("processledare", "okand-roll")),
            "utan.enhet", claims("Ulf", "Utanenhet", List.of("okand-enhet"), List.of()),
            "inga.ansprak", Map.of("given_name", "Inga", "family_name", "Anspråk"));

    private static ConfigurableApplicationContext context;

    /** Each client's own secret (the server wants them unique). */
    static String secretOf(String clientId) {
        return CLIENT_ID.equals(clientId) ? CLIENT_SECRET : clientId + "-hemlighet";
    }

    private TestIdentityProvider() {
    }

    private static Map<String, Object> claims(String given, String family, Object units, List<String> roles) {
        return Map.of("given_name", given, "family_name", family, "name", given + " " + family,
                "email", given.toLowerCase() + "@kommun.example.se", "samverkan_units", units, "samverkan_roles", roles);
    }

    /** Starts the provider once for the test JVM; returns its issuer. */
    public static synchronized String issuer() {
        if (context == null) {
            context = new SpringApplicationBuilder(Server.class).web(WebApplicationType.SERVLET)
                    .properties("spring.config.name=test-identity-provider", "server.port=0",
                            "spring.main.banner-mode=off", "server.servlet.session.cookie.name=IDPSESSION")
                    .run();
        }
        return "http://localhost:" + ((ServletWebServerApplicationContext) context).getWebServer().getPort();
    }

    /** Lets the provider send the browser back to this address after a logout (the application's port varies). */
    static synchronized void allowAfterLogout(String address) {
        issuer();
        RegisteredClientRepository clients = context.getBean(RegisteredClientRepository.class);
        RegisteredClient client = clients.findByClientId(CLIENT_ID);
        if (!client.getPostLogoutRedirectUris().contains(address)) {
            clients.save(RegisteredClient.from(client).postLogoutRedirectUri(address).build());
        }
    }

    /** A test configuration, so that the application's component scan leaves it out. */
    @TestConfiguration(proxyBeanMethods = false)
    @EnableWebSecurity
    @ImportAutoConfiguration({ServletWebServerFactoryAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
        SecurityFilterAutoConfiguration.class})
    static class Server {

        @Bean
        @Order(1)
        SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
            OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
            http.securityMatcher(server.getEndpointsMatcher())
                    .with(server, s -> s.oidc(Customizer.withDefaults()))
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                            new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain loginPage(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        UserDetailsService people() {
            return new InMemoryUserDetailsManager(PEOPLE.keySet().stream()
                    .map(name -> User.withUsername(name).password("{noop}" + PASSWORD).roles("USER").build()).toList());
        }

        @Bean
        RegisteredClientRepository clients() {
            return new InMemoryRegisteredClientRepository(client(CLIENT_ID), client(OTHER_CLIENT_ID));
        }

        private static RegisteredClient client(String clientId) {
            return RegisteredClient.withId(UUID.randomUUID().toString())
                    .clientId(clientId).clientSecret("{noop}" + secretOf(clientId))
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                    .redirectUri(REDIRECT_URI)
                    .scope("openid").scope("profile").scope("email")
                    .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                    .build();
        }

        /** The person's claims in the ID token and in the access token (which the REST API reads). */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> samverkanClaims() {
            return context -> {
                String name = context.getPrincipal().getName();
                context.getClaims().claim("preferred_username", name);
                PEOPLE.getOrDefault(name, Map.of()).forEach(context.getClaims()::claim);
            };
        }

        @Bean
        JWKSource<SecurityContext> keys() throws NoSuchAlgorithmException {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        /** For the provider's userinfo endpoint, which reads the access token it issued. */
        @Bean
        JwtDecoder tokens(JWKSource<SecurityContext> keys) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
        }

        @Bean
        AuthorizationServerSettings settings() {
            return AuthorizationServerSettings.builder().build();
        }
    }
}
