package dev.fixpoint.server;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** Signs a person in through the real sign-in form of a MockMvc server, and returns their session. */
public final class MockMvcSignIn {

    private MockMvcSignIn() {
    }

    public static MockHttpSession signIn(MockMvc mvc, String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(password)).andExpect(redirectedUrl("/"))
                .andReturn().getRequest().getSession(false);
    }
}
