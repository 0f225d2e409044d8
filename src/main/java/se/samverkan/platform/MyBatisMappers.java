package se.samverkan.platform;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/** Our own MyBatis statements, added to the engine's configuration next to its mappings. */
final class MyBatisMappers {

    private MyBatisMappers() {
    }

    /** Reads the mapper once per engine configuration (the statement is there already the second time). */
    static void add(ProcessEngineConfigurationImpl configuration, String resource, String statement) {
        Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
        if (mybatis.hasStatement(statement, false)) {
            return;
        }
        try (InputStream mapper = MyBatisMappers.class.getClassLoader().getResourceAsStream(resource)) {
            new XMLMapperBuilder(Objects.requireNonNull(mapper, resource), mybatis, resource, mybatis.getSqlFragments())
                    .parse();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
    }
}
