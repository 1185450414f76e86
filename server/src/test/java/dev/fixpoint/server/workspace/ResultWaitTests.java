package dev.fixpoint.server.workspace;

import dev.fixpoint.server.MockMvcSignIn;
import dev.fixpoint.server.ServerTest;
import dev.fixpoint.server.SlowFix;
import dev.fixpoint.server.accounts.AccountService;
import dev.fixpoint.server.accounts.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The lab page asks for a running submission's result once, and the server answers when the verdict is in. */
@ServerTest
class ResultWaitTests {

    private static final Pattern SUBMISSION = Pattern.compile("data-submission=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;

    @Test
    void aRunningSubmissionsResultIsAskedForAtOnceAndAnsweredWithItsVerdict() throws Exception {
        accounts.create("result-wait", "a long enough password", Role.LEARNER);
        MockHttpSession session = MockMvcSignIn.signIn(mvc, "result-wait", "a long enough password");
        String submitted = mvc.perform(post("/labs/" + SlowFix.LAB + "/submit").session(session).with(csrf()).header("HX-Request", "true")
                        .param("file:" + SlowFix.FILE, SlowFix.pausing(300, "result-wait")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher submission = SUBMISSION.matcher(submitted);
        assertThat(submission.find()).isTrue();
        String id = submission.group(1);

        // Each read of a note pauses: the verdict is seconds away, and the page is told to ask now and be held.
        assertThat(submitted).contains("Grading…", "hx-trigger=\"load\"", "/result?submission=" + id + "&amp;wait=true");
        String waited = mvc.perform(get("/labs/" + SlowFix.LAB + "/result").param("submission", id).param("wait", "true")
                .session(session).header("HX-Request", "true")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(waited).contains("verdict-SECURE").doesNotContain("hx-get", "Grading…");
    }
}
