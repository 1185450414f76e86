package dev.fixpoint.server;

import org.junit.jupiter.api.Tag;
import dev.fixpoint.server.accounts.FirstRunSetup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

/** On a fresh installation, a one-time link creates the first administrator; there is no default password. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:first-run;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@Tag("sandbox")
class FirstRunSetupTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    FirstRunSetup setup;

    @Test
    void theSetupLinkCreatesTheAdministratorOnce() throws Exception {
        String token = setup.newToken();

        mvc.perform(get("/setup").param("token", "forged")).andExpect(content().string(containsString("not valid")));
        mvc.perform(post("/setup").with(csrf()).param("token", token).param("username", "admin").param("password", "short"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("The password must be 12 to 200 characters long")));
        mvc.perform(post("/setup").with(csrf()).param("token", token).param("username", "admin").param("password", "a long enough password"))
                .andExpect(redirectedUrl("/login?setup"));

        mvc.perform(get("/setup").param("token", token)).andExpect(content().string(containsString("not valid")));
        mvc.perform(post("/setup").with(csrf()).param("token", token).param("username", "second").param("password", "a long enough password"))
                .andExpect(content().string(containsString("no longer valid")));
        mvc.perform(formLogin("/login").user("admin").password("a long enough password")).andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user("second").password("a long enough password")).andExpect(redirectedUrl("/login?error"));
    }
}
