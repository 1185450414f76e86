package dev.fixpoint.server;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.support.ResourcePropertySource;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's Configuration table and the settings the server binds never drift apart: every property of the
 * {@code fixpoint.*} tree (read from the records themselves) has its row, with environment variables that Spring really
 * binds to it and its real default, and no row names a property that does not exist. The Spring properties the table
 * lists with a variable of Fixpoint's own are checked against application.properties the same way.
 */
class ConfigurationDocsTests {

    private static final Path README = Path.of(System.getProperty("user.dir")).resolveSibling("README.md");
    private static final Path APPLICATION_PROPERTIES = Path.of("src/main/resources/application.properties");
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9.-]+)` \\| (.*?) \\| (.*?) \\| .*\\|$", Pattern.MULTILINE);
    private static final Pattern ALIAS = Pattern.compile("^([a-z0-9.-]+)=\\$\\{([A-Z0-9_]+):(.*)}$", Pattern.MULTILINE);

    /** A row of the table: the variable and default cells as written. */
    private record Row(String variables, String defaultValue) {
    }

    /** A property of the tree and its {@code @DefaultValue}, if it has one ("" for an empty collection). */
    private record Setting(String name, Optional<String> defaultValue) {
    }

    @Test
    void everySettingOfTheTreeHasItsRowWithItsVariableAndDefault() throws IOException {
        Map<String, Row> rows = configurationTable();
        Map<String, Alias> aliases = aliases();
        List<Setting> settings = settings();
        assertThat(settings).extracting(Setting::name).contains("fixpoint.labs", "fixpoint.trusted-proxies", "fixpoint.sandbox.isolation",
                "fixpoint.sandbox.pool-size", "fixpoint.sandbox.aot-cache", "fixpoint.webhooks.allow-internal-destinations");

        // Every drift at once, for whoever edits the table.
        SoftAssertions.assertSoftly(softly -> {
            for (Setting setting : settings) {
                Row row = rows.get(setting.name());
                if (row == null) {
                    softly.fail("README's Configuration table has no row for %s", setting.name());
                    continue;
                }
                Optional<Alias> alias = Optional.ofNullable(aliases.get(setting.name()));
                softly.assertThat(variables(row)).as("the variables of %s", setting.name()).isNotEmpty()
                        .allSatisfy(variable -> assertThat(reaches(variable, setting.name())).as("%s reaches %s", variable, setting.name()).isTrue());
                Optional<String> expected = setting.defaultValue().or(() -> alias.map(Alias::defaultValue));
                expected.ifPresent(value -> softly.assertThat(row.defaultValue()).as("the default of %s", setting.name())
                        .isEqualTo(value.isEmpty() ? "none" : "`" + value + "`"));
            }
        });
    }

    @Test
    void everyRowNamesASettingThatExists() throws IOException {
        Map<String, Row> rows = configurationTable();
        Map<String, Alias> aliases = aliases();
        List<String> fixpoint = settings().stream().map(Setting::name).toList();

        for (Map.Entry<String, Row> row : rows.entrySet()) {
            if (row.getKey().startsWith("fixpoint.")) {
                assertThat(fixpoint).as("a property the server binds").contains(row.getKey());
            } else {
                // Spring's own settings are listed for the variable Fixpoint gives them in application.properties.
                assertThat(aliases).as("application.properties").containsKey(row.getKey());
                Alias alias = aliases.get(row.getKey());
                assertThat(variables(row.getValue())).containsExactly(alias.variable());
                assertThat(reaches(alias.variable(), row.getKey())).as("%s reaches %s", alias.variable(), row.getKey()).isTrue();
                assertThat(row.getValue().defaultValue()).as("the default of %s", row.getKey())
                        .isEqualTo(alias.defaultValue().isEmpty() ? "empty" : "`" + alias.defaultValue() + "`");
            }
        }
    }

    /**
     * Whether Spring, given only this environment variable and the server's application.properties, binds its value
     * to the property: through relaxed binding, or through a placeholder in application.properties.
     */
    private static boolean reaches(String variable, String property) {
        StandardEnvironment environment = new StandardEnvironment();
        MutablePropertySources sources = environment.getPropertySources();
        sources.replace(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME,
                new MapPropertySource(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME, Map.of()));
        sources.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(variable, "17")));
        try {
            sources.addLast(new ResourcePropertySource(new FileSystemResource(APPLICATION_PROPERTIES)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Binder.get(environment).bind(property, String.class).map("17"::equals).orElse(false);
    }

    /** The leaves of the fixpoint.* tree: the components of every {@code @ConfigurationProperties} record, nested ones walked. */
    private static List<Setting> settings() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        List<Setting> settings = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(FixpointServer.class.getPackageName())) {
            Class<?> type = load(candidate.getBeanClassName());
            assertThat(type.isRecord()).as("%s is an immutable record", type.getName()).isTrue();
            walk(type.getAnnotation(ConfigurationProperties.class).value(), type, settings);
        }
        return settings;
    }

    private static void walk(String prefix, Class<?> record, List<Setting> settings) {
        RecordComponent[] components = record.getRecordComponents();
        Parameter[] parameters;
        try {
            parameters = record.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new))
                    .getParameters();
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
        for (int i = 0; i < components.length; i++) {
            String name = prefix + "." + kebab(components[i].getName());
            if (components[i].getType().isRecord()) {
                walk(name, components[i].getType(), settings);
            } else {
                DefaultValue defaultValue = parameters[i].getAnnotation(DefaultValue.class);
                settings.add(new Setting(name, Optional.ofNullable(defaultValue).map(value -> String.join(",", value.value()))));
            }
        }
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    /** The rows of the README's Configuration section, by property. */
    private static Map<String, Row> configurationTable() throws IOException {
        String readme = Files.readString(README);
        int start = readme.indexOf("## Configuration\n");
        String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
        Map<String, Row> rows = new LinkedHashMap<>();
        Matcher row = ROW.matcher(section);
        while (row.find()) {
            assertThat(rows.put(row.group(1), new Row(row.group(2), row.group(3)))).as("a second row for %s", row.group(1)).isNull();
        }
        assertThat(rows).as("the Configuration table").isNotEmpty();
        return rows;
    }

    private static List<String> variables(Row row) {
        return Pattern.compile("`([A-Z][A-Z0-9_]+)`").matcher(row.variables()).results().map(match -> match.group(1)).toList();
    }

    /** An environment variable application.properties names for a property, and its default there. */
    private record Alias(String variable, String defaultValue) {
    }

    private static Map<String, Alias> aliases() throws IOException {
        return ALIAS.matcher(Files.readString(APPLICATION_PROPERTIES)).results()
                .collect(Collectors.toMap(match -> match.group(1), match -> new Alias(match.group(2), match.group(3)), (a, b) -> a, TreeMap::new));
    }
}
