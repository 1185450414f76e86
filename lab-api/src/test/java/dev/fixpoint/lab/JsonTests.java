package dev.fixpoint.lab;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonTests {

    @Test
    void parsesEveryKindOfValueAndWritesItBack() {
        String text = "{\"id\":42,\"name\":\"Alice \\\"A\\\" \\u00e9\",\"paid\":false,\"note\":null,\"lines\":[1.50,-2e3],\"tags\":{}}";

        Json json = Json.parse(text);

        assertThat(json.get("id").integer()).contains(42L);
        assertThat(json.get("name").text()).contains("Alice \"A\" é");
        assertThat(json.get("paid").bool()).contains(false);
        assertThat(json.get("note").kind()).isEqualTo(Json.Kind.NULL);
        assertThat(json.get("lines").get(0).number()).contains(new BigDecimal("1.50"));
        assertThat(json.get("lines").get(1).number().orElseThrow()).isEqualByComparingTo("-2000");
        assertThat(json.get("tags").fields()).isEmpty();
        assertThat(Json.parse(json.toString())).isEqualTo(json);
    }

    @Test
    void whatIsNotThereIsMissingAndAnswersNoToEverything() {
        Json json = Json.parse("{\"items\":[{\"id\":1}]}");

        assertThat(json.get("nothing").isMissing()).isTrue();
        assertThat(json.get("items").get(5).get("id").isMissing()).isTrue();
        assertThat(json.get("items").get("id").isMissing()).isTrue();
        assertThat(json.get("items").get(0).get("id").text()).isEmpty();
        assertThat(json.get("items").get(0).get("id").integer()).contains(1L);
        assertThat(Json.MISSING.items()).isEmpty();
    }

    @Test
    void invalidJsonIsRefusedNamingThePositionAndWhatWasExpected() {
        assertThatThrownBy(() -> Json.parse("{\"a\":1,}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("position 7").hasMessageContaining("field name");
        assertThatThrownBy(() -> Json.parse("[1] x")).hasMessageContaining("end of input");
        assertThatThrownBy(() -> Json.parse("01")).hasMessageContaining("end of input");
        assertThatThrownBy(() -> Json.parse("\"tab\there\"")).hasMessageContaining("control character");
        assertThatThrownBy(() -> Json.parse("'single'")).hasMessageContaining("a value");
        assertThatThrownBy(() -> Json.parse("")).hasMessageContaining("a value");
        assertThat(Json.tryParse("<html>")).isEmpty();
    }

    @Test
    void deeplyNestedInputIsRefusedRatherThanOverflowingTheStack() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);

        assertThatThrownBy(() -> Json.parse(deep)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nested");
        assertThat(Json.parse("[".repeat(500) + "]".repeat(500)).kind()).isEqualTo(Json.Kind.ARRAY);
    }

    @Test
    void buildsObjectsFromJavaValuesInOrder() {
        Json json = Json.object("name", "Bob", "age", 7, "admin", false, "scores", List.of(1, 2.5), "meta", Map.of("k", "v"), "none", null);

        assertThat(json.toString()).isEqualTo("{\"name\":\"Bob\",\"age\":7,\"admin\":false,\"scores\":[1,2.5],\"meta\":{\"k\":\"v\"},\"none\":null}");
        assertThat(json.with("age", 8).get("age").integer()).contains(8L);
        assertThat(json.with("role", "admin").toString()).endsWith(",\"role\":\"admin\"}");
        assertThatThrownBy(() -> Json.object("odd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Json.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writtenStringsCannotCloseAScriptTagOrBreakALine() {
        String written = Json.of("</script><b>&\u2028\n\u0001").toString();

        assertThat(written).doesNotContain("<", ">", "&", "\u2028", "\n");
        assertThat(Json.parse(written).text()).contains("</script><b>&\u2028\n\u0001");
    }
}
