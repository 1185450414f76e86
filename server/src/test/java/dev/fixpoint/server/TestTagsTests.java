package dev.fixpoint.server;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.support.AnnotationSupport;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast lane ({@code ./mvnw verify -Pfast}) stays fast: every test class that starts the server carries the
 * {@code sandbox} tag it leaves out, since the server proves its sandbox's isolation with a real worker at start.
 */
class TestTagsTests {

    @Test
    void everyTestThatStartsTheServerIsTaggedSandbox() {
        List<String> untagged = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("dev.fixpoint.server").stream()
                .map(JavaClass::reflect)
                .filter(type -> type.getSimpleName().endsWith("Tests"))
                .filter(type -> AnnotationSupport.isAnnotated(type, SpringBootTest.class))
                .filter(type -> AnnotationSupport.findRepeatableAnnotations(type, Tag.class).stream().noneMatch(tag -> tag.value().equals("sandbox")))
                .map(Class::getName)
                .toList();

        assertThat(untagged).isEmpty();
    }

    @Test
    void theCheckSeesTagsThroughTheSharedServerAnnotation() {
        assertThat(AnnotationSupport.isAnnotated(AccessControlTests.class, SpringBootTest.class)).isTrue();
        assertThat(AnnotationSupport.findRepeatableAnnotations(AccessControlTests.class, Tag.class)).extracting(Tag::value).contains("sandbox");
        assertThat(AnnotationSupport.isAnnotated(TestTagsTests.class, SpringBootTest.class)).isFalse();
    }
}
