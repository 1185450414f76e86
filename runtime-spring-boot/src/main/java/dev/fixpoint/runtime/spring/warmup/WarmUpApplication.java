package dev.fixpoint.runtime.spring.warmup;

import jakarta.validation.Valid;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * What most spring-boot labs use, in one application: MVC with JSON and validation, a security filter chain with an
 * in-memory user, Spring Data JDBC over H2, a Thymeleaf page and the actuator's health endpoint.
 */
@SpringBootApplication
public class WarmUpApplication {

    @Bean
    SecurityFilterChain warmUpChain(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.requestMatchers("/admin/**").hasRole("ADMIN").anyRequest().permitAll())
                .httpBasic(Customizer.withDefaults()).csrf(csrf -> csrf.disable()).build();
    }

    /** Cost 4, as labs use: the warm-up runs bcrypt's code, not its cost. A bean, as in labs: without one, no stored hash matches. */
    @Bean
    PasswordEncoder warmUpPasswordEncoder() {
        return new BCryptPasswordEncoder(4);
    }

    @Bean
    InMemoryUserDetailsManager warmUpUsers(PasswordEncoder encoder) {
        return new InMemoryUserDetailsManager(User.withUsername("admin").password(encoder.encode("warm-up")).roles("ADMIN").build());
    }

    @RestController
    static class NotesController {
        private final Notes notes;

        NotesController(Notes notes, JdbcTemplate jdbc) {
            this.notes = notes;
            jdbc.execute("CREATE TABLE IF NOT EXISTS note (id BIGINT AUTO_INCREMENT PRIMARY KEY, text VARCHAR(200))");
        }

        @PostMapping("/notes")
        Note add(@Valid @RequestBody Note note) {
            return notes.save(new Note(null, note.text()));
        }

        @GetMapping({"/notes", "/admin/notes"})
        Iterable<Note> list() {
            return notes.findAll();
        }
    }

    @Controller
    static class PageController {
        @GetMapping("/page")
        String page(@RequestParam String name, Model model) {
            model.addAttribute("name", name);
            return "page";
        }

        @GetMapping("/plain")
        @ResponseBody
        String plain() {
            return "plain";
        }
    }
}
