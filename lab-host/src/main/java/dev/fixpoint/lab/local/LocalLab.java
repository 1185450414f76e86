package dev.fixpoint.lab.local;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.LabService;
import dev.fixpoint.lab.ServiceUnreachableException;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.host.Exchange;
import dev.fixpoint.lab.host.LoopbackHttp;
import dev.fixpoint.lab.host.RecordingCheckContext;
import dev.fixpoint.lab.host.ServiceHost;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;

/**
 * Runs a lab's visible checks in the learner's own JVM, for projects written by {@code fixpoint lab pull}:
 * the services start in-process and the checks reach them over loopback. No sandbox and no hidden checks;
 * {@code fixpoint grade} is the real verdict.
 */
public final class LocalLab implements AutoCloseable {

    /**
     * One check as the pulled project describes it.
     *
     * @param exploit whether it is an exploit check (passing means the attack was blocked)
     * @param inside  whether it may reach internal services
     */
    public record CheckDescription(String name, String className, boolean exploit, boolean inside, String explanation,
                                   Map<String, String> params) {
    }

    /** The result of running one check locally, with its transcript. */
    public record Result(CheckDescription check, CheckResult result, List<Exchange> transcript) {
        /** A message for a test failure: the check's message, the explanation and the exchanges. */
        public String describe() {
            StringBuilder text = new StringBuilder(check.name()).append(": ").append(result.message());
            if (check.exploit() && !result.passed() && check.explanation() != null) {
                text.append("\nWhy: ").append(check.explanation());
            }
            for (Exchange exchange : transcript) {
                text.append("\n> ").append(exchange.request().method()).append(' ').append(exchange.request().target());
                text.append(exchange.response() != null
                        ? "\n< " + exchange.response().status() + " " + exchange.response().body()
                        : "\n< no response: " + exchange.error());
            }
            return text.toString();
        }
    }

    private final Properties lab;
    private final Map<String, String> secrets = new LinkedHashMap<>();
    private final ServiceHost host;
    private final Random random = new Random(new SecureRandom().nextLong());

    private LocalLab(Properties lab) throws Exception {
        this.lab = lab;
        for (String name : list("secrets")) {
            secrets.put(name, Long.toString(Math.abs(random.nextLong()), 36) + Long.toString(Math.abs(random.nextLong()), 36));
        }
        Map<String, LabService> services = new LinkedHashMap<>();
        for (String name : list("services")) {
            Object service = Class.forName(lab.getProperty("service." + name + ".class")).getDeclaredConstructor().newInstance();
            services.put(name, (LabService) service);
        }
        this.host = ServiceHost.start(services, secrets);
    }

    /** Starts the services described by a {@code fixpoint-lab.properties} file on the class path. */
    public static LocalLab start(String resource) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = LocalLab.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no " + resource + " on the class path");
            }
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new LocalLab(properties);
    }

    /** Starts the services described by a properties file. */
    public static LocalLab start(Path file) throws Exception {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new LocalLab(properties);
    }

    public List<CheckDescription> checks() {
        List<CheckDescription> checks = new ArrayList<>();
        for (String name : list("checks")) {
            String prefix = "check." + name + ".";
            Map<String, String> params = new LinkedHashMap<>();
            for (String key : lab.stringPropertyNames()) {
                if (key.startsWith(prefix + "param.")) {
                    params.put(key.substring((prefix + "param.").length()), lab.getProperty(key));
                }
            }
            checks.add(new CheckDescription(name, lab.getProperty(prefix + "class"), "exploit".equals(lab.getProperty(prefix + "kind")),
                    "inside".equals(lab.getProperty(prefix + "from")), lab.getProperty(prefix + "explanation"), params));
        }
        return checks;
    }

    /** Runs one check against the running services. */
    public Result run(CheckDescription description) throws Exception {
        Map<String, Integer> ports = host.ports();
        Set<String> reachable = new LinkedHashSet<>();
        for (String service : list("services")) {
            if (description.inside() || "public".equals(lab.getProperty("service." + service + ".exposure"))) {
                reachable.add(service);
            }
        }
        int requestMillis = Integer.parseInt(lab.getProperty("request-millis", "2000"));
        RecordingCheckContext context = new RecordingCheckContext(
                (service, request) -> LoopbackHttp.exchange(ports.get(service), request, requestMillis),
                reachable, secrets, description.params(), new Random(random.nextLong()));
        Check check = (Check) Class.forName(description.className()).getDeclaredConstructor().newInstance();
        CheckResult result;
        try {
            result = check.run(context);
        } catch (ServiceUnreachableException e) {
            result = CheckResult.fail("no response from the service: " + e.getMessage());
        } catch (SetupFailedException e) {
            result = CheckResult.notSetUp(e.getMessage());
        }
        if (result.status() == CheckResult.Status.NOT_SET_UP) {
            result = CheckResult.fail((description.exploit() ? "The attack could not be set up, so it proves nothing: "
                    : "The feature does not work: ") + result.message());
        }
        return new Result(description, result, context.transcript());
    }

    private List<String> list(String key) {
        String value = lab.getProperty(key, "").trim();
        return value.isEmpty() ? List.of() : List.of(value.split("\\s*,\\s*"));
    }

    @Override
    public void close() {
        host.close();
    }
}
