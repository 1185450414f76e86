package dev.fixpoint.server;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Submitting through the JSON API of a MockMvc server and waiting for the verdict, as a learner's client does. */
public final class ApiSubmissions {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private ApiSubmissions() {
    }

    /** A file of a bundled lab (or of the platform's fixture lab), as the tests' labs folder holds it. */
    public static String labFile(String lab, String path) {
        try {
            return Files.readString(Path.of(System.getProperty("fixpoint.labs"), lab, path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Submits the files and returns the new submission's id. */
    public static String submit(MockMvc mvc, MockHttpSession session, String lab, Map<String, String> files) throws Exception {
        String created = mvc.perform(post("/api/v1/labs/" + lab + "/submissions").session(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(Map.of("files", files))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JSON.readTree(created).get("id").asString();
    }

    /** The submission as its owner reads it once it is graded (or failed), polling as the lab page does. */
    public static JsonNode awaitGraded(MockMvc mvc, MockHttpSession session, String id) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            JsonNode submission = JSON.readTree(mvc.perform(get("/api/v1/submissions/" + id).session(session))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            if (submission.get("status").asString().matches("DONE|FAILED")) {
                return submission;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("submission " + id + " was not graded within " + PATIENCE.toSeconds() + " s");
    }
}
