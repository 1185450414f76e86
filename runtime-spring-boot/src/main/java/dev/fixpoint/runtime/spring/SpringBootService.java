package dev.fixpoint.runtime.spring;

import dev.fixpoint.lab.ServiceContext;
import dev.fixpoint.lab.host.ListeningService;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.DefaultResourceLoader;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Starts one service of a spring-boot lab: the lab's {@code @SpringBootApplication} class, from the submission's class
 * loader, with its embedded server on the loopback port the worker gave it. Which application class each service runs is
 * read from the resource {@value #APPLICATIONS} (service name to class name), which the runtime adds to every submission.
 *
 * <p>The worker's port and address, the per-run secrets ({@code fixpoint.secrets.NAME}) and the other services' base
 * URIs ({@code fixpoint.peers.NAME}) are command-line arguments: the lab's own {@code application.properties} cannot
 * move the server elsewhere. Everything else has defaults the lab may override: a private in-memory H2 database, no JMX,
 * no banner, warnings only in the log.
 */
public final class SpringBootService implements ListeningService {

    /** Service name to the class of its {@code @SpringBootApplication}. */
    public static final String APPLICATIONS = "fixpoint/spring-boot-applications.properties";

    private ConfigurableApplicationContext context;

    @Override
    public void listen(ServiceContext service, int port) throws Exception {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        Class<?> application = Class.forName(applicationClass(loader, service.name()), false, loader);
        SpringApplication spring = new SpringApplication(new DefaultResourceLoader(loader), application);
        spring.setBannerMode(Banner.Mode.OFF);
        spring.setLogStartupInfo(false);
        spring.setDefaultProperties(defaults(service.name()));
        context = spring.run(arguments(service, port));
    }

    static String applicationClass(ClassLoader loader, String service) throws IOException {
        Properties applications = new Properties();
        try (InputStream in = loader.getResourceAsStream(APPLICATIONS)) {
            if (in == null) {
                throw new IllegalStateException("the submission has no " + APPLICATIONS + ": it was not prepared by the spring-boot runtime");
            }
            applications.load(in);
        }
        String name = applications.getProperty(service);
        if (name == null) {
            throw new IllegalStateException("no application class for service '" + service + "' in " + APPLICATIONS);
        }
        return name;
    }

    static Map<String, Object> defaults(String service) {
        Map<String, Object> defaults = new HashMap<>();
        defaults.put("spring.datasource.url", "jdbc:h2:mem:" + dev.fixpoint.lab.host.ServiceHost.runScoped(service) + ";DB_CLOSE_DELAY=-1");
        defaults.put("spring.jmx.enabled", "false");
        defaults.put("logging.level.root", "WARN");
        defaults.put("server.shutdown", "immediate");
        defaults.put("spring.main.cloud-platform", "none");
        return defaults;
    }

    static String[] arguments(ServiceContext service, int port) {
        List<String> arguments = new ArrayList<>();
        arguments.add("--server.port=" + port);
        arguments.add("--server.address=127.0.0.1");
        service.secrets().forEach((name, value) -> arguments.add("--fixpoint.secrets." + name + "=" + value));
        service.peers().forEach((name, uri) -> arguments.add("--fixpoint.peers." + name + "=" + uri));
        return arguments.toArray(String[]::new);
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }
}
