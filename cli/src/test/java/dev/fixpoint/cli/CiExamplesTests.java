package dev.fixpoint.cli;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** The example pipelines in docs/ci call the CLI only with subcommands and options it has, so the docs cannot drift from it. */
class CiExamplesTests {

    private static final Path CI = Path.of(System.getProperty("fixpoint.docs", "../docs"), "ci");
    private static final List<List<String>> STEPS = List.of(List.of("sarif", "enrich"), List.of("sarif", "recommend"),
            List.of("sarif", "upload"), List.of("gate"));

    @Test
    void everyFixpointCommandOfTheGitHubWorkflowParsesAndEachStepIsThere() throws Exception {
        assertThat(parsedSubcommands("github-actions.yml")).containsAll(STEPS);
    }

    @Test
    void everyFixpointCommandOfTheGitLabPipelineParsesAndEachStepIsThere() throws Exception {
        assertThat(parsedSubcommands("gitlab-ci.yml")).containsAll(STEPS);
    }

    /** The subcommands each {@code fixpoint} command line of the file runs, after picocli parsed it with the real command tree. */
    private static List<List<String>> parsedSubcommands(String file) throws Exception {
        List<List<String>> subcommands = new ArrayList<>();
        for (String line : shellLines(new Yaml().load(Files.readString(CI.resolve(file))))) {
            if (!line.startsWith("fixpoint ")) {
                continue;
            }
            // A GitHub expression in a script is text an attacker may choose (a branch name); values go through env.
            assertThat(line).as(file).doesNotContain("${{");
            List<String> words = words(line);
            ParseResult result;
            try {
                result = new CommandLine(new FixpointCli()).parseArgs(words.subList(1, words.size()).toArray(String[]::new));
            } catch (CommandLine.ParameterException e) {
                throw new AssertionError(file + ": " + line + ": " + e.getMessage(), e);
            }
            List<String> path = new ArrayList<>();
            for (ParseResult sub = result.subcommand(); sub != null; sub = sub.subcommand()) {
                path.add(sub.commandSpec().name());
            }
            subcommands.add(path);
        }
        return subcommands;
    }

    /** Every line of every string in the YAML tree, continued lines joined, as the shell reads them. */
    private static List<String> shellLines(Object yaml) {
        List<String> lines = new ArrayList<>();
        switch (yaml) {
            case String script -> script.replace("\\\n", " ").lines().map(String::strip).forEach(lines::add);
            case Map<?, ?> map -> map.values().forEach(value -> lines.addAll(shellLines(value)));
            case List<?> list -> list.forEach(value -> lines.addAll(shellLines(value)));
            case null, default -> { }
        }
        return lines;
    }

    /** The words of a simple shell command up to a redirection or the next command, with quotes removed. */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (char c : line.toCharArray()) {
            if (quote != 0 && c != quote) {
                word.append(c);
            } else if (quote != 0) {
                quote = 0;
            } else if (c == '\'' || c == '"') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
            } else if ("|&;<>".indexOf(c) >= 0) {
                break;
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                }
                word = null;
            } else {
                word = (word == null ? new StringBuilder() : word).append(c);
            }
        }
        if (quote != 0) {
            fail("unclosed quote in " + line);
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }
}
