package se.samverkan.platform;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/** Our own engine sessions and MyBatis statements, next to the engine's. */
final class EngineExtensions {

    private EngineExtensions() {
    }

    /** The engine opens {@code sessions} wherever it asks for a session of {@code type} (a manager). */
    static void replaceSession(ProcessEngineConfigurationImpl configuration, Class<?> type,
            Supplier<? extends Session> sessions) {
        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomSessionFactories());
        factories.add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return type;
            }

            @Override
            public Session openSession() {
                return sessions.get();
            }
        });
        configuration.setCustomSessionFactories(factories);
    }

    /** Reads the mapper once per engine configuration (the statement is there already the second time). */
    static void addMapper(ProcessEngineConfigurationImpl configuration, String resource, String statement) {
        Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
        if (mybatis.hasStatement(statement, false)) {
            return;
        }
        try (InputStream mapper = EngineExtensions.class.getClassLoader().getResourceAsStream(resource)) {
            new XMLMapperBuilder(Objects.requireNonNull(mapper, resource), mybatis, resource, mybatis.getSqlFragments())
                    .parse();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
    }
}
