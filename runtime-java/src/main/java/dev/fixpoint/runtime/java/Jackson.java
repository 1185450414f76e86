package dev.fixpoint.runtime.java;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Serialises and parses records, maps and trees with a throwaway mapper. */
final class Jackson {

    private Jackson() {
    }

    record Sample(long id, String name, BigDecimal price, List<String> tags) {
    }

    static void run(int rounds) throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < rounds; i++) {
            byte[] bytes = json.writeValueAsBytes(List.of(new Sample(i, "n" + i, BigDecimal.TEN, List.of("a")), Map.of("error", "x")));
            JsonNode tree = json.readTree(bytes);
            tree.get(0).path("name").asText();
            json.readValue(json.writeValueAsBytes(new Sample(i, "n", BigDecimal.ONE, List.of())), Sample.class);
            json.createObjectNode().put("a", i).put("b", "c").toString();
        }
    }
}
