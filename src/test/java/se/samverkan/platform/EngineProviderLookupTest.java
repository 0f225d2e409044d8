package se.samverkan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.ServiceLoader;
import org.camunda.bpm.engine.rest.spi.ProcessEngineProvider;
import org.junit.jupiter.api.Test;

/** The REST API's engine provider, found from memory; everything else as the wrapped class loader finds it. */
class EngineProviderLookupTest {

    private final ClassLoader application = getClass().getClassLoader();
    private final EngineProviderLookup.ProviderFileInMemory inMemory =
            new EngineProviderLookup.ProviderFileInMemory(application);

    @Test
    void theProviderFileSaysWhatTheClassPathSays() throws Exception {
        String file = EngineProviderLookup.ProviderFileInMemory.PROVIDER_FILE;
        List<String> fromClassPath = Collections.list(application.getResources(file)).stream().map(this::read).toList();
        List<URL> fromMemory = Collections.list(inMemory.getResources(file));
        assertThat(fromClassPath).isNotEmpty();
        assertThat(fromMemory).allSatisfy(url -> assertThat(url.getProtocol()).isEqualTo("memory"));
        assertThat(fromMemory.stream().map(this::read).toList()).isEqualTo(fromClassPath);
    }

    @Test
    void serviceLoaderFindsTheSameProviderThroughIt() {
        Class<?> expected = ServiceLoader.load(ProcessEngineProvider.class, application).iterator().next().getClass();
        ProcessEngineProvider found = ServiceLoader.load(ProcessEngineProvider.class, inMemory).iterator().next();
        assertThat(found.getClass()).isSameAs(expected);
    }

    @Test
    void everythingElseComesFromTheWrappedLoader() throws Exception {
        assertThat(Collections.list(inMemory.getResources("META-INF/MANIFEST.MF")))
                .isEqualTo(Collections.list(application.getResources("META-INF/MANIFEST.MF")));
        assertThat(inMemory.loadClass(ProcessEngineProvider.class.getName())).isSameAs(ProcessEngineProvider.class);
    }

    private String read(URL url) {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
