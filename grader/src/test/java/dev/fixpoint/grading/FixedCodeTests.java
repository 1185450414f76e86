package dev.fixpoint.grading;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The API a lab's fixed classes were compiled against: what a submission may change without a full compile. */
class FixedCodeTests {

    private static final InMemoryCompiler COMPILER = new InMemoryCompiler();
    private static final String REPOSITORY = """
            package shop;
            public class Repository {
                public static final int LIMIT = 10;
                private int calls;
                public java.util.List<String> search(String query) throws java.sql.SQLException {
                    return java.util.List.of(query);
                }
                int count() { return calls; }
            }
            """;

    private static String api(String source) throws Exception {
        InMemoryCompiler.Result result = COMPILER.compile(Map.of("src/shop/Repository.java", source), List.of(), 20_000);
        assertThat(result.errors()).isEmpty();
        return FixedCode.apiOf(result.classes());
    }

    @Test
    void newBodiesPrivateMembersLambdasAndAnonymousClassesKeepTheApi() throws Exception {
        String rewritten = REPOSITORY
                .replace("return java.util.List.of(query);", """
                        Runnable r = () -> calls++; r.run();
                        Object o = new Object() { };
                        return java.util.List.of(query.strip(), helper());""")
                .replace("int count()", "private String helper() { return \"x\"; }\n    int count()");

        assertThat(api(rewritten)).isEqualTo(api(REPOSITORY));
    }

    @Test
    void aRenamedMethodANewMethodAChangedConstantOrNewExceptionsChangeTheApi() throws Exception {
        String api = api(REPOSITORY);

        assertThat(api(REPOSITORY.replace("search(", "find("))).isNotEqualTo(api);
        assertThat(api(REPOSITORY.replace("int count()", "public void extra() { }\n    int count()"))).isNotEqualTo(api);
        assertThat(api(REPOSITORY.replace("LIMIT = 10", "LIMIT = 11"))).isNotEqualTo(api);
        assertThat(api(REPOSITORY.replace("throws java.sql.SQLException", "throws Exception"))).isNotEqualTo(api);
        assertThat(api(REPOSITORY.replace("java.util.List<String> search", "java.util.List<Object> search")
                .replace("List.of(query)", "List.of((Object) query)"))).isNotEqualTo(api);
        assertThat(api(REPOSITORY.replace("public class Repository {", "public class Repository implements Cloneable {"))).isNotEqualTo(api);
    }
}
