package se.samverkan.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.rest.spi.ProcessEngineProvider;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda's REST resources find the engine with {@link ServiceLoader} in their constructors, several times in
 * every call: each time the whole class path is searched for the provider file, and the file is opened and
 * read (5 % of the processor time of a call to the REST API). During a call to the engine's APIs, the
 * thread's context class loader answers that one question from memory; everything else goes to the class
 * loader it wraps, which also loads every class.
 */
final class EngineProviderLookup extends OncePerRequestFilter {

    private final Map<ClassLoader, ProviderFileInMemory> loaders = new ConcurrentHashMap<>();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Thread thread = Thread.currentThread();
        ClassLoader original = thread.getContextClassLoader();
        if (original == null) {
            chain.doFilter(request, response);
            return;
        }
        thread.setContextClassLoader(loaders.computeIfAbsent(original, ProviderFileInMemory::new));
        try {
            chain.doFilter(request, response);
        } finally {
            thread.setContextClassLoader(original);
        }
    }

    /** The provider file as the wrapped class loader finds it at start-up, read once. */
    static final class ProviderFileInMemory extends ClassLoader {

        static final String PROVIDER_FILE = "META-INF/services/" + ProcessEngineProvider.class.getName();

        static {
            registerAsParallelCapable();
        }

        private final List<URL> files = new ArrayList<>();

        ProviderFileInMemory(ClassLoader parent) {
            super(parent);
            try {
                for (URL file : Collections.list(parent.getResources(PROVIDER_FILE))) {
                    byte[] content;
                    try (InputStream in = file.openStream()) {
                        content = in.readAllBytes();
                    }
                    files.add(new URL("memory", null, -1, file.getPath(), new URLStreamHandler() {
                        @Override
                        protected URLConnection openConnection(URL url) {
                            return new URLConnection(url) {
                                @Override
                                public void connect() {
                                    connected = true;
                                }

                                @Override
                                public InputStream getInputStream() {
                                    return new ByteArrayInputStream(content);
                                }
                            };
                        }
                    }));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("The REST API's engine provider cannot be read", e);
            }
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return PROVIDER_FILE.equals(name) ? Collections.enumeration(files) : super.getResources(name);
        }
    }
}
