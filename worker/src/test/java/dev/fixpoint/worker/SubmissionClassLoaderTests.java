package dev.fixpoint.worker;

import org.junit.jupiter.api.Test;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubmissionClassLoaderTests {

    private static byte[] compiled(String className, String source) throws IOException {
        Path dir = Files.createTempDirectory("compile");
        Path file = dir.resolve(className.substring(className.lastIndexOf('.') + 1) + ".java");
        Files.writeString(file, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac.run(null, null, null, "-d", dir.toString(), file.toString())).isZero();
        return Files.readAllBytes(dir.resolve(className.replace('.', '/') + ".class"));
    }

    @Test
    void resourcesAreServedAsStreamsAndAsUrlsThatAScanCanWalk() throws Exception {
        byte[] type = compiled("shop.Shop", "package shop; public class Shop {}");
        SubmissionClassLoader loader = new SubmissionClassLoader(Map.of("shop.Shop", type),
                Map.of("application.properties", "a=b".getBytes(StandardCharsets.UTF_8)), getClass().getClassLoader());

        assertThat(new String(loader.getResourceAsStream("application.properties").readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("a=b");
        URL packageUrl = loader.getResource("shop/");
        assertThat(packageUrl).isNotNull();
        try (var files = Files.list(Path.of(packageUrl.toURI()))) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("Shop.class");
        }
        assertThat(Collections.list(loader.getResources("shop/Shop.class"))).hasSize(1);
        assertThat(loader.loadClass("shop.Shop").getClassLoader()).isSameAs(loader);
        assertThat(loader.getResource("../../etc/passwd")).isNull();
    }

    @Test
    void aClassFileWrittenBesideTheScannedOnesIsNeverLoaded() throws Exception {
        SubmissionClassLoader loader = new SubmissionClassLoader(Map.of("shop.Shop", compiled("shop.Shop", "package shop; public class Shop {}")),
                Map.of(), getClass().getClassLoader());
        Path folder = Path.of(loader.getResource("shop/").toURI());

        Files.write(folder.resolve("Evil.class"), compiled("shop.Evil", "package shop; public class Evil {}"));

        assertThat(loader.getResource("shop/Evil.class")).isNotNull();
        assertThatThrownBy(() -> loader.loadClass("shop.Evil")).isInstanceOf(ClassNotFoundException.class);
    }
}
